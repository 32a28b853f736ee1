import { randomId } from './analytics-envelope.js';
import type { TokenSource } from './auth.js';
import { backoffDelay, parseRetryAfter, type RetryPolicy } from './backoff.js';
import type { Transport, TransportRequest, TransportResponse } from './config.js';
import type { BankletError, Result } from './errors.js';
import { clientError, errorFromResponse } from './http-errors.js';
import type { IdempotencyKeys } from './idempotency.js';
import { sleep, type Clock, type RandomSource } from './runtime.js';

/** Per-call options every resource method accepts as its last argument. */
export interface RequestOptions {
  /** Aborting it ends the call with a `cancelled` error; it is never retried. */
  signal?: AbortSignal;
  /** Per-attempt timeout in milliseconds. */
  timeoutMs?: number;
  /** Overrides of the client's retry policy for this call; `false` sends exactly once. */
  retry?: Partial<RetryPolicy> | false;
  /**
   * Language of this call (`Accept-Language`, and the error message's language), e.g. the
   * resolved `lang` of the widget making it: one page can show widgets in two languages.
   */
  locale?: string;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface IdempotencyOptions<T> {
  /** Stable name of the user intent, e.g. `payment-confirm:pi_123`. */
  intent: string;
  /** What identifies "the same action"; the body by default. Leave out one-time secrets. */
  fingerprint?: unknown;
  /** Whether a 2xx outcome is final; a non-final one (`processing`) keeps the key. Default: yes. */
  isTerminal?: (data: T) => boolean;
}

export interface ApiRequest<T> extends RequestOptions {
  method: TransportRequest['method'];
  /** Path below `baseUrl`, starting with `/`, without the query string. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Required for every mutating call that moves money or points (DESIGN.md). */
  idempotency?: IdempotencyOptions<T>;
  /** Runtime check of a 2xx body; failing it is a `server` error coded `MALFORMED_RESPONSE`. */
  check?: (body: unknown) => boolean;
  keepalive?: boolean;
}

/** What the request pipeline needs from its client. */
export interface RequestContext {
  transport: Transport;
  tokens: TokenSource;
  keys: IdempotencyKeys;
  clock: Clock;
  random: RandomSource;
  retry: RetryPolicy;
  timeoutMs: number;
  locale?: string;
}

type Attempt = TransportResponse | 'network' | 'timeout' | 'cancelled';

/**
 * Longest string a response may carry, in UTF-16 units. The contract's longest texts (terms
 * documents) stay far below it; a longer one is a broken or hostile backend, and a widget laying
 * out a few megabytes of mixed Chinese and Latin text froze the page for minutes (line breaking
 * is quadratic there; hostile-input.test.ts). Such a body is MALFORMED_RESPONSE, like a bad shape.
 */
const MAX_STRING_LENGTH = 100_000;

/** Whether any string in a parsed body is longer than the cap. Iterative: a body may nest deeply. */
function hasOverlongString(body: unknown): boolean {
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_LENGTH) return true;
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) stack.push(key, child);
    }
  }
  return false;
}

/**
 * One try, bounded by the timeout and the caller's signal. The race with the abort matters for
 * custom transports that ignore `signal`: the timeout still ends the wait.
 */
