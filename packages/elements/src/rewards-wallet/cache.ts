import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * The wallet's offline cache: the last account, ledger view, catalogue, check-in and tasks, so a
 * returning member sees their wallet at once and offline (stale-while-revalidate).
 *
 * Its own database (`banklet-wallet-cache`), so clearing it never touches the SDK's idempotency
 * keys or analytics outbox. A points history names merchants and dates — personal data — so
 * every record is encrypted with AES-GCM under a non-extractable WebCrypto key (DESIGN.md:
 * storage), and nothing is cached where WebCrypto is missing. The cache is best-effort: any
 * failure reads as "nothing cached" and never reaches the member.
 */

export const CACHE_DB = 'banklet-wallet-cache';

interface CacheSchema extends DBSchema {
  records: { key: string; value: { id: string; iv: Uint8Array; data: ArrayBuffer; savedAt: number } };
  keys: { key: string; value: { id: string; key: CryptoKey } };
}

type Db = IDBPDatabase<CacheSchema>;

export interface Cached<T> {
  value: T;
  savedAt: number;
}

let database: Promise<Db | undefined> | undefined;
let cryptoKey: Promise<CryptoKey | undefined> | undefined;

function open(): Promise<Db | undefined> {
  database ??= (typeof indexedDB === 'undefined' || !globalThis.crypto?.subtle
    ? Promise.resolve(undefined)
    : openDB<CacheSchema>(CACHE_DB, 1, {
        upgrade(db) {
          db.createObjectStore('records', { keyPath: 'id' });
          db.createObjectStore('keys', { keyPath: 'id' });
        },
        // Another tab upgrading: step aside rather than block it.
        blocking() {
          const closing = database;
          database = undefined;
          cryptoKey = undefined;
          void closing?.then((db) => db?.close());
        },
      })
  ).catch(() => undefined);
  return database;
}

function key(db: Db): Promise<CryptoKey | undefined> {
  cryptoKey ??= (async () => {
    const stored = await db.get('keys', 'wallet');
    if (stored) return stored.key;
    const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    // Two tabs may race: `add` lets one win and the other reads the winner back.
    try {
      await db.add('keys', { id: 'wallet', key: fresh });
      return fresh;
    } catch {
      return (await db.get('keys', 'wallet'))?.key;
    }
  })().catch(() => undefined);
  return cryptoKey;
}

/**
 * What this page last read or wrote, by record id. Reads after the first are answered from here
 * without touching IndexedDB, and writes land here at once and reach IndexedDB shortly after,
 * newest value only: a wallet that is mounted, refreshed and removed in quick succession (a
 * single-page app switching tabs) never queues a pile of database work that would keep old
 * elements alive until it drains.
 */
const memory = new Map<string, Promise<Cached<unknown> | undefined>>();
const unsaved = new Map<string, Cached<unknown>>();
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let saving: Promise<void> = Promise.resolve();
const SAVE_DELAY_MS = 250;

async function readStored(id: string): Promise<Cached<unknown> | undefined> {
  try {
    const db = await open();
    const secret = db && (await key(db));
    if (!db || !secret) return undefined;
    const record = await db.get('records', id);
    if (!record) return undefined;
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(record.iv) }, secret, record.data);
    return { value: JSON.parse(new TextDecoder().decode(plain)), savedAt: record.savedAt };
  } catch {
    return undefined;
  }
}

async function store(entries: [string, Cached<unknown>][]): Promise<void> {
  try {
    const db = await open();
    const secret = db && (await key(db));
    if (!db || !secret) return;
    const records = await Promise.all(
      entries.map(async ([id, { value, savedAt }]) => {
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, secret, new TextEncoder().encode(JSON.stringify(value)));
        return { id, iv, data, savedAt };
      }),
    );
    const tx = db.transaction('records', 'readwrite');
    await Promise.all([...records.map((record) => tx.store.put(record)), tx.done]);
  } catch {
    // Quota or a closing database: this page simply keeps its copy in memory.
  }
}

/** Writes everything not yet saved (also what tests await before reading the database back). */
export function flushWalletCache(): Promise<void> {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  const batch = [...unsaved];
  unsaved.clear();
  if (batch.length > 0) saving = saving.then(() => store(batch));
  return saving;
}

/** One scope per API base URL: two banks on one origin never read each other's data. */
export class WalletCache {
  constructor(private readonly scope: string) {}

  private id(name: string): string {
    return `${this.scope}|${name}`;
  }

  /**
   * The cached value, or `undefined`. Values are shared with other wallets on the page and must
   * be treated as immutable (the wallet replaces its data, it never edits it in place).
   */
  read<T>(name: string): Promise<Cached<T> | undefined> {
    const id = this.id(name);
    let value = memory.get(id);
    if (!value) {
      value = readStored(id);
      memory.set(id, value);
    }
    return value as Promise<Cached<T> | undefined>;
  }

  write(name: string, value: unknown, savedAt = Date.now()): void {
    const id = this.id(name);
    const cached = { value, savedAt };
    memory.set(id, Promise.resolve(cached));
    unsaved.set(id, cached);
    saveTimer ??= setTimeout(() => void flushWalletCache(), SAVE_DELAY_MS);
  }

  /** Forgets everything cached for this scope (another member signed in). */
  async clear(): Promise<void> {
    const prefix = `${this.scope}|`;
    for (const id of [...memory.keys()]) if (id.startsWith(prefix)) memory.delete(id);
    for (const id of [...unsaved.keys()]) if (id.startsWith(prefix)) unsaved.delete(id);
    try {
      await saving;
      const db = await open();
      await db?.delete('records', IDBKeyRange.bound(prefix, `${prefix}\uffff`));
    } catch {
      // Nothing to clear.
    }
  }
}

/** Deletes every cached wallet on this origin; hosts call it when a member signs out. */
export async function clearAllWalletCaches(): Promise<void> {
  memory.clear();
  unsaved.clear();
  try {
    await saving;
    const db = await open();
    await db?.clear('records');
  } catch {
    // Nothing to clear.
  }
}

/** Test hook: forget this page's copies, so the next read comes from IndexedDB. */
export function dropWalletCacheMemory(): void {
  memory.clear();
}
