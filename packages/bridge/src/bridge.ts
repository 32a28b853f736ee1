/**
 * The bridge: typed request/response and events over whichever host channel the page is in.
 *
 * Lifecycle. `createBridge()` starts the handshake at once: it looks for a host channel (again
 * on every retry tick, because React Native and Flutter may inject theirs late), sends
 * `bridge.hello` and repeats it for up to 1.5 s. The host answers with its protocol version and
 * the methods it implements. No channel or no answer means *standalone web mode*: a normal state
 * in a desktop browser, not an error; `has()` is then false for everything and widgets fall back
 * to their web flows.
 *
 * Calls. Each request gets a random id, a timeout (short for info calls, long for interactive
 * ones, see methods.ts), optional `AbortSignal` support, and settles exactly once: by the host's
 * response, its timeout, its signal, `pagehide` or `dispose()`. A response arriving after that is
 * dropped and counted (`late`). The host learns that we stopped waiting through `bridge.cancel`.
 *
 * Input. Every incoming frame is schema-checked (envelope.ts) and then checked against our
 * session id, protocol version and pending ids; anything else is dropped and counted by reason,
 * so a host integration can be debugged from `bridge.drops` without logging message contents.
 */
import { defaultAdapters } from './adapters/index.js';
import type { BridgeAdapter, HostKind } from './adapters/types.js';
import {
  CHANNEL,
  MAX_FRAME_BYTES,
  PROTOCOL_VERSION,
  decode,
  encode,
  isValidName,
  randomFrameId,
  type DropReason,
  type EventFrame,
  type Frame,
  type RequestFrame,
  type ResponseFrame,
} from './envelope.js';
import { BridgeError, type BridgeErrorCode } from './errors.js';
import {
  METHOD_SPECS,
  TIMEOUTS,
  specOf,
  type BridgeEvents,
  type EventName,
  type HelloResult,
  type HostEnv,
  type MethodName,
  type ParamsOf,
  type ResultOf,
  type TimeoutClass,
} from './methods.js';

/** Version reported in `bridge.hello`; kept in lockstep with the other packages by the release. */
export const BRIDGE_VERSION = '0.1.0';

export interface BridgeOptions {
  /** Adapters to try, in order. Default: every native and mini-program adapter (not iframe). */
  adapters?: BridgeAdapter[];
  /** How long to keep saying hello before settling for standalone mode. */
  handshakeTimeout?: number;
  /** Delay between hello retries. */
  helloInterval?: number;
  /** Default timeouts per class; a call can still pass its own. */
  timeouts?: Partial<Record<TimeoutClass, number>>;
  /** Frame size cap in UTF-8 bytes, both directions. */
  maxFrameBytes?: number;
  /** SDK version announced to the host. */
  sdkVersion?: string;
  /** Diagnostics hook for dropped frames (reason only; contents are never logged). */
  onDrop?: (reason: DropReason) => void;
}

export interface CallOptions {
  /** Milliseconds to wait for the host; defaults to the method's timeout class. */
  timeout?: number;
  signal?: AbortSignal;
}

export type StandaloneReason = 'no-host' | 'no-answer' | 'version' | 'disposed';

/** Where the handshake ended: connected to a host, or standalone web. */
export type SettledStatus =
  | { mode: 'host'; kind: HostKind; host: HelloResult['host']; methods: readonly string[]; env: HostEnv }
  | { mode: 'standalone'; reason: StandaloneReason; kind?: HostKind };

export type BridgeStatus = { mode: 'connecting' } | SettledStatus;

interface Pending {
  method: string;
  resolve(value: unknown): void;
  reject(error: BridgeError): void;
  cleanup(): void;
}

/** How many settled ids to remember for telling late responses from unknown ones. */
const SETTLED_MEMORY = 256;

const DROP_REASONS: readonly DropReason[] = ['foreign', 'malformed', 'tooLarge', 'session', 'version', 'unknownId', 'late'];

export class Bridge {
  /** Per-bridge nonce carried by every frame; the host echoes it. */
  readonly sessionId = randomFrameId();
  /** Resolves once the handshake has settled, with the final status. Never rejects. */
  readonly ready: Promise<SettledStatus>;

  private currentStatus: BridgeStatus = { mode: 'connecting' };
  private readonly adapters: BridgeAdapter[];
  private adapter?: BridgeAdapter;
  private unsubscribe?: () => void;
  private readonly pending = new Map<string, Pending>();
  private readonly settled = new Set<string>();
  private readonly handlers = new Map<string, Set<(data: unknown) => void>>();
  private readonly dropCounts: Record<DropReason, number> = Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>;
  private readonly helloId = randomFrameId();
  private settleHandshake!: (status: SettledStatus) => void;
  private handshakeTimers: ReturnType<typeof setTimeout>[] = [];
  private readonly maxFrameBytes: number;
  private readonly timeouts: Record<TimeoutClass, number>;
  private readonly onPageHide = (event: PageTransitionEvent): void => {
    // A page kept in the back/forward cache may come back and still get its answers.
    if (!event.persisted) this.rejectAll('NOT_READY', 'the page is being unloaded');
  };

