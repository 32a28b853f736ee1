import type { AnalyticsEnvelope } from './analytics-envelope.js';
import { backoffDelay } from './backoff.js';
import { DB_NAME, openBankletDb, type OutboxRecord } from './db.js';
import type { Clock, RandomSource } from './runtime.js';

/**
 * The analytics outbox: every envelope is written to IndexedDB before anything is sent, sent in
 * batches (by count or after a short wait), and deleted only once the server has accepted it. A
 * send that fails is retried with backoff; a page that closes first leaves its events for the
 * next page on the origin to send. Envelope ids let the server drop the copies this can produce
 * (an event sent on `pagehide` whose answer never arrived), so the stream has no losses and no
 * duplicates where it is stored.
 */

/** What became of one batch. */
export type DeliveryOutcome =
  /** 2xx: delete the events. */
  | 'accepted'
  /** The server will never take these (400/422): drop them rather than block the outbox forever. */
  | 'rejected'
  /** 413: send fewer per request. */
  | 'too_large'
  /** No answer, 401, 429, 5xx: keep them and try again later. */
  | 'retry';

export interface OutboxOptions {
  /** Which backend the events are owed to (the client's `baseUrl`). */
  endpoint: string;
  deliver(events: AnalyticsEnvelope[], keepalive: boolean): Promise<DeliveryOutcome>;
  batchSize?: number;
  flushIntervalMs?: number;
  clock: Clock;
  random: RandomSource;
  dbName?: string;
  /** Install `pagehide` / `visibilitychange` listeners (only where a document exists). */
  listen?: boolean;
  /** Storage bound per backend; `MAX_STORED_EVENTS` by default. */
  maxStoredEvents?: number;
}

export interface AnalyticsOutbox {
  /** Stores the envelope; resolves once it is durable (or held in memory without IndexedDB). */
  add(envelope: AnalyticsEnvelope): Promise<void>;
  /** Sends everything waiting, batch by batch; resolves when done or when a send failed. */
  flush(): Promise<void>;
  /** Unload-time send of this page's unsent events with `keepalive`, started synchronously. */
  flushOnHide(): void;
  /** Stops timers and page listeners. Stored events stay for the next page. */
  dispose(): void;
}

/** Browsers cap the bodies of all in-flight keepalive requests together at 64 KiB. */
const KEEPALIVE_BUDGET = 60_000;
/**
 * The one bound on "no loss": a device offline for weeks must not fill its storage with
 * analytics. Past this many events per backend the oldest go first (about 3 MB at ~300 bytes).
 */
export const MAX_STORED_EVENTS = 10_000;
const RETRY = { retries: Infinity, baseDelayMs: 1_000, maxDelayMs: 60_000, maxRetryAfterMs: 60_000 };
const MIN_RETRY_DELAY_MS = 500;

interface OutboxStore {
  put(record: OutboxRecord): Promise<void>;
  oldest(limit: number, skip: ReadonlySet<string>): Promise<OutboxRecord[]>;
  remove(ids: readonly string[]): Promise<void>;
  /** Deletes the oldest events beyond `max`. */
  trim(max: number): Promise<void>;
}

const memoryStores = new Map<string, OutboxRecord[]>();

