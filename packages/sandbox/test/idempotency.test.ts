/**
 * Server-side idempotency under load: 200 concurrent requests with one key produce exactly one
 * side effect (checked in the store itself) and 200 identical answers; a key reused with another
 * body is refused; declines are stored and replayed like successes.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, count, killHard, newKey, startCli, startTestSandbox, type TestSandbox } from './helpers.js';

let sandbox: TestSandbox;
before(async () => {
  sandbox = await startTestSandbox();
});
after(() => sandbox.dispose());

const CONCURRENCY = 200;

test('200 concurrent redemptions with one key: one redemption, one ledger entry, one stock unit, identical responses', async () => {
  const token = await sandbox.token('m-high');
  const db = sandbox.db();
  const balanceBefore = (db.prepare('SELECT points_balance AS b FROM members WHERE id = ?').get('m-high') as { b: number }).b;
  const stockBefore = (db.prepare("SELECT stock FROM catalogue WHERE id = 'c-coffee'").get() as { stock: number }).stock;
  const ledgerBefore = count(db, 'ledger', "member_id = 'm-high' AND code = 'redemption'");

  const key = newKey();
  const responses = await Promise.all(
    Array.from({ length: CONCURRENCY }, () =>
      call(sandbox.api, 'POST', '/rewards/redemptions', { token, key, body: { itemId: 'c-coffee', quantity: 1 } }),
    ),
  );

  assert.ok(responses.every((r) => r.status === 201), `statuses: ${[...new Set(responses.map((r) => r.status))]}`);
  assert.equal(new Set(responses.map((r) => r.text)).size, 1, 'responses differ');
  assert.equal(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, CONCURRENCY - 1);

  assert.equal(count(db, 'redemptions', "member_id = 'm-high'"), 1);
  assert.equal(count(db, 'ledger', "member_id = 'm-high' AND code = 'redemption'"), ledgerBefore + 1);
  const balanceAfter = (db.prepare('SELECT points_balance AS b FROM members WHERE id = ?').get('m-high') as { b: number }).b;
  assert.equal(balanceAfter, balanceBefore - 1_200);
  assert.equal((db.prepare("SELECT stock FROM catalogue WHERE id = 'c-coffee'").get() as { stock: number }).stock, stockBefore - 1);
  assert.equal(count(db, 'idempotency', 'key = ?', key), 1);
});

test('200 concurrent payment confirms with one key: exactly one payment and one charge', async () => {
  const token = await sandbox.token('m-mid');
  const db = sandbox.db();
  const intent = await call(sandbox.api, 'POST', '/demo/payment-intents', { token, body: { amount: { amount: 12_000, currency: 'CNY' } } });
  assert.equal(intent.status, 201);
  const cashBefore = (db.prepare("SELECT cash_balance AS c FROM members WHERE id = 'm-mid'").get() as { c: number }).c;

  const key = newKey();
  const body = { method: { kind: 'balance' }, pointsToUse: 1_000 };
  const responses = await Promise.all(
    Array.from({ length: CONCURRENCY }, () => call(sandbox.api, 'POST', `/payment-intents/${intent.body.id}/confirm`, { token, key, body })),
  );
  assert.ok(responses.every((r) => r.status === 200), `statuses: ${[...new Set(responses.map((r) => r.status))]}`);
  assert.equal(new Set(responses.map((r) => r.text)).size, 1, 'responses differ');
  assert.equal(responses[0]!.body.status, 'succeeded');

  assert.equal(count(db, 'payments', 'intent_id = ?', intent.body.id), 1);
  const cashAfter = (db.prepare("SELECT cash_balance AS c FROM members WHERE id = 'm-mid'").get() as { c: number }).c;
  assert.equal(cashAfter, cashBefore - 11_000, 'charged once: 120.00 minus 10.00 paid with 1,000 points');
  assert.equal(count(db, 'ledger', "member_id = 'm-mid' AND code = 'payment_points'"), 1);
  assert.equal(count(db, 'ledger', "member_id = 'm-mid' AND code = 'purchase' AND ts >= ?", Date.now() - 60_000), 1);
});

test('same key with a different body → 422 IDEMPOTENCY_KEY_REUSED and no second side effect', async () => {
  const token = await sandbox.token('m-low');
  const key = newKey();
  const first = await call(sandbox.api, 'POST', '/rewards/redemptions', { token, key, body: { itemId: 'c-takeout' } });
  assert.equal(first.status, 201);
  assert.equal(first.headers.get('idempotent-replayed'), null);
  const reuse = await call(sandbox.api, 'POST', '/rewards/redemptions', { token, key, body: { itemId: 'c-takeout', quantity: 2 } });
  assert.equal(reuse.status, 422);
  assert.equal(reuse.body.error.code, 'IDEMPOTENCY_KEY_REUSED');
  assert.equal(reuse.body.error.type, 'validation');
  assert.equal(count(sandbox.db(), 'redemptions', "member_id = 'm-low'"), 1);
});

test('keys are scoped per member: the same key from two members runs twice', async () => {
  const key = newKey();
  const a = await call(sandbox.api, 'POST', '/rewards/redemptions', { token: await sandbox.token('m-idem-a'), key, body: { itemId: 'c-takeout' } });
  const b = await call(sandbox.api, 'POST', '/rewards/redemptions', { token: await sandbox.token('m-idem-b'), key, body: { itemId: 'c-takeout' } });
  assert.equal(a.status, 201);
  assert.equal(b.status, 201);
  assert.notEqual(a.body.id, b.body.id);
});

test('a decline is stored and replayed; a validation refusal is not stored', async () => {
  const token = await sandbox.token('m-potential');
  const key = newKey();
  const declined = await call(sandbox.api, 'POST', '/rewards/redemptions', { token, key, body: { itemId: 't-upgrade' } });
  assert.equal(declined.status, 422);
  assert.equal(declined.body.error.type, 'declined');
  assert.equal(declined.body.error.code, 'TIER_LOCKED');
  const replay = await call(sandbox.api, 'POST', '/rewards/redemptions', { token, key, body: { itemId: 't-upgrade' } });
  assert.equal(replay.text, declined.text);
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');

  const fresh = await sandbox.token('m-idem-c');
  const other = newKey();
  const invalid = await call(sandbox.api, 'POST', '/rewards/redemptions', { token: fresh, key: other, body: { itemId: 'c-takeout', quantity: 0 } });
  assert.equal(invalid.status, 400);
  assert.equal(count(sandbox.db(), 'idempotency', 'key = ?', other), 0);
  const fixed = await call(sandbox.api, 'POST', '/rewards/redemptions', { token: fresh, key: other, body: { itemId: 'c-takeout' } });
  assert.equal(fixed.status, 201, 'the same key works once the request is fixed');
});

test('a refused step-up is not stored: the same key succeeds with the right PIN', async () => {
  const token = await sandbox.token('m-high');
  const intent = await call(sandbox.api, 'POST', '/demo/payment-intents', { token, body: { amount: { amount: 50_000, currency: 'CNY' } } });
  const challenge = await call(sandbox.api, 'POST', `/payment-intents/${intent.body.id}/challenges`, { token });
  assert.equal(challenge.status, 201);
  const key = newKey();
  const path = `/payment-intents/${intent.body.id}/confirm`;
  const wrong = await call(sandbox.api, 'POST', path, {
    token,
    key,
    body: { method: { kind: 'balance' }, stepUp: { challengeId: challenge.body.challengeId, kind: 'pin', pin: '000000' } },
  });
  assert.equal(wrong.status, 403);
  assert.equal(wrong.body.error.code, 'STEP_UP_FAILED');
  assert.equal(wrong.body.error.fields[0].params.attemptsRemaining, 2);
  const right = await call(sandbox.api, 'POST', path, {
    token,
    key,
    body: { method: { kind: 'balance' }, stepUp: { challengeId: challenge.body.challengeId, kind: 'pin', pin: '135790' } },
  });
  assert.equal(right.status, 200);
  assert.equal(right.body.status, 'succeeded');
});

test('two server processes on one data dir still run a key once (the write lock spans lookup to store)', async () => {
  const other = await startCli(sandbox.dataDir);
  try {
    const token = await sandbox.token('m-two-processes');
    const key = newKey();
    const body = { itemId: 'c-takeout' };
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        call(i % 2 === 0 ? sandbox.api : `${other.url}/v1`, 'POST', '/rewards/redemptions', { token, key, body }),
      ),
    );
    assert.ok(responses.every((r) => r.status === 201), `statuses: ${[...new Set(responses.map((r) => r.status))]}`);
    assert.equal(new Set(responses.map((r) => r.body.id)).size, 1);
    assert.equal(count(sandbox.db(), 'redemptions', "member_id = 'm-two-processes'"), 1);
  } finally {
    await killHard(other.child);
  }
});