  constructor(private readonly options: BridgeOptions = {}) {
    this.adapters = options.adapters ?? defaultAdapters();
    this.maxFrameBytes = options.maxFrameBytes ?? MAX_FRAME_BYTES;
    this.timeouts = { ...TIMEOUTS, ...options.timeouts };
    this.ready = new Promise((resolve) => {
      this.settleHandshake = resolve;
    });
    if (typeof window !== 'undefined') window.addEventListener('pagehide', this.onPageHide);
    this.startHandshake();
  }

  get status(): BridgeStatus {
    return this.currentStatus;
  }

  /** Dropped incoming frames by reason, since creation. */
  get drops(): Readonly<Record<DropReason, number>> {
    return { ...this.dropCounts };
  }

  /** Calls awaiting an answer; 0 when idle (tests use it to prove nothing leaks). */
  get pendingCount(): number {
    return this.pending.size;
  }

  /**
   * Whether the connected host implements `method`. False while connecting and in standalone
   * mode, so a widget can render its web fallback without waiting; `await bridge.ready` first
   * when the choice matters (say, offering "pay with the app").
   */
  has(method: MethodName | (string & {})): boolean {
    return this.currentStatus.mode === 'host' && this.currentStatus.methods.includes(method);
  }

  /** Calls a host method. Rejects with a `BridgeError`; never resolves with an unchecked shape. */
  call<M extends MethodName>(method: M, params: ParamsOf<M>, options?: CallOptions): Promise<ResultOf<M>>;
  /** A method outside the standard set (a bank's own), with the caller's types and generic checks. */
  call<R = unknown>(method: string, params?: unknown, options?: CallOptions): Promise<R>;
  async call(method: string, params?: unknown, options: CallOptions = {}): Promise<unknown> {
    const spec = specOf(method);
    if (!isValidName(method) || method === 'bridge.hello') throw new BridgeError('UNSUPPORTED', `"${method}" is not a callable method name`);
    const problem = spec?.checkParams?.(params);
    // Policy refusal on our side (an `http:` URL, a missing challenge): the host never sees it.
    if (problem) throw new BridgeError('DENIED', `${method}: ${problem}`);
    if (options.signal?.aborted) throw new BridgeError('CANCELLED', `${method} was aborted`);

    const status = await this.ready;
    if (status.mode !== 'host') {
      if (status.reason === 'version') throw new BridgeError('VERSION', 'the host speaks an incompatible bridge protocol');
      if (status.reason === 'disposed') throw new BridgeError('NOT_READY', 'the bridge was disposed');
      throw new BridgeError('UNSUPPORTED', `${method} needs a host app; the page runs as standalone web`);
    }
    if (!status.methods.includes(method)) throw new BridgeError('UNSUPPORTED', `the host does not implement ${method}`);
    if (options.signal?.aborted) throw new BridgeError('CANCELLED', `${method} was aborted`);

    const timeout = options.timeout ?? this.timeouts[spec?.timeout ?? 'info'];
    const frame: RequestFrame = { ch: CHANNEL, v: PROTOCOL_VERSION, sid: this.sessionId, id: randomFrameId(), k: 'req', m: method, ttl: timeout };
    if (params !== undefined) frame.p = params;
    let text: string | undefined;
    try {
      text = encode(frame, this.maxFrameBytes);
    } catch {
      // Cycles and BigInts: a caller's bug, reported in the bridge's terms rather than as a TypeError.
      throw new BridgeError('DENIED', `${method} params are not JSON-serializable`);
    }
    if (text === undefined) throw new BridgeError('TOO_LARGE', `${method} params exceed ${this.maxFrameBytes} bytes`);
    const wire = text;

    return new Promise<unknown>((resolve, reject) => {
      const { signal } = options;
      const onAbort = (): void => this.abandon(frame.id, 'CANCELLED', `${method} was aborted`);
      const timer = setTimeout(() => this.abandon(frame.id, 'TIMEOUT', `${method} got no answer within ${timeout} ms`), timeout);
      this.pending.set(frame.id, {
        method,
        resolve,
        reject,
        cleanup: () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
        },
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        this.adapter!.send(wire);
      } catch (error) {
        this.settle(frame.id)?.reject(new BridgeError('NOT_READY', `the host channel failed: ${describe(error)}`, true));
      }
    });
  }

