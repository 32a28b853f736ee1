/**
 * Test helper: searches everywhere a page can keep or leak data for secrets a journey handled —
 * the bearer tokens it was issued, the PINs typed, the personal data entered — and reports where
 * each was found. docs/security.md promises none of them ever lands in storage or a URL; this
 * checks that promise after real journeys instead of trusting it.
 *
 * Places read: localStorage, sessionStorage, `document.cookie`, every record and key of every
 * object store of every IndexedDB database of the origin (`indexedDB.databases()`), Cache
 * Storage (request URLs and bodies), `location.href`, `history.state` and the URL of every
 * resource the page requested (Resource Timing: a token in a query string would show there).
 *
 * Binary values (the encrypted drafts and caches, IVs) are searched as UTF-8 and Latin-1 text, so
 * a secret stored unencrypted as bytes is found too, and as hex for digit strings packed into
 * nibbles (BCD, an ISO 9564 PIN block). Each secret is searched for as written, URL-encoded,
 * base64 (standard and URL-safe) and JSON-escaped; a token also by its payload and signature
 * alone, which are unique to it.
 */

export interface Secrets {
  /** Bearer tokens the journey was issued. */
  tokens: string[];
  /** PINs and payment passwords typed. */
  pins: string[];
  /** Plaintext personal data entered: name, ID number, mobile, email, address… */
  personal: string[];
}

export type SecretKind = keyof Secrets;

export interface Finding {
  kind: SecretKind;
  /** Where it was found, e.g. `indexedDB banklet/drafts` or `localStorage`. */
  where: string;
  /** The secret, shortened, so a failure message does not become a leak of its own. */
  secret: string;
}

export interface ScanReport {
  findings: Finding[];
  /** Places read (stores, storages, URLs), to show the scan looked somewhere. */
  places: string[];
  /** Characters of text searched. */
  searched: number;
}

export const emptySecrets = (): Secrets => ({ tokens: [], pins: [], personal: [] });

const base64 = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};

/** The forms a secret might take once serialized as text; all compared case-sensitively. */
function variants(kind: SecretKind, secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]);
  // Base64 of short values (a 6-digit PIN is 8 characters) matches random data too often to mean
  // anything; it is searched for secrets long enough to be distinctive.
  if (secret.length >= 8) {
    const b64 = base64(secret).replace(/=+$/, '');
    forms.add(b64);
    forms.add(b64.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  if (kind === 'tokens') for (const part of secret.split('.')) if (part.length >= 16) forms.add(part);
  return [...forms].filter((form) => form.length > 0);
}

/**
 * The forms a digit string takes packed into nibbles, searched in the hex of binary values. A PIN
 * is short enough to occur by chance in kilobytes of ciphertext, so it is looked for only inside
 * the ISO 9564 PIN block layouts (format 0/1/3/4: a format nibble, the length, the digits), whose
 * eight-plus hex digits random data practically never matches.
 */
function packedVariants(kind: SecretKind, secret: string): string[] {
  if (!/^\d+$/.test(secret)) return [];
  if (kind === 'pins') return ['0', '1', '3', '4'].map((format) => `${format}${secret.length.toString(16)}${secret}`);
  return secret.length >= 8 ? [secret] : [];
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Where hex dumps of binary values are collected, apart from the text. */
const HEX = Symbol('hex');
type Collected = string[] & { [HEX]?: string[] };

/** Every string a value holds (keys included), bytes decoded three ways, Blobs read. */
async function texts(value: unknown, out: Collected, seen = new WeakSet<object>()): Promise<void> {
  if (value === null || value === undefined) return;
  if (typeof value === 'string') {
    out.push(value);
    return;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    out.push(String(value));
    return;
  }
  if (typeof value !== 'object') return;
  if (seen.has(value)) return;
  seen.add(value);
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    out.push(new TextDecoder().decode(bytes), new TextDecoder('latin1').decode(bytes));
    (out[HEX] ??= []).push(hex(bytes));
    return;
  }
  if (value instanceof Blob) {
    out.push(await value.text());
    return;
  }
  if (value instanceof Date) {
    out.push(value.toISOString());
    return;
  }
  if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) return; // opaque by design
  if (value instanceof Map) {
    for (const [k, v] of value) {
      await texts(k, out, seen);
      await texts(v, out, seen);
    }
    return;
  }
  if (value instanceof Set || Array.isArray(value)) {
    for (const item of value) await texts(item, out, seen);
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    out.push(k);
    await texts(v, out, seen);
  }
}

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** Every record and key of every object store of every IndexedDB database, by `db/store`. */
async function indexedDbTexts(): Promise<Map<string, Collected>> {
  const places = new Map<string, Collected>();
  if (typeof indexedDB === 'undefined') return places;
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    // Opening without a version never upgrades; the database exists, `databases()` listed it.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(info.name!);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      for (const name of [...db.objectStoreNames]) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        const [values, keys] = await Promise.all([request(store.getAll()), request(store.getAllKeys())]);
        const out: Collected = [];
        await texts(values, out);
        await texts(keys, out);
        places.set(`indexedDB ${info.name}/${name}`, out);
      }
    } finally {
      db.close();
    }
  }
  return places;
}

async function cacheStorageTexts(): Promise<Map<string, string[]>> {
  const places = new Map<string, string[]>();
  if (typeof caches === 'undefined') return places;
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    const out: string[] = [];
    for (const req of await cache.keys()) {
      out.push(req.url);
      const response = await cache.match(req);
      if (response) out.push(await response.text());
    }
    places.set(`caches ${name}`, out);
  }
  return places;
}

function webStorageTexts(storage: Storage): string[] {
  const out: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i)!;
    out.push(key, storage.getItem(key) ?? '');
  }
  return out;
}

/** Reads every place and returns where any form of any secret was found. */
export async function scanForSecrets(secrets: Secrets): Promise<ScanReport> {
  const places = new Map<string, Collected>();
  places.set('localStorage', webStorageTexts(localStorage));
  places.set('sessionStorage', webStorageTexts(sessionStorage));
  places.set('document.cookie', [document.cookie]);
  for (const [where, out] of await indexedDbTexts()) places.set(where, out);
  for (const [where, out] of await cacheStorageTexts()) places.set(where, out);
  const state: Collected = [];
  await texts(history.state, state);
  places.set('location.href', [location.href, decodeURIComponent(location.href)]);
  places.set('history.state', state);
  places.set('requested URLs', performance.getEntriesByType('resource').map((entry) => entry.name));

  const findings: Finding[] = [];
  let searched = 0;
  for (const [where, out] of places) {
    const haystack = out.join('\u0000');
    const packed = (out[HEX] ?? []).join('\u0000').toLowerCase();
    searched += haystack.length + packed.length;
    for (const kind of Object.keys(secrets) as SecretKind[]) {
      for (const secret of new Set(secrets[kind])) {
        if (!secret) continue;
        if (variants(kind, secret).some((form) => haystack.includes(form)) || packedVariants(kind, secret).some((form) => packed.includes(form))) {
          findings.push({ kind, where, secret: secret.length > 8 ? `${secret.slice(0, 4)}…${secret.slice(-2)}` : '*'.repeat(secret.length) });
        }
      }
    }
  }
  return { findings, places: [...places.keys()], searched };
}
