import { wrap, type Remote } from 'comlink';
import { summarize, type AggregatableEntry, type LedgerSummary } from './aggregate.js';
import type { LedgerWorkerApi } from './ledger.worker.js';

/** Where aggregation runs: `worker` once the worker answered, `main` after falling back. */
export type AggregatorMode = 'starting' | 'worker' | 'main';

export interface Aggregator {
  summarize(entries: readonly AggregatableEntry[]): Promise<LedgerSummary>;
  readonly mode: AggregatorMode;
  dispose(): void;
}

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let policy: ScriptUrlPolicy | null | undefined;

/**
 * The Trusted Types policy for the worker's URL (`trusted-types … banklet-worker` in the page's
 * CSP). Under `require-trusted-types-for 'script'` a plain URL in `new Worker()` is refused, so
 * where the browser has Trusted Types the URL goes through this policy, which only lets through
 * a same-origin script URL. `null` where the API is missing or the CSP does not allow
 * the name (the wallet then aggregates on the main thread).
 */
function workerPolicy(): ScriptUrlPolicy | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy } }).trustedTypes;
  try {
    policy = tt
      ? tt.createPolicy('banklet-worker', {
          createScriptURL(url) {
            const parsed = new URL(url, document.baseURI);
            // Only this module holds the policy, and only passes it the worker URL (ours or the
            // host's `workerUrl`); module workers must be same-origin anyway.
            if (parsed.origin !== location.origin) throw new TypeError(`Banklet: refused worker URL ${url}`);
            return parsed.href;
          },
        })
      : null;
  } catch {
    policy = null;
  }
  return policy;
}

/**
 * Starts the ledger worker, or returns `undefined` when this page cannot have one.
 *
 * Without Trusted Types the `new Worker(new URL('./ledger.worker.js', import.meta.url), …)` form
 * is kept literal on purpose: Vite, webpack 5 and Rollup recognise exactly this shape and ship
 * the worker file next to the chunk that loads it. `url` overrides it for hosts that serve the
 * file elsewhere (a bundler's own worker chunk, a CDN path behind a proxy).
 */
function startWorker(url: string | URL | undefined): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  const trusted = workerPolicy();
  try {
    if (url) return new Worker((trusted ? trusted.createScriptURL(String(url)) : url) as string | URL, { type: 'module' });
    return trusted
      ? new Worker(trusted.createScriptURL(new URL('./ledger.worker.js', import.meta.url).href) as string, { type: 'module' })
      : new Worker(new URL('./ledger.worker.js', import.meta.url), { type: 'module' });
  } catch {
    // A refused URL (policy, origin, CSP) throws synchronously in some engines.
    return undefined;
  }
}

/**
 * Aggregates ledger pages in the worker when one can run, else on the main thread with the same
 * pure function. A worker that fails to load (404, CSP `worker-src`, no module workers in an old
 * WebView) only reports an `error` event — calls to it would never settle — so every call in
 * flight is kept and answered locally the moment that happens.
 */
export function createAggregator(url?: string | URL): Aggregator {
  let worker = startWorker(url);
  let remote: Remote<LedgerWorkerApi> | undefined = worker ? wrap<LedgerWorkerApi>(worker) : undefined;
  let mode: AggregatorMode = worker ? 'starting' : 'main';
  const inFlight = new Set<() => void>();

  const fallBack = (): void => {
    mode = 'main';
    worker?.terminate();
    worker = undefined;
    remote = undefined;
    for (const answerLocally of [...inFlight]) answerLocally();
    inFlight.clear();
  };
  worker?.addEventListener('error', fallBack);
  worker?.addEventListener('messageerror', fallBack);

  return {
    get mode() {
      return mode;
    },
    summarize(entries) {
      if (!remote) return Promise.resolve(summarize(entries));
      const call = remote;
      return new Promise<LedgerSummary>((resolve) => {
        const answerLocally = () => resolve(summarize(entries));
        inFlight.add(answerLocally);
        call.summarize(entries as AggregatableEntry[]).then(
          (summary) => {
            inFlight.delete(answerLocally);
            if (mode === 'starting') mode = 'worker';
            resolve(summary);
          },
          () => {
            inFlight.delete(answerLocally);
            answerLocally();
          },
        );
      });
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      remote = undefined;
      // Answer anything still waiting so no caller hangs on a terminated worker.
      for (const answerLocally of [...inFlight]) answerLocally();
      inFlight.clear();
    },
  };
}

/** How long the shared worker outlives the last wallet that used it. */
const IDLE_MS = 30_000;
let shared: { aggregator: Aggregator; url: string; users: number; idle?: ReturnType<typeof setTimeout> } | undefined;

/**
 * The page's one ledger worker, shared by every wallet on it: starting a worker costs a thread
 * and a module fetch, and a single-page app mounts and unmounts wallets as tabs change. Kept for
 * a while after the last wallet lets go, then terminated.
 */
export function acquireAggregator(url?: string | URL): Aggregator {
  const key = url ? String(url) : '';
  if (shared && shared.url !== key && shared.users === 0) {
    shared.aggregator.dispose();
    shared = undefined;
  }
  if (!shared || shared.url !== key) {
    // Another URL while the first is in use (two builds on one page): that wallet gets its own.
    if (shared) return createAggregator(url);
    shared = { aggregator: createAggregator(url), url: key, users: 0 };
  }
  clearTimeout(shared.idle);
  shared.users += 1;
  return shared.aggregator;
}

export function releaseAggregator(aggregator: Aggregator): void {
  if (!shared || shared.aggregator !== aggregator) {
    aggregator.dispose();
    return;
  }
  shared.users = Math.max(0, shared.users - 1);
  if (shared.users > 0) return;
  const idle = shared;
  idle.idle = setTimeout(() => {
    if (shared !== idle || idle.users > 0) return;
    idle.aggregator.dispose();
    shared = undefined;
  }, IDLE_MS);
}
