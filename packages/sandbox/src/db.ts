/**
 * The sandbox's store: one SQLite file per data directory, in WAL mode so readers never block the
 * writer and a killed process loses nothing that was committed. Every request that writes runs in
 * one `BEGIN IMMEDIATE` transaction (see app.ts), which is what makes idempotency and "exactly one
 * side effect" hold even across processes sharing the file.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

/**
 * Bump when SCHEMA changes and add the step from the previous version to MIGRATIONS; a file of a
 * version without a step is rejected rather than half-migrated.
 */
const SCHEMA_VERSION = 2;

/**
 * Tickets handing a payment to a host's native pay page (mini-programs). A ticket is bound to the
 * member, the intent and the choice made in the widget; at most one is live per intent, so a pay
 * page opened earlier (with another choice) can no longer pay once the person started again.
 */
const PAYMENT_HANDOFFS = `
CREATE TABLE payment_handoffs (
  ticket TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id),
  intent_id TEXT NOT NULL REFERENCES payment_intents(id),
  selection TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('live','superseded','succeeded','failed','cancelled')),
  payment_id TEXT REFERENCES payments(id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  completed_at INTEGER
);
CREATE UNIQUE INDEX handoffs_one_live_per_intent ON payment_handoffs (intent_id) WHERE status = 'live';
`;

/** Additive steps: MIGRATIONS[v] takes a file from version v to v + 1. */
const MIGRATIONS: Record<number, string> = { 1: PAYMENT_HANDOFFS };

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE members (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  segment TEXT NOT NULL,
  points_balance INTEGER NOT NULL DEFAULT 0 CHECK (points_balance >= 0),
  qualifying_points INTEGER NOT NULL DEFAULT 0,
  cash_balance INTEGER NOT NULL DEFAULT 0 CHECK (cash_balance >= 0),
  currency TEXT NOT NULL DEFAULT 'CNY',
  last_method TEXT,
  created_at INTEGER NOT NULL
);

CREATE TABLE ledger (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id TEXT NOT NULL REFERENCES members(id),
  ts INTEGER NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('earn','redeem','expire','adjust')),
  code TEXT NOT NULL,
  points INTEGER NOT NULL,
  merchant TEXT,
  reason TEXT,
  detail TEXT,
  expires_at INTEGER
);
CREATE INDEX ledger_member_ts ON ledger (member_id, ts DESC, id DESC);
CREATE INDEX ledger_member_type_ts ON ledger (member_id, type, ts DESC, id DESC);
CREATE INDEX ledger_member_expiry ON ledger (member_id, expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE products (
  id TEXT PRIMARY KEY,
  sort INTEGER NOT NULL,
  network TEXT NOT NULL,
  annual_fee INTEGER NOT NULL,
  limit_min INTEGER NOT NULL,
  limit_max INTEGER NOT NULL,
  currency TEXT NOT NULL,
  ranks TEXT NOT NULL,
  texts TEXT NOT NULL
);

CREATE TABLE terms (
  id TEXT NOT NULL,
  product_id TEXT,
  version TEXT NOT NULL,
  required INTEGER NOT NULL,
  effective_from TEXT NOT NULL,
  texts TEXT NOT NULL,
  sort INTEGER NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE cards (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id),
  network TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('credit','debit')),
  last4 TEXT NOT NULL,
  expiry TEXT NOT NULL,
  status TEXT NOT NULL,
  application_id TEXT UNIQUE,
  cardholder TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX cards_member ON cards (member_id, created_at);

CREATE TABLE card_applications (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id),
  product_id TEXT NOT NULL REFERENCES products(id),
  reference TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL,
  credit_limit INTEGER,
  planned_limit INTEGER,
  currency TEXT NOT NULL,
  reason_code TEXT,
  masked_name TEXT NOT NULL,
  masked_mobile TEXT NOT NULL,
  id_last4 TEXT NOT NULL,
  details TEXT NOT NULL,
  submitted_at INTEGER NOT NULL,
  decide_at INTEGER,
  decided_at INTEGER,
  activated_at INTEGER
);

CREATE TABLE otp_challenges (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id),
  mobile TEXT NOT NULL,
  purpose TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  verification_id TEXT UNIQUE,
  verified_at INTEGER,
  used_at INTEGER
);
CREATE INDEX otp_member_mobile ON otp_challenges (member_id, mobile, purpose, created_at DESC);

CREATE TABLE catalogue (
  id TEXT PRIMARY KEY,
  sort INTEGER NOT NULL,
  kind TEXT NOT NULL,
  points_price INTEGER NOT NULL,
  stock INTEGER NOT NULL CHECK (stock >= 0),
  min_tier TEXT NOT NULL,
  texts TEXT NOT NULL
);

CREATE TABLE redemptions (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id),
  item_id TEXT NOT NULL REFERENCES catalogue(id),
  quantity INTEGER NOT NULL,
  points INTEGER NOT NULL,
  balance_after INTEGER NOT NULL,
  voucher_code TEXT,
  created_at INTEGER NOT NULL
);

