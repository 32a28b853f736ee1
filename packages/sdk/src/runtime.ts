/**
 * Time and randomness behind one small interface, so retries, backoff and analytics batching can
 * be driven by a fake clock in tests and stay deterministic. The default looks the globals up on
 * every call (not once at import), which is what lets sinon's fake timers take over.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A number in [0, 1); injectable so that jittered delays are reproducible. */
export type RandomSource = () => number;

/**
 * Waits `ms` on the clock. Resolves `true` when the time passed and `false` as soon as `signal`
 * aborts, so a caller cancelling during a backoff pause is not kept waiting for it.
 */
export function sleep(ms: number, clock: Clock, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clock.clearTimeout(handle);
      resolve(false);
    };
    const handle = clock.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `task` once, when the page is next idle (at the latest `timeout` ms later), or after a
 * short timer where there are no idle callbacks (Safari, Node). For work a first render does not
 * need, such as loading the analytics outbox or the idempotency store: started at client creation,
 * that work competed with the widget's own chunks, request and first paint for the main thread.
 */
export function whenIdle(task: () => void, timeout = 2_000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, 200);
}
