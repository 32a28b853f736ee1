/**
 * The host side of the protocol, for hosts written in JavaScript: a partner page that embeds a
 * widget in an iframe (see parent.ts), a React Native app's message handler, and the fake hosts
 * in our tests. Native hosts implement the same few rules in Swift or Kotlin (docs/bridge.md).
 *
 * It answers `bridge.hello` with its method list, runs handlers with an `AbortSignal` that fires
 * on `bridge.cancel`, turns thrown `BridgeError`s into typed error responses and anything else
 * into INTERNAL (without leaking the message), and ignores frames that fail the schema check.
 */
import { CHANNEL, MAX_FRAME_BYTES, PROTOCOL_VERSION, decode, encode, randomFrameId, type ResponseFrame } from './envelope.js';
import { BridgeError, type BridgeErrorData } from './errors.js';
import type { HelloParams, HelloResult, HostEnv } from './methods.js';

export type HostMethod = (params: unknown, context: { signal: AbortSignal; method: string }) => unknown;

export interface HostOptions {
  /** Delivers one frame string to the page. */
  send(frame: string): void;
  /** Implemented methods by name. Only these are announced. */
  methods: Record<string, HostMethod>;
  host?: { name: string; version: string };
  env?: HostEnv;
  /** Events from the page (`ui.resize`, …). */
  onEvent?(event: string, data: unknown): void;
  /** Protocol version this host speaks (tests use it to simulate a newer host). */
  protocol?: number;
  maxFrameBytes?: number;
}

export interface Host {
  /** Feed one raw incoming message (a frame string) from the page. */
  receive(raw: unknown): void;
  /** Sends an event to the page's current session; false before the page said hello. */
  emit(event: string, data?: unknown): boolean;
  /** Number of handlers still running. */
  readonly running: number;
}

export function createHost(options: HostOptions): Host {
  const protocol = options.protocol ?? PROTOCOL_VERSION;
  const limit = options.maxFrameBytes ?? MAX_FRAME_BYTES;
  const running = new Map<string, AbortController>();
  let session: string | undefined;

  const respond = (sid: string, id: string, outcome: { r: unknown } | { e: BridgeErrorData }): void => {
    const base = { ch: CHANNEL, v: protocol, sid, id, k: 'res' } as const;
    const frame = ('r' in outcome ? { ...base, ok: true, r: outcome.r } : { ...base, ok: false, e: outcome.e }) as ResponseFrame;
    const text = encode(frame, limit) ?? JSON.stringify({ ...base, ok: false, e: { code: 'TOO_LARGE', msg: 'result exceeds the frame size cap', retryable: false } });
    options.send(text);
  };

  const hello = (params: unknown): HelloResult | BridgeErrorData => {
    const offered = (params as HelloParams | undefined)?.protocols;
    if (!Array.isArray(offered) || !offered.includes(protocol)) {
      return { code: 'VERSION', msg: `host speaks protocol ${protocol}`, retryable: false };
    }
    return {
      protocol,
      host: options.host ?? { name: 'js-host', version: '0' },
      methods: Object.keys(options.methods),
      ...(options.env ? { env: options.env } : {}),
    };
  };

  return {
    get running() {
      return running.size;
    },
    receive(raw) {
      const decoded = decode(raw, limit);
      if ('drop' in decoded) return;
      const frame = decoded.frame;
      if (frame.k === 'evt') {
        if (frame.sid !== session) return;
        if (frame.ev === 'bridge.cancel') {
          // The page stopped waiting: abort the handler and never answer (an answer would be late).
          const id = String((frame.d as { id?: unknown } | undefined)?.id);
          running.get(id)?.abort();
          running.delete(id);
        }
        else options.onEvent?.(frame.ev, frame.d);
        return;
      }
      if (frame.k !== 'req') return;
      if (frame.m === 'bridge.hello') {
        // A new hello starts a new session (the page reloaded or a second bridge connected).
        const answer = hello(frame.p);
        if ('code' in answer) respond(frame.sid, frame.id, { e: answer });
        else {
          session = frame.sid;
          respond(frame.sid, frame.id, { r: answer });
        }
        return;
      }
      if (frame.sid !== session) return;
      const handler = Object.prototype.hasOwnProperty.call(options.methods, frame.m) ? options.methods[frame.m] : undefined;
      if (!handler) {
        respond(frame.sid, frame.id, { e: { code: 'UNSUPPORTED', msg: `${frame.m} is not implemented by this host`, retryable: false } });
        return;
      }
      const controller = new AbortController();
      running.set(frame.id, controller);
      Promise.resolve()
        .then(() => handler(frame.p, { signal: controller.signal, method: frame.m }))
        .then(
          (result) => ({ r: result ?? {} }),
          (error: unknown) => ({
            e: error instanceof BridgeError ? error.toData() : { code: 'INTERNAL' as const, msg: 'the host failed', retryable: false },
          }),
        )
        .then((outcome) => {
          running.delete(frame.id);
          if (!controller.signal.aborted) respond(frame.sid, frame.id, outcome);
        });
    },
    emit(event, data) {
      if (!session) return false;
      const text = encode({ ch: CHANNEL, v: protocol, sid: session, id: randomFrameId(), k: 'evt', ev: event, ...(data === undefined ? {} : { d: data }) }, limit);
      if (text === undefined) return false;
      options.send(text);
      return true;
    },
  };
}