  /**
   * Sends an event to the host (fire and forget). Returns false when nothing was sent: no host,
   * or a frame over the size cap.
   */
  emit<E extends EventName>(event: E, data: BridgeEvents[E]): boolean {
    if (this.currentStatus.mode !== 'host' || !this.adapter) return false;
    const frame: EventFrame = { ch: CHANNEL, v: PROTOCOL_VERSION, sid: this.sessionId, id: randomFrameId(), k: 'evt', ev: event, d: data };
    const text = encode(frame, this.maxFrameBytes);
    if (text === undefined) return false;
    try {
      this.adapter.send(text);
      return true;
    } catch {
      return false;
    }
  }

  /** Listens to a host event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, handler: (data: BridgeEvents[E]) => void): () => void;
  on(event: string, handler: (data: unknown) => void): () => void;
  on(event: string, handler: (data: never) => void): () => void {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    const entry = handler as (data: unknown) => void;
    set.add(entry);
    return () => {
      set.delete(entry);
      if (set.size === 0) this.handlers.delete(event);
    };
  }

  /** Stops listening, rejects pending calls with NOT_READY and settles as standalone. */
  dispose(): void {
    for (const timer of this.handshakeTimers) clearTimeout(timer);
    this.handshakeTimers = [];
    this.rejectAll('NOT_READY', 'the bridge was disposed');
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.handlers.clear();
    if (typeof window !== 'undefined') window.removeEventListener('pagehide', this.onPageHide);
    this.finishHandshake({ mode: 'standalone', reason: 'disposed', ...(this.adapter ? { kind: this.adapter.kind } : {}) });
    this.currentStatus = { mode: 'standalone', reason: 'disposed', ...(this.adapter ? { kind: this.adapter.kind } : {}) };
  }

  // ── handshake ────────────────────────────────────────────────────────────────────────────

  private startHandshake(): void {
    const total = this.options.handshakeTimeout ?? 1_500;
    const interval = Math.max(10, this.options.helloInterval ?? 250);
    const hello = (): void => {
      if (this.currentStatus.mode !== 'connecting') return;
      if (!this.adapter) this.attach();
      if (this.adapter) this.sendHello();
    };
    hello();
    for (let at = interval; at < total; at += interval) this.handshakeTimers.push(setTimeout(hello, at));
    this.handshakeTimers.push(
      setTimeout(() => {
        this.finishHandshake(this.adapter ? { mode: 'standalone', reason: 'no-answer', kind: this.adapter.kind } : { mode: 'standalone', reason: 'no-host' });
      }, total),
    );
  }

  private attach(): void {
    const found = this.adapters.find((adapter) => {
      try {
        return adapter.detect();
      } catch {
        return false;
      }
    });
    if (!found) return;
    this.adapter = found;
    this.unsubscribe = found.onMessage((raw) => this.receive(raw));
  }

  private sendHello(): void {
    const frame: RequestFrame = {
      ch: CHANNEL,
      v: PROTOCOL_VERSION,
      sid: this.sessionId,
      id: this.helloId,
      k: 'req',
      m: 'bridge.hello',
      p: { protocols: [PROTOCOL_VERSION], sdk: this.options.sdkVersion ?? BRIDGE_VERSION },
      ttl: this.options.handshakeTimeout ?? 1_500,
    };
    try {
      this.adapter!.send(JSON.stringify(frame));
    } catch {
      // The channel may not be wired yet (early injection); the next tick tries again.
    }
  }

  private finishHandshake(status: SettledStatus): void {
    if (this.currentStatus.mode !== 'connecting') return;
    for (const timer of this.handshakeTimers) clearTimeout(timer);
    this.handshakeTimers = [];
    this.currentStatus = status;
    // Standalone after a detected channel: keep no listener on a host that never answered.
    if (status.mode === 'standalone') {
      this.unsubscribe?.();
      this.unsubscribe = undefined;
    }
    this.settleHandshake(status);
  }

  private handleHello(frame: ResponseFrame): void {
    const kind = this.adapter!.kind;
    if (frame.v !== PROTOCOL_VERSION) {
      this.finishHandshake({ mode: 'standalone', reason: 'version', kind });
      return;
    }
    if (!frame.ok) {
      if (frame.e.code === 'VERSION') this.finishHandshake({ mode: 'standalone', reason: 'version', kind });
      // Other refusals (NOT_READY while the host boots): keep retrying until the deadline.
      return;
    }
    const result = frame.r;
    if (!METHOD_SPECS['bridge.hello'].checkResult(result)) {
      this.drop('malformed');
      return;
    }
    const hello = result as HelloResult;
    if (hello.protocol !== PROTOCOL_VERSION) {
      this.finishHandshake({ mode: 'standalone', reason: 'version', kind });
      return;
    }
    this.finishHandshake({
      mode: 'host',
      kind,
      host: { name: hello.host.name, version: hello.host.version },
      methods: Object.freeze(hello.methods.filter(isValidName)),
      env: hello.env ?? {},
    });
  }

