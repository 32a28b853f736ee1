import { DB_NAME, openBankletDb, persistentKey, type DraftRecord } from './db.js';

/**
 * Encrypted storage for personal drafts (a half-filled card application). Values are JSON,
 * encrypted with AES-GCM under a non-extractable key that is generated once per origin and kept in
 * IndexedDB, with a fresh random 96-bit IV for every write. The record's id is bound in as
 * additional data, so a ciphertext copied onto another record does not decrypt. The database
 * holds ciphertext, IV and expiry only; never the plaintext.
 *
 * Without IndexedDB (some private modes) values live in memory for the page only, which is the
 * documented degraded mode: a reload then starts the form afresh rather than storing it in clear.
 */
export interface SecureStore {
  /** The value, or `undefined` when absent, expired, or not decryptable (then it is removed). */
  get<T>(id: string): Promise<T | undefined>;
  set(id: string, value: unknown, options?: { ttlMs?: number }): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Drafts can be resumed for 30 days. */
export const DRAFT_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const memory = new Map<string, { value: string; expiresAt: number }>();

export function createSecureStore(namespace: string, options: { dbName?: string; now?: () => number } = {}): SecureStore {
  const dbName = options.dbName ?? DB_NAME;
  const now = options.now ?? Date.now;
  const recordId = (id: string) => `${namespace}:${id}`;
  const key = () =>
    persistentKey(dbName, 'secure-store', () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']));
  const aad = (id: string) => new TextEncoder().encode(id);

  return {
    async get<T>(id: string): Promise<T | undefined> {
      const rid = recordId(id);
      const db = await openBankletDb(dbName);
      if (!db) {
        const entry = memory.get(`${dbName}|${rid}`);
        if (!entry || entry.expiresAt <= now()) return undefined;
        return JSON.parse(entry.value) as T;
      }
      const record = await db.get('drafts', rid);
      if (!record) return undefined;
      if (record.expiresAt <= now()) {
        await db.delete('drafts', rid);
        return undefined;
      }
      try {
        const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: record.iv, additionalData: aad(rid) }, await key(), record.ciphertext);
        return JSON.parse(new TextDecoder().decode(plain)) as T;
      } catch {
        // Tampered with, or written under a key that no longer exists (site data partly cleared).
        await db.delete('drafts', rid);
        return undefined;
      }
    },

    async set(id, value, { ttlMs = DRAFT_TTL_MS } = {}) {
      const rid = recordId(id);
      const text = JSON.stringify(value);
      const expiresAt = now() + ttlMs;
      const db = await openBankletDb(dbName);
      if (!db) {
        memory.set(`${dbName}|${rid}`, { value: text, expiresAt });
        return;
      }
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(rid) }, await key(), new TextEncoder().encode(text));
      const record: DraftRecord = { id: rid, iv, ciphertext, expiresAt };
      await db.put('drafts', record);
    },

    async delete(id) {
      const rid = recordId(id);
      memory.delete(`${dbName}|${rid}`);
      const db = await openBankletDb(dbName);
      await db?.delete('drafts', rid);
    },
  };
}

/** Removes every expired draft of every namespace; cheap enough to call at start-up. */
export async function purgeExpiredDrafts(options: { dbName?: string; now?: () => number } = {}): Promise<number> {
  const db = await openBankletDb(options.dbName ?? DB_NAME);
  if (!db) return 0;
  const now = (options.now ?? Date.now)();
  const tx = db.transaction('drafts', 'readwrite');
  let removed = 0;
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.expiresAt <= now) {
      await cursor.delete();
      removed += 1;
    }
  }
  await tx.done;
  return removed;
}
