import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AnalyticsEnvelope } from './analytics-envelope.js';

/** The default IndexedDB database of every Banklet store on an origin. */
export const DB_NAME = 'banklet';

export interface IdempotencyRecord {
  /** The caller's stable name of the user intent, e.g. `payment-confirm:pi_123`. */
  intent: string;
  key: string;
  /** Keyed hash of the request body: a different body is a different action. */
  fingerprint: string;
  createdAt: number;
}

export interface DraftRecord {
  /** `namespace:id`. */
  id: string;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: ArrayBuffer;
  expiresAt: number;
}

export interface OutboxRecord {
  /** The envelope id, so a second write of the same event is a no-op. */
  id: string;
  /** Base URL the event is owed to; two clients on one page may report to different backends. */
  endpoint: string;
  /** Event time, then a per-page counter: the send order when several share a millisecond. */
  order: [number, number];
  envelope: AnalyticsEnvelope;
}

export interface BankletSchema extends DBSchema {
  idempotency: { key: string; value: IdempotencyRecord };
  /** Non-extractable WebCrypto keys (structured-cloneable, unreadable as bytes). */
  keys: { key: string; value: { id: string; key: CryptoKey } };
  drafts: { key: string; value: DraftRecord };
  outbox: { key: string; value: OutboxRecord; indexes: { byEndpoint: [string, [number, number]] } };
}

export type BankletDb = IDBPDatabase<BankletSchema>;

const opened = new Map<string, Promise<BankletDb | undefined>>();

/**
 * Opens (once per page) the database that holds all Banklet stores. Resolves `undefined` where
 * IndexedDB is missing or refused (some private modes, sandboxed iframes); every caller then keeps
 * its data in memory for the page's lifetime instead, which is documented as the degraded mode.
 */
export function openBankletDb(name: string = DB_NAME): Promise<BankletDb | undefined> {
  let db = opened.get(name);
  if (!db) {
    // `indexedDB.open` itself may throw (a sandboxed iframe, a locked-down WebView), hence the
    // `then`: every failure ends in the catch below instead of escaping synchronously.
    db = (typeof indexedDB === 'undefined'
      ? Promise.resolve(undefined)
      : Promise.resolve().then(() => openDB<BankletSchema>(name, 1, {
          upgrade(database) {
            database.createObjectStore('idempotency', { keyPath: 'intent' });
            database.createObjectStore('keys', { keyPath: 'id' });
            database.createObjectStore('drafts', { keyPath: 'id' });
            database.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byEndpoint', ['endpoint', 'order']);
          },
          // A newer Banklet in another tab wants to upgrade: step aside instead of blocking it.
          blocking() {
            opened.delete(name);
            void db?.then((d) => d?.close());
          },
          terminated() {
            opened.delete(name);
          },
        }))
    ).catch(() => undefined);
    opened.set(name, db);
  }
  return db;
}

const memoryKeys = new Map<string, Promise<CryptoKey>>();

/**
 * A WebCrypto key generated once per origin and kept in IndexedDB. Keys are created
 * non-extractable, so neither script on the page nor someone reading the database files can
 * export the bytes; without IndexedDB the key lives for the page only.
 */
export function persistentKey(dbName: string, id: string, generate: () => Promise<CryptoKey>): Promise<CryptoKey> {
  const cacheKey = `${dbName}|${id}`;
  let key = memoryKeys.get(cacheKey);
  if (!key) {
    key = openBankletDb(dbName).then(async (db) => {
      if (!db) return generate();
      const existing = await db.get('keys', id);
      if (existing) return existing.key;
      const fresh = await generate();
      // Two tabs may race to create the key: `add` lets only one win, and the loser reads it back.
      try {
        await db.add('keys', { id, key: fresh });
        return fresh;
      } catch {
        const winner = await db.get('keys', id);
        return winner ? winner.key : fresh;
      }
    });
    key.catch(() => memoryKeys.delete(cacheKey));
    memoryKeys.set(cacheKey, key);
  }
  return key;
}
