/**
 * The one message envelope of the bridge, and its codec.
 *
 * Every frame, in both directions and on every host, is a JSON *string*: Android's
 * `@JavascriptInterface`, React Native and Flutter channels carry strings only, and using one
 * representation everywhere keeps a single code path to validate (research/bridge.md §4).
 *
 *   request   { ch, v, sid, id, k: 'req', m, p?, ttl? }
 *   response  { ch, v, sid, id, k: 'res', ok: true, r? } | { …, ok: false, e: { code, msg, retryable } }
 *   event     { ch, v, sid, id, k: 'evt', ev, d? }
 *
 * `ch` tags our traffic among everything else that arrives on shared channels (window `message`
 * events carry analytics SDKs, devtools, other bridges); `sid` is a per-bridge nonce the host
 * echoes, so two Banklet copies on one page never take each other's replies.
 *
 * Decoding is a schema check and nothing else: a frame is parsed with `JSON.parse` and its shape
 * verified field by field. No string from a host is ever evaluated.
 */
import { isBridgeErrorCode, type BridgeErrorData } from './errors.js';

export const CHANNEL = 'bnk';
/** Protocol version this build speaks. Bumped only for incompatible envelope changes. */
export const PROTOCOL_VERSION = 1;
/** Largest frame either side may send, in UTF-8 bytes. Android's `javascript:` URLs break near 2 MB. */
export const MAX_FRAME_BYTES = 256 * 1024;

interface Base {
  ch: typeof CHANNEL;
  v: number;
  sid: string;
  id: string;
}

export interface RequestFrame extends Base {
  k: 'req';
  m: string;
  p?: unknown;
  /** Milliseconds the caller will wait; lets a host give up on work nobody awaits. */
  ttl?: number;
}

export type ResponseFrame = Base & { k: 'res' } & ({ ok: true; r?: unknown } | { ok: false; e: BridgeErrorData });

export interface EventFrame extends Base {
  k: 'evt';
  ev: string;
  d?: unknown;
}

export type Frame = RequestFrame | ResponseFrame | EventFrame;

/** Why an incoming frame was dropped; the bridge keeps one counter per reason. */
export type DropReason = 'foreign' | 'malformed' | 'tooLarge' | 'session' | 'version' | 'unknownId' | 'late';

export type DecodeResult = { frame: Frame } | { drop: DropReason };

/** Method and event names: dotted lower camel case, `@version` allowed. Nothing else reaches a lookup. */
const NAME = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*(@[0-9]+)?$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const CHANNEL_TAG = new RegExp(`"ch"\\s*:\\s*"${CHANNEL}"`);

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** UTF-8 byte length of a string, as `TextEncoder` would produce it, without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4; // a surrogate pair is one astral code point
      i++;
    } else bytes += 3; // the rest of the BMP, and lone surrogates (encoded as U+FFFD)
  }
  return bytes;
}

export function exceedsFrameLimit(text: string, limit = MAX_FRAME_BYTES): boolean {
  // UTF-8 needs at least one byte and at most three per UTF-16 unit.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8Length(text) > limit;
}

/** Serializes a frame; `undefined` when it would exceed the size cap. */
export function encode(frame: Frame, limit = MAX_FRAME_BYTES): string | undefined {
  const text = JSON.stringify(frame);
  return exceedsFrameLimit(text, limit) ? undefined : text;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isErrorData(value: unknown): value is BridgeErrorData {
  return isObject(value) && isBridgeErrorCode(value.code) && typeof value.msg === 'string' && typeof value.retryable === 'boolean';
}

/**
 * Parses and schema-checks one incoming frame. Anything that is not a string carrying our
 * channel tag is `foreign` (someone else's traffic, not an error); our tag with a bad shape is
 * `malformed`. Version and session are checked by the bridge, which knows what it expects.
 */
export function decode(raw: unknown, limit = MAX_FRAME_BYTES): DecodeResult {
  if (typeof raw !== 'string') return { drop: 'foreign' };
  if (exceedsFrameLimit(raw, limit)) return { drop: 'tooLarge' };
  // Cheap pre-filter so a page flooded with other libraries' messages is not JSON-parsed in full.
  // Whitespace-tolerant: some hosts' serializers put spaces after colons.
  if (!CHANNEL_TAG.test(raw)) return { drop: 'foreign' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { drop: 'malformed' };
  }
  if (!isObject(value) || value.ch !== CHANNEL) return { drop: 'foreign' };
  const { v, sid, id, k } = value;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { drop: 'malformed' };
  if (typeof sid !== 'string' || !ID.test(sid) || typeof id !== 'string' || !ID.test(id)) return { drop: 'malformed' };
  switch (k) {
    case 'req':
      if (typeof value.m !== 'string' || !NAME.test(value.m)) return { drop: 'malformed' };
      if (value.ttl !== undefined && (typeof value.ttl !== 'number' || !(value.ttl > 0))) return { drop: 'malformed' };
      return { frame: value as unknown as RequestFrame };
    case 'res':
      if (value.ok === true) return { frame: value as unknown as ResponseFrame };
      if (value.ok === false && isErrorData(value.e)) return { frame: value as unknown as ResponseFrame };
      return { drop: 'malformed' };
    case 'evt':
      if (typeof value.ev !== 'string' || !NAME.test(value.ev)) return { drop: 'malformed' };
      return { frame: value as unknown as EventFrame };
    default:
      return { drop: 'malformed' };
  }
}

export function isValidName(name: string): boolean {
  return NAME.test(name);
}

/**
 * A random id for frames and sessions. `crypto.randomUUID` exists only in secure contexts, and
 * WebViews sometimes load pages over plain http or from files, so build it from random bytes.
 */
export function randomFrameId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += byte.toString(16).padStart(2, '0');
  return id;
}