function outboxStore(dbName: string, endpoint: string): OutboxStore {
  const db = openBankletDb(dbName);
  const range = () => IDBKeyRange.bound([endpoint], [endpoint, [Infinity]]);
  const memory = () => {
    const key = `${dbName}|${endpoint}`;
    let records = memoryStores.get(key);
    if (!records) memoryStores.set(key, (records = []));
    return records;
  };
  return {
    async put(record) {
      const d = await db;
      if (d) await d.put('outbox', record);
      else if (!memory().some((r) => r.id === record.id)) memory().push(record);
    },
    async oldest(limit, skip) {
      const d = await db;
      const records = d ? await d.getAllFromIndex('outbox', 'byEndpoint', range(), limit + skip.size) : memory();
      return records.filter((r) => !skip.has(r.id)).slice(0, limit);
    },
    async remove(ids) {
      const d = await db;
      if (!d) {
        const records = memory();
        for (const id of ids) {
          const at = records.findIndex((r) => r.id === id);
          if (at >= 0) records.splice(at, 1);
        }
        return;
      }
      const tx = d.transaction('outbox', 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },
    async trim(max) {
      const d = await db;
      if (!d) {
        const records = memory();
        if (records.length > max) records.splice(0, records.length - max);
        return;
      }
      const excess = (await d.countFromIndex('outbox', 'byEndpoint', range())) - max;
      if (excess > 0) await this.remove(await d.getAllKeysFromIndex('outbox', 'byEndpoint', range(), excess));
    },
  };
}

export function createAnalyticsOutbox(options: OutboxOptions): AnalyticsOutbox {
  const { endpoint, deliver, clock, random } = options;
  const batchSize = options.batchSize ?? 20;
  const flushIntervalMs = options.flushIntervalMs ?? 5_000;
  const store = outboxStore(options.dbName ?? DB_NAME, endpoint);
  /** Events of this page not yet accepted: what `pagehide` can send without reading storage. */
  const unsent = new Map<string, AnalyticsEnvelope>();
  /** Ids in a request right now; no second request carries them meanwhile. */
  const inFlight = new Set<string>();
  let limit = batchSize;
  let failures = 0;
  let timer: unknown;
  let timerDue = Infinity;
  /** While the server is failing, nothing is sent before this time, however many events arrive. */
  let backoffUntil = 0;
  let running: Promise<void> | undefined;
  let again = false;
  let disposed = false;
  /** Keeps this page's events in order when several share a millisecond. */
  let sequence = 0;

  const schedule = (wanted: number) => {
    const ms = Math.max(wanted, backoffUntil - clock.now());
    if (disposed || clock.now() + ms >= timerDue) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    timerDue = clock.now() + ms;
    timer = clock.setTimeout(() => {
      timer = undefined;
      timerDue = Infinity;
      void flush();
    }, ms);
  };

  const settle = async (ids: string[], outcome: DeliveryOutcome, size: number): Promise<boolean> => {
    if (outcome === 'accepted' || outcome === 'rejected' || (outcome === 'too_large' && size === 1)) {
      await store.remove(ids);
      for (const id of ids) unsent.delete(id);
      failures = 0;
      backoffUntil = 0;
      return true;
    }
    if (outcome === 'too_large') {
      limit = Math.max(1, Math.floor(size / 2));
      return true;
    }
    const delay = Math.max(MIN_RETRY_DELAY_MS, backoffDelay(failures, RETRY, random));
    failures += 1;
    backoffUntil = clock.now() + delay;
    await store.trim(options.maxStoredEvents ?? MAX_STORED_EVENTS).catch(() => undefined);
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    timerDue = Infinity;
    schedule(delay);
    return false;
  };

  /** Sends batch after batch; resolves `false` when a send failed (the retry is scheduled). */
  async function drain(): Promise<boolean> {
    for (;;) {
      const batch = await store.oldest(limit, inFlight);
      if (batch.length === 0 || disposed) return true;
      const ids = batch.map((r) => r.id);
      for (const id of ids) inFlight.add(id);
      let outcome: DeliveryOutcome;
      try {
        outcome = await deliver(batch.map((r) => r.envelope), false);
      } catch {
        outcome = 'retry';
      } finally {
        for (const id of ids) inFlight.delete(id);
      }
      if (!(await settle(ids, outcome, batch.length))) return false;
    }
  }

  /** One drain at a time; a flush asked for meanwhile runs right after it. */
  function flush(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let delivered: boolean;
      do {
        again = false;
        delivered = await drain().catch(() => false);
        // After a failure the backoff timer decides when to try again, not the next add().
      } while (again && delivered && !disposed);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  function flushOnHide(): void {
    const encoder = new TextEncoder();
    let budget = KEEPALIVE_BUDGET;
    let batch: AnalyticsEnvelope[] = [];
    const sendBatch = () => {
      const ids = batch.map((e) => e.id);
      for (const id of ids) inFlight.add(id);
      void deliver(batch, true)
        .catch((): DeliveryOutcome => 'retry')
        .then((outcome) => {
          for (const id of ids) inFlight.delete(id);
          return settle(ids, outcome, ids.length);
        });
      batch = [];
    };
    for (const envelope of unsent.values()) {
      if (inFlight.has(envelope.id)) continue;
      // Bytes, not characters: Chinese text in props takes three bytes per character.
      const bytes = encoder.encode(JSON.stringify(envelope)).length + 1;
      if (bytes > budget) break;
      budget -= bytes;
      batch.push(envelope);
      if (batch.length === batchSize) sendBatch();
    }
    if (batch.length) sendBatch();
  }

  const onPageHide = () => flushOnHide();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushOnHide();
  };
  const listen = options.listen !== false && typeof window !== 'undefined' && typeof document !== 'undefined';
  if (listen) {
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
  }
  // Events an earlier page could not deliver go out shortly after this one starts.
  schedule(flushIntervalMs);

  return {
    async add(envelope) {
      unsent.set(envelope.id, envelope);
      await store.put({ id: envelope.id, endpoint, order: [envelope.ts, sequence++], envelope });
      if (unsent.size - inFlight.size >= limit && clock.now() >= backoffUntil) void flush();
      else schedule(flushIntervalMs);
    },
    flush,
    flushOnHide,
    dispose() {
      disposed = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      if (listen) {
        window.removeEventListener('pagehide', onPageHide);
        document.removeEventListener('visibilitychange', onVisibility);
      }
    },
  };
}
