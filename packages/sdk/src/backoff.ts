/**
 * When to try again. Only failures that a repeat can fix are retried (network, timeout, 429,
 * 5xx); the pause grows exponentially up to a cap and is fully jittered (a uniform pick between 0
 * and the cap of that attempt), which spreads a crowd of clients recovering from the same outage
 * instead of having them hit the server in lock step.
 */
export interface RetryPolicy {
  /** Extra attempts after the first one. 0 disables retries. */
  retries: number;
  /** Upper bound of the first pause; doubles with every attempt. */
  baseDelayMs: number;
  /** No pause is longer than this, however many attempts came before. */
  maxDelayMs: number;
  /** A server's `Retry-After` is honoured up to this long; longer asks are shortened to it. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  retries: 3,
  baseDelayMs: 300,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
});

/** Full-jitter delay before retry number `attempt` (0-based). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/**
 * Milliseconds asked for by a `Retry-After` header: delta-seconds or an HTTP date. `undefined`
 * when absent or unreadable, so the caller falls back to its own backoff.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
