import { randomId } from './analytics-envelope.js';
import { DB_NAME, openBankletDb, persistentKey, type IdempotencyRecord } from './db.js';

/**
 * Idempotency keys per user intent. A key is made before the first attempt and written to
 * IndexedDB, so every retry, a reload, a second tab or a second client instance that performs the
 * same intent with the same body sends the same `Idempotency-Key`, and the server applies the
 * action at most once. The key is dropped only once the outcome is known for good; a different
 * body for the same intent (the user changed the amount) is a different action and gets a new key.
 *
 * Where IndexedDB is unavailable (some private modes) keys are kept in memory: retries and double
 * taps on the page stay safe, a reload does not; that is the documented degraded mode.
 */
export interface IdempotencyKeys {
  /** The key for `intent` with this body: the stored one when the body is unchanged, else a new one. */
  acquire(intent: string, body: unknown): Promise<string>;
  /** Forgets the key after a terminal outcome (only if it is still the key stored for `intent`). */
  release(intent: string, key: string): Promise<void>;
}

/**
 * How long a kept key stays usable. Matches the time a server is expected to remember outcomes
 * per key; after that a replay could no longer be recognised anyway.
 */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

const memory = new Map<string, Map<string, IdempotencyRecord>>();

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` are the same body. */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? ''
  );
}

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * A keyed hash (HMAC-SHA-256 under a non-extractable key) of the body. Bodies can hold personal
 * data such as an ID number; a plain hash of such low-entropy values could be reversed by
 * guessing, a keyed one cannot without the key. Without WebCrypto (insecure contexts) a 64-bit
 * FNV-1a hash still tells bodies apart, which is all the comparison needs.
 */
async function fingerprint(dbName: string, body: unknown): Promise<string> {
  const text = canonicalJson(body);
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const key = await persistentKey(dbName, 'idempotency-hmac', () =>
      subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']) as Promise<CryptoKey>,
    );
    return hex(await subtle.sign('HMAC', key, new TextEncoder().encode(text)));
  }
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16);
}

export function createIdempotencyKeys(options: { dbName?: string; now?: () => number } = {}): IdempotencyKeys {
  const dbName = options.dbName ?? DB_NAME;
  const now = options.now ?? Date.now;
  const fresh = (intent: string, print: string): IdempotencyRecord => ({ intent, key: randomId(), fingerprint: print, createdAt: now() });
  const reusable = (record: IdempotencyRecord | undefined, print: string) =>
    record !== undefined && record.fingerprint === print && now() - record.createdAt < IDEMPOTENCY_TTL_MS;

  return {
    async acquire(intent, body) {
      const print = await fingerprint(dbName, body);
      const db = await openBankletDb(dbName);
      if (!db) {
        let map = memory.get(dbName);
        if (!map) memory.set(dbName, (map = new Map()));
        const known = map.get(intent);
        if (reusable(known, print)) return known!.key;
        const record = fresh(intent, print);
        map.set(intent, record);
        return record.key;
      }
      // Read and write in one readwrite transaction: IndexedDB serialises those per store, so two
      // taps (or tabs) racing on the same intent end up with the same key.
      const tx = db.transaction('idempotency', 'readwrite');
      const known = await tx.store.get(intent);
      let key: string;
      if (reusable(known, print)) key = known!.key;
      else {
        const record = fresh(intent, print);
        await tx.store.put(record);
        key = record.key;
      }
      await tx.done;
      return key;
    },

    async release(intent, key) {
      const db = await openBankletDb(dbName);
      if (!db) {
        const map = memory.get(dbName);
        if (map?.get(intent)?.key === key) map.delete(intent);
        return;
      }
      const tx = db.transaction('idempotency', 'readwrite');
      if ((await tx.store.get(intent))?.key === key) await tx.store.delete(intent);
      await tx.done;
    },
  };
}