  // ── incoming frames ──────────────────────────────────────────────────────────────────────

  private receive(raw: unknown): void {
    const decoded = decode(raw, this.maxFrameBytes);
    if ('drop' in decoded) {
      this.drop(decoded.drop);
      return;
    }
    const frame: Frame = decoded.frame;
    if (frame.sid !== this.sessionId) {
      this.drop('session');
      return;
    }
    if (frame.k === 'res' && frame.id === this.helloId) {
      if (this.currentStatus.mode === 'connecting') this.handleHello(frame);
      // Answers to the retried hellos after the first one are expected duplicates.
      return;
    }
    if (frame.v !== PROTOCOL_VERSION) {
      this.drop('version');
      return;
    }
    switch (frame.k) {
      case 'res':
        this.handleResponse(frame);
        return;
      case 'evt':
        this.handleEvent(frame);
        return;
      case 'req':
        // The page serves no methods; say so rather than leave a host waiting.
        this.reply(frame.id, { code: 'UNSUPPORTED', msg: 'the page implements no methods', retryable: false });
    }
  }

  private handleResponse(frame: ResponseFrame): void {
    const entry = this.settle(frame.id);
    if (!entry) {
      this.drop(this.settled.has(frame.id) ? 'late' : 'unknownId');
      return;
    }
    if (!frame.ok) {
      entry.reject(BridgeError.fromData(frame.e));
      return;
    }
    const spec = specOf(entry.method);
    if (spec && !spec.checkResult(frame.r)) {
      entry.reject(new BridgeError('INTERNAL', `the host answered ${entry.method} with a malformed result`));
      return;
    }
    entry.resolve(frame.r);
  }

  private handleEvent(frame: EventFrame): void {
    if (this.currentStatus.mode !== 'host') {
      this.drop('session');
      return;
    }
    const set = this.handlers.get(frame.ev);
    if (!set) return;
    for (const handler of [...set]) {
      try {
        handler(frame.d);
      } catch (error) {
        console.error(`Banklet bridge: a ${frame.ev} handler threw`, error);
      }
    }
  }

  private reply(id: string, error: { code: BridgeErrorCode; msg: string; retryable: boolean }): void {
    const frame: ResponseFrame = { ch: CHANNEL, v: PROTOCOL_VERSION, sid: this.sessionId, id, k: 'res', ok: false, e: error };
    try {
      this.adapter?.send(JSON.stringify(frame));
    } catch {
      // Nothing to do: the host is gone.
    }
  }

  // ── settling ─────────────────────────────────────────────────────────────────────────────

  /** Removes a pending call and remembers its id; returns it when it was still pending. */
  private settle(id: string): Pending | undefined {
    const entry = this.pending.get(id);
    if (!entry) return undefined;
    this.pending.delete(id);
    entry.cleanup();
    this.settled.add(id);
    if (this.settled.size > SETTLED_MEMORY) this.settled.delete(this.settled.values().next().value as string);
    return entry;
  }

  /** We stop waiting (timeout, abort): reject locally and tell the host it may stop too. */
  private abandon(id: string, code: BridgeErrorCode, message: string): void {
    const entry = this.settle(id);
    if (!entry) return;
    entry.reject(new BridgeError(code, message));
    this.emit('bridge.cancel', { id });
  }

  private rejectAll(code: BridgeErrorCode, message: string): void {
    for (const id of [...this.pending.keys()]) this.settle(id)?.reject(new BridgeError(code, message));
  }

  private drop(reason: DropReason): void {
    this.dropCounts[reason]++;
    this.options.onDrop?.(reason);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Creates a bridge and starts its handshake. */
export function createBridge(options?: BridgeOptions): Bridge {
  return new Bridge(options);
}

let shared: Bridge | undefined;

/**
 * The page's bridge, created on first use with the default adapters. Widgets use this, so a
 * page has one handshake however many widgets it shows. Call `setBridge()` first to use an
 * iframe adapter (which needs an origin allow-list) or custom adapter names.
 */
export function getBridge(): Bridge {
  return (shared ??= createBridge());
}

/** Replaces the page's bridge (disposing the previous one unless it is the same). */
export function setBridge(bridge: Bridge): void {
  if (shared && shared !== bridge) shared.dispose();
  shared = bridge;
}
