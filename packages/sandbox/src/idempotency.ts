/**
 * Server-side idempotency: one stored outcome per (member, key).
 *
 * The lookup, the operation and the insert of its outcome all happen inside the request's single
 * `BEGIN IMMEDIATE` transaction (app.ts), and handlers are synchronous, so between "key not seen"
 * and "outcome stored" no other request can run — in this process (one event loop) or in another
 * (SQLite's write lock). 200 concurrent retries therefore see exactly one execution and 199
 * replays. The primary key on (member_id, key) backs this up at the storage level.
 */
import { createHash } from 'node:crypto';
import type { Db } from './db.js';

export interface StoredOutcome {
  status: number;
  body: unknown;
}

export type Lookup =
  | { kind: 'new' }
  | { kind: 'replay'; outcome: StoredOutcome }
  | { kind: 'mismatch' };

/** Canonical JSON (sorted keys) so `{a,b}` and `{b,a}` are the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * What makes two requests "the same": method, concrete path and body as the client sent it
 * (before defaults are applied, so omitting a default and stating it are different requests,
 * which is the conservative reading).
 */
export function fingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method.toUpperCase()} ${path}\n${canonical(body)}`).digest('hex');
}

export interface IdempotencyStore {
  lookup(memberId: string, key: string, fingerprint: string): Lookup;
  store(memberId: string, key: string, fingerprint: string, operation: string, outcome: StoredOutcome): void;
}

export function createIdempotencyStore(db: Db): IdempotencyStore {
  const select = db.prepare<[string, string], { fingerprint: string; status: number; body: string }>(
    'SELECT fingerprint, status, body FROM idempotency WHERE member_id = ? AND key = ?',
  );
  const insert = db.prepare(
    'INSERT INTO idempotency (member_id, key, fingerprint, operation, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return {
    lookup(memberId, key, print) {
      const row = select.get(memberId, key);
      if (!row) return { kind: 'new' };
      if (row.fingerprint !== print) return { kind: 'mismatch' };
      return { kind: 'replay', outcome: { status: row.status, body: JSON.parse(row.body) } };
    },
    store(memberId, key, print, operation, outcome) {
      insert.run(memberId, key, print, operation, outcome.status, JSON.stringify(outcome.body), Date.now());
    },
  };
}
