/**
 * The ledger worker: runs aggregate.ts off the main thread so scrolling a long history never
 * waits on totals. Its own file, loaded as a same-origin module worker (strict CSP allows that
 * through `worker-src`/`script-src 'self'`, unlike a `blob:` worker).
 */
import { expose } from 'comlink';
import { summarize } from './aggregate.js';

export const ledgerWorkerApi = { summarize };
export type LedgerWorkerApi = typeof ledgerWorkerApi;

expose(ledgerWorkerApi);