async function attempt(ctx: RequestContext, request: TransportRequest, timeoutMs: number, signal?: AbortSignal): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = ctx.clock.setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = () => controller.abort();
  signal?.addEventListener('abort', forward);
  const aborted = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true }),
  );
  try {
    return await Promise.race([ctx.transport.request({ ...request, signal: controller.signal }), aborted]);
  } catch {
    return signal?.aborted ? 'cancelled' : timedOut ? 'timeout' : 'network';
  } finally {
    ctx.clock.clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null) params.append(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Failures a repeat can fix: no answer, a timeout, a rate limit, a server fault. */
const retryableStatus = (status: number) => status === 408 || status === 429 || status >= 500;

/**
 * Whether an answer settles the intent for good, so its idempotency key can go. 409 (a request
 * with this key still running) and 408/429 (not processed) keep it, as do 5xx and no answer.
 */
const terminalStatus = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 409 && status !== 429;

/**
 * The request pipeline: token, idempotency key, attempt, 401 refresh, retry with backoff, error
 * mapping, key release. Resolves to a `Result`; it does not throw for HTTP or network trouble.
 */
export async function send<T>(ctx: RequestContext, req: ApiRequest<T>): Promise<Result<T>> {
  const requestId = randomId();
  const { clock } = ctx;
  const locale = req.locale ?? ctx.locale;
  const policy: RetryPolicy = req.retry === false ? { ...ctx.retry, retries: 0 } : { ...ctx.retry, ...req.retry };
  const cancelled = (): Result<T> => ({ error: clientError('cancelled', 'CANCELLED', requestId, locale) });
  if (req.signal?.aborted) return cancelled();

  const idem = req.method === 'GET' ? undefined : req.idempotency;
  let key: string | undefined;
  if (idem) {
    try {
      key = await ctx.keys.acquire(idem.intent, idem.fingerprint === undefined ? req.body : idem.fingerprint);
    } catch {
      // Storage failed mid-way (quota, a closing database): a fresh key still makes this call's
      // own retries safe, which is better than refusing to pay.
      key = randomId();
    }
  }

  const path = req.path + queryString(req.query);
  let retries = 0;
  let refreshed = false;
  let terminal = false;
  let result: Result<T>;
  for (;;) {
    // The caller may have given up while the key was being stored or the token fetched.
    if (req.signal?.aborted) {
      result = cancelled();
      break;
    }
    let token: string;
    try {
      token = await ctx.tokens.get();
    } catch {
      result = { error: clientError('auth', 'TOKEN_UNAVAILABLE', requestId, locale) };
      break;
    }
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-language': locale ?? 'zh-CN',
      authorization: `Bearer ${token}`,
      'x-request-id': requestId,
    };
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    if (key) headers['idempotency-key'] = key;

    const answer = await attempt(
      ctx,
      { method: req.method, path, headers, body: req.body, ...(req.keepalive ? { keepalive: true } : {}) },
      req.timeoutMs ?? ctx.timeoutMs,
      req.signal,
    );
    if (answer === 'cancelled') {
      result = cancelled();
      break;
    }

    let error: BankletError;
    let retryAfter: number | undefined;
    if (typeof answer === 'string') {
      error = clientError(answer, answer === 'timeout' ? 'TIMEOUT' : 'NETWORK_ERROR', requestId, locale);
    } else {
      const { status, body } = answer;
      // Custom transports may keep the server's header case; the fetch transport lower-cases.
      const responseHeaders: Record<string, string> = {};
      for (const [name, value] of Object.entries(answer.headers ?? {})) responseHeaders[name.toLowerCase()] = value;
      const serverRequestId = responseHeaders['x-request-id'] || requestId;
      if (status >= 200 && status < 300) {
        if (answer.malformed || hasOverlongString(body) || (req.check && !req.check(body))) {
          // The action may well have happened: report it, keep the key, do not repeat blindly.
          result = { error: clientError('server', 'MALFORMED_RESPONSE', serverRequestId, locale, { status, retryable: false }) };
        } else {
          result = { data: body as T };
          terminal = !idem?.isTerminal || idem.isTerminal(body as T);
        }
        break;
      }
      if (status === 401 && !refreshed) {
        refreshed = true;
        try {
          await ctx.tokens.refresh(token);
          continue;
        } catch {
          result = { error: clientError('auth', 'TOKEN_UNAVAILABLE', serverRequestId, locale, { status }) };
          break;
        }
      }
      // A non-JSON error body (a gateway's HTML page) says nothing the status does not.
      error = errorFromResponse(status, answer.malformed ? undefined : body, serverRequestId, locale);
      if (!retryableStatus(status)) {
        result = { error };
        terminal = terminalStatus(status);
        break;
      }
      retryAfter = parseRetryAfter(responseHeaders['retry-after'], clock.now());
    }

    if (retries >= policy.retries) {
      result = { error };
      break;
    }
    const delay = retryAfter !== undefined ? Math.min(retryAfter, policy.maxRetryAfterMs) : backoffDelay(retries, policy, ctx.random);
    retries += 1;
    if (!(await sleep(delay, clock, req.signal))) {
      result = cancelled();
      break;
    }
  }

  if (idem && key && terminal) await ctx.keys.release(idem.intent, key).catch(() => undefined);
  return result;
}