CREATE TABLE check_ins (
  member_id TEXT NOT NULL REFERENCES members(id),
  day TEXT NOT NULL,
  streak INTEGER NOT NULL,
  points INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (member_id, day)
);

CREATE TABLE tasks (
  id TEXT PRIMARY KEY,
  sort INTEGER NOT NULL,
  kind TEXT NOT NULL,
  target INTEGER NOT NULL,
  reward_points INTEGER NOT NULL,
  expires_at INTEGER,
  texts TEXT NOT NULL
);

CREATE TABLE member_tasks (
  member_id TEXT NOT NULL REFERENCES members(id),
  task_id TEXT NOT NULL REFERENCES tasks(id),
  progress INTEGER NOT NULL DEFAULT 0,
  claimed_at INTEGER,
  PRIMARY KEY (member_id, task_id)
);

CREATE TABLE offers (
  id TEXT PRIMARY KEY,
  placement TEXT NOT NULL,
  type TEXT NOT NULL,
  variants TEXT NOT NULL,
  sort INTEGER NOT NULL,
  cta_kind TEXT NOT NULL,
  cta_url TEXT,
  expires_at INTEGER NOT NULL,
  texts TEXT NOT NULL
);

CREATE TABLE offer_claims (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id),
  offer_id TEXT NOT NULL REFERENCES offers(id),
  coupon_code TEXT,
  created_at INTEGER NOT NULL,
  UNIQUE (member_id, offer_id)
);

CREATE TABLE payment_intents (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id),
  merchant_id TEXT NOT NULL,
  merchant_name TEXT NOT NULL,
  amount INTEGER NOT NULL,
  currency TEXT NOT NULL,
  lines TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX intents_member ON payment_intents (member_id, created_at);

CREATE TABLE step_up_challenges (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id),
  intent_id TEXT NOT NULL REFERENCES payment_intents(id),
  nonce TEXT NOT NULL,
  methods TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);

CREATE TABLE payments (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id),
  intent_id TEXT NOT NULL REFERENCES payment_intents(id),
  status TEXT NOT NULL,
  amount INTEGER NOT NULL,
  cash_amount INTEGER NOT NULL,
  currency TEXT NOT NULL,
  points_used INTEGER NOT NULL,
  method TEXT NOT NULL,
  instalment TEXT,
  reference TEXT NOT NULL UNIQUE,
  points_earned INTEGER NOT NULL,
  failure_code TEXT,
  created_at INTEGER NOT NULL,
  settle_at INTEGER
);
CREATE INDEX payments_intent ON payments (intent_id);
-- At most one payment per intent that is not failed: the last line of defence against a double
-- charge, below idempotency keys and the intent status check.
CREATE UNIQUE INDEX payments_one_live_per_intent ON payments (intent_id) WHERE status <> 'failed';
${PAYMENT_HANDOFFS}
CREATE TABLE ratings (
  payment_id TEXT PRIMARY KEY REFERENCES payments(id),
  member_id TEXT NOT NULL REFERENCES members(id),
  stars INTEGER NOT NULL,
  comment TEXT,
  rated_at INTEGER NOT NULL
);

CREATE TABLE analytics_events (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL,
  name TEXT NOT NULL,
  ts INTEGER NOT NULL,
  widget TEXT NOT NULL,
  session_id TEXT NOT NULL,
  correlation_id TEXT NOT NULL,
  experiment_id TEXT,
  variant TEXT,
  props TEXT NOT NULL,
  received_at INTEGER NOT NULL
);
CREATE INDEX analytics_ts ON analytics_events (ts);

-- Server-side idempotency. The primary key is what guarantees one stored outcome per member and
-- key even if two processes race; the fingerprint detects a key reused for a different request.
CREATE TABLE idempotency (
  member_id TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  operation TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (member_id, key)
);
`;

/** Opens (creating when needed) the store in `dataDir`. Returns whether the schema was just created. */
export function openDb(dataDir: string): { db: Db; created: boolean } {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'banklet.sqlite'), { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  // NORMAL is durable against a killed process in WAL mode (only an OS crash can lose the last
  // transactions), and several times faster than FULL for the seed and the concurrency tests.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === SCHEMA_VERSION) return { db, created: false };
  if (version !== 0 && !migratable(version)) {
    db.close();
    throw new Error(`sandbox: ${dataDir} holds schema version ${version}, expected ${SCHEMA_VERSION}; use a fresh data dir`);
  }
  // Re-checked under the write lock: two processes opening the same dir at once create (or
  // migrate) it once.
  const created = db
    .transaction(() => {
      let current = db.pragma('user_version', { simple: true }) as number;
      if (current === SCHEMA_VERSION) return false;
      if (current === 0) db.exec(SCHEMA);
      else for (; current < SCHEMA_VERSION; current += 1) db.exec(MIGRATIONS[current]!);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
      return current === 0;
    })
    .immediate();
  return { db, created };
}

function migratable(version: number): boolean {
  for (let v = version; v < SCHEMA_VERSION; v += 1) if (MIGRATIONS[v] === undefined) return false;
  return version < SCHEMA_VERSION;
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
