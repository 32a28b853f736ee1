import type { BankletConfig } from './config.js';
import { randomId, type AnalyticsEnvelope, type TrackInput } from './analytics-envelope.js';
import { createTokenSource } from './auth.js';
import { DEFAULT_RETRY_POLICY } from './backoff.js';
import type { Result } from './errors.js';
import type { IdempotencyKeys } from './idempotency.js';
import { send, type ApiRequest, type RequestContext } from './request.js';
import { systemClock, whenIdle, type Clock, type RandomSource } from './runtime.js';
import { fetchTransport } from './transport.js';

/**
 * The core of a client: config, session, `track` (to `onEvent` only) and the request pipeline.
 * `createClient` adds the typed resources and the analytics outbox on top; a bank that wants
 * only raw, typed calls in the smallest bundle can use `createCoreClient` from `@banklet/sdk/core`.
 */
export interface CoreClient {
  readonly config: Readonly<BankletConfig>;
  /** One per client instance; groups a page view's analytics events. */
  readonly sessionId: string;
  /** Wraps an event in the shared envelope and hands it to the analytics pipeline. */
  track(input: TrackInput): AnalyticsEnvelope;
  /**
   * Any API call, with auth, retries, timeouts, idempotency and error mapping applied. Resolves
   * to `{ data }` or `{ error }`; it does not throw for HTTP or network failures.
   */
  request<T>(request: ApiRequest<T>): Promise<Result<T>>;
}

/**
 * What a test (or a native shell) may swap: time, randomness, the database name and `fetch`.
 * Kept out of `BankletConfig` because hosts never need it.
 */
export interface ClientEnvironment {
  clock?: Clock;
  random?: RandomSource;
  /** IndexedDB database name; `banklet` by default. */
  dbName?: string;
  fetch?: typeof fetch;
}

/** Checks the parts of a config that would otherwise fail late and obscurely. */
export function assertConfig(config: BankletConfig): void {
  if (!config || typeof config !== 'object') throw new TypeError('Banklet: createClient(config) needs a config object.');
  if (typeof config.baseUrl !== 'string' || config.baseUrl === '') {
    throw new TypeError('Banklet: config.baseUrl must be the URL of the Banklet API.');
  }
  if (typeof config.fetchToken !== 'function') {
    throw new TypeError('Banklet: config.fetchToken must be a function returning a Promise of a token.');
  }
}

/** How long the client's requests must have been settled before work that can wait starts. */
const QUIET_MS = 1_000;

/**
 * Runs work a first render does not need once the client has had no request in flight for a
 * second and the page is idle. Idle alone is not enough: a widget's first render waits on its
 * API calls and chunks, and the page is idle during those waits, so work started then took the
 * main thread just when the response arrived to be rendered.
 */
function quietScheduler(clock: Clock): { whenQuiet(task: () => void): void; watch<T>(request: Promise<T>): Promise<T> } {
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const whenQuiet = (task: () => void): void => {
    clock.setTimeout(() => whenIdle(() => (inFlight > 0 ? waiting.push(task) : task())), QUIET_MS);
  };
  const settled = (): void => {
    inFlight -= 1;
    if (inFlight === 0) for (const task of waiting.splice(0)) whenQuiet(task);
  };
  return {
    whenQuiet,
    watch(request) {
      inFlight += 1;
      request.then(settled, settled);
      return request;
    },
  };
}

/**
 * The idempotency store, loaded on demand: it brings IndexedDB code (idb) that the first render
 * does not need, and a bundler puts it in its own chunk. Loading starts once the page is quiet
 * after the client is created (so it is there before the first payment is confirmed without
 * competing with a widget's first render), or at the first mutating request if that comes sooner.
 */
function deferredKeys(options: { dbName?: string; now: () => number }, whenQuiet: (task: () => void) => void): IdempotencyKeys {
  let keys: Promise<IdempotencyKeys> | undefined;
  const load = (): Promise<IdempotencyKeys> => {
    if (!keys) {
      keys = import('./idempotency.js').then((m) => m.createIdempotencyKeys(options));
      // A failed chunk load surfaces in acquire(), where the pipeline falls back to a one-call key.
      keys.catch(() => undefined);
    }
    return keys;
  };
  whenQuiet(() => void load());
  return {
    acquire: (intent, body) => load().then((k) => k.acquire(intent, body)),
    release: (intent, key) => load().then((k) => k.release(intent, key)),
  };
}

/**
 * The core client plus what `createClient` builds on: the request context, and `whenQuiet` for
 * work to do once the page is idle with no request of this client in flight.
 */
export function buildCore(
  config: BankletConfig,
  environment: ClientEnvironment = {},
): { client: CoreClient; context: RequestContext; whenQuiet(task: () => void): void } {
  // Configuration mistakes are programming errors at integration time, so they throw; runtime
  // failures (HTTP, network) never do and come back as results instead.
  assertConfig(config);
  const frozen = Object.freeze({ ...config });
  const sessionId = randomId();
  const clock = environment.clock ?? systemClock;
  const quiet = quietScheduler(clock);
  const context: RequestContext = {
    transport: frozen.transport ?? fetchTransport(frozen.baseUrl, environment.fetch),
    tokens: createTokenSource(() => frozen.fetchToken()),
    keys: deferredKeys({ dbName: environment.dbName, now: () => clock.now() }, quiet.whenQuiet),
    clock,
    random: environment.random ?? Math.random,
    retry: { ...DEFAULT_RETRY_POLICY, ...frozen.retry },
    timeoutMs: frozen.timeoutMs ?? 15_000,
    locale: frozen.locale,
  };
  const client: CoreClient = {
    config: frozen,
    sessionId,
    track(input) {
      const envelope: AnalyticsEnvelope = {
        id: randomId(),
        name: input.name,
        ts: clock.now(),
        widget: input.widget,
        sessionId,
        correlationId: input.correlationId ?? sessionId,
        ...(input.experiment ? { experiment: input.experiment } : {}),
        props: input.props ?? {},
      };
      try {
        frozen.onEvent?.(envelope);
      } catch (error) {
        // A host's analytics hook must never break a payment or an application.
        console.error('Banklet: config.onEvent threw', error);
      }
      return envelope;
    },
    request: (request) => quiet.watch(send(context, request)),
  };
  return { client, context, whenQuiet: quiet.whenQuiet };
}

export function createCoreClient(config: BankletConfig, environment?: ClientEnvironment): CoreClient {
  return buildCore(config, environment).client;
}
