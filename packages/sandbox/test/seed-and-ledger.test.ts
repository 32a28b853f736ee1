/**
 * Seed data: fast (the 100,000-entry ledger included), deterministic across data dirs, seeded only
 * once per data dir; and the ledger API pages through it by cursor without gaps or repeats.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openDb } from '../src/db.js';
import { SEEDED_MEMBER_IDS, seedIfEmpty } from '../src/seed.js';
import { rmSync } from 'node:fs';
import { call, count, startTestSandbox, tempDir, type TestSandbox } from './helpers.js';

let sandbox: TestSandbox;
let token: string;
before(async () => {
  sandbox = await startTestSandbox();
  token = await sandbox.token('m-ledger');
});
after(() => sandbox.dispose());

test('seeding a fresh data dir (with the 100,000-entry ledger) takes well under a few seconds', () => {
  const dir = tempDir();
  const { db } = openDb(dir);
  const started = performance.now();
  assert.equal(seedIfEmpty(db), true);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < 3_000, `seeding took ${elapsed.toFixed(0)} ms`);
  assert.equal(count(db, 'ledger', "member_id = 'm-ledger'"), 100_000);
  assert.equal(seedIfEmpty(db), false, 'a seeded store is not seeded again');
  assert.equal(count(db, 'ledger', "member_id = 'm-ledger'"), 100_000);
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('seed data is deterministic and consistent: balances equal ledger sums; four value tiers', () => {
  const dir = tempDir();
  const { db: other } = openDb(dir);
  seedIfEmpty(other);
  const db = sandbox.db();
  const shape = (d: typeof db) =>
    d.prepare("SELECT member_id, type, code, points, merchant FROM ledger WHERE member_id <> 'm-ledger' ORDER BY id").all();
  assert.deepEqual(shape(other), shape(db));
  for (const id of SEEDED_MEMBER_IDS) {
    const { balance, sum } = db
      .prepare('SELECT points_balance AS balance, (SELECT SUM(points) FROM ledger WHERE member_id = m.id) AS sum FROM members m WHERE id = ?')
      .get(id) as { balance: number; sum: number };
    assert.equal(balance, sum, `${id}: balance ${balance} ≠ ledger ${sum}`);
  }
  const segments = db.prepare("SELECT id, segment FROM members WHERE id IN ('m-high','m-mid','m-low','m-potential') ORDER BY id").all();
  assert.deepEqual(segments, [
    { id: 'm-high', segment: 'high' },
    { id: 'm-low', segment: 'low' },
    { id: 'm-mid', segment: 'mid' },
    { id: 'm-potential', segment: 'potential' },
  ]);
  other.close();
  rmSync(dir, { recursive: true, force: true });
});

test('each seeded member sees their own tier and a product recommended for their segment', async () => {
  const expected: Record<string, [string, string]> = {
    'm-high': ['high', 'p-platinum'],
    'm-mid': ['mid', 'p-travel'],
    'm-low': ['low', 'p-cashback'],
    'm-potential': ['potential', 'p-young'],
  };
  for (const [member, [tier, product]] of Object.entries(expected)) {
    const t = await sandbox.token(member);
    const account = await call(sandbox.api, 'GET', '/rewards/account', { token: t });
    assert.equal(account.body.tier.id, tier, member);
    const products = await call(sandbox.api, 'GET', '/card-products', { token: t });
    assert.equal(products.body.segment, tier);
    assert.equal(products.body.items[0].id, product, member);
    assert.equal(products.body.items[0].recommended, true);
    assert.equal(products.body.items.filter((p: { recommended: boolean }) => p.recommended).length, 1);
  }
});

test('cursor pagination walks the 100,000-entry ledger without gaps or repeats', async () => {
  const seen = new Set<string>();
  let cursor: string | undefined;
  let previous = '';
  const started = performance.now();
  for (let page = 0; page < 30; page += 1) {
    const result = await call(sandbox.api, 'GET', `/rewards/ledger?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token });
    assert.equal(result.status, 200);
    for (const entry of result.body.items as { id: string; date: string }[]) {
      assert.ok(!seen.has(entry.id), `entry ${entry.id} repeated`);
      seen.add(entry.id);
      if (previous) assert.ok(entry.date <= previous, 'not newest first');
      previous = entry.date;
    }
    cursor = result.body.nextCursor;
  }
  assert.equal(seen.size, 3_000);
  assert.ok(performance.now() - started < 5_000, 'paging is slow');
  // The ids seen are exactly the 3,000 newest entries.
  const newest = sandbox.db().prepare("SELECT id FROM ledger WHERE member_id = 'm-ledger' ORDER BY ts DESC, id DESC LIMIT 3000").all() as { id: number }[];
  assert.deepEqual([...seen].sort(), newest.map((r) => String(r.id)).sort());
});

test('ledger filters by type and by month (UTC+8) and ends with a null cursor', async () => {
  const earn = await call(sandbox.api, 'GET', '/rewards/ledger?type=expire&limit=50', { token });
  assert.ok(earn.body.items.length > 0);
  assert.ok(earn.body.items.every((e: { type: string; points: number }) => e.type === 'expire' && e.points < 0));

  const last = sandbox.db().prepare("SELECT ts FROM ledger WHERE member_id = 'm-ledger' ORDER BY ts DESC LIMIT 1").get() as { ts: number };
  const month = new Date(last.ts + 8 * 3_600_000).toISOString().slice(0, 7);
  const expected = count(
    sandbox.db(),
    'ledger',
    "member_id = 'm-ledger' AND strftime('%Y-%m', ts / 1000 + 8 * 3600, 'unixepoch') = ?",
    month,
  );
  let total = 0;
  let cursor: string | null = null;
  do {
    const page: { body: { items: { date: string }[]; nextCursor: string | null } } = await call(
      sandbox.api,
      'GET',
      `/rewards/ledger?month=${month}&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      { token },
    );
    total += page.body.items.length;
    cursor = page.body.nextCursor;
  } while (cursor);
  assert.equal(total, expected);
});

test('points expiring in the next 30 days are reported, capped at the balance', async () => {
  const account = await call(sandbox.api, 'GET', '/rewards/account', { token: await sandbox.token('m-high') });
  assert.equal(account.body.expiring.windowDays, 30);
  assert.ok(account.body.expiring.points > 0, 'seeded earnings from ~a year ago should be expiring');
  assert.ok(account.body.expiring.points <= account.body.balance);
  assert.match(account.body.expiring.firstExpiry, /^\d{4}-\d{2}-\d{2}$/);
});
