/**
 * Payment handoff to a host's native pay page (mini-programs): a ticket bound to the intent, the
 * member and the choice; redeemed once by the sandbox's stand-in for the native page through the
 * same charge as confirm, so money and points move exactly once whatever the page repeats.
 */
import { after, before, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { openDb } from '../src/db.js';
import { call, count, newKey, startTestSandbox, tempDir, type TestSandbox } from './helpers.js';

let sandbox: TestSandbox;
before(async () => {
  sandbox = await startTestSandbox();
});
after(() => sandbox.dispose());

const cash = (memberId: string) =>
  (sandbox.db().prepare('SELECT cash_balance AS b FROM members WHERE id = ?').get(memberId) as { b: number }).b;
const pointsOf = (memberId: string) =>
  (sandbox.db().prepare('SELECT points_balance AS b FROM members WHERE id = ?').get(memberId) as { b: number }).b;

async function intent(token: string, amount: number): Promise<string> {
  const created = await call(sandbox.api, 'POST', '/demo/payment-intents', { token, body: { amount: { amount, currency: 'CNY' } } });
  assert.equal(created.status, 201, created.text);
  return created.body.id;
}

const handoff = (token: string, intentId: string, body: unknown, key = newKey()) =>
  call(sandbox.api, 'POST', `/payment-intents/${intentId}/handoffs`, { token, key, body });
const complete = (token: string, ticket: string, outcome: string) =>
  call(sandbox.api, 'POST', `/demo/handoffs/${encodeURIComponent(ticket)}/complete`, { token, body: { outcome } });

describe('payment handoff', { concurrency: true }, () => {
  test('a ticket carries no amount; the key replays it; the choice is checked like confirm', async () => {
    const token = await sandbox.token('m-handoff-issue');
    const intentId = await intent(token, 12_34);
    const key = newKey();
    const first = await handoff(token, intentId, { method: { kind: 'balance' } }, key);
    assert.equal(first.status, 201, first.text);
    assert.deepEqual(Object.keys(first.body).sort(), ['expiresAt', 'intentId', 'ticket']);
    assert.equal(first.body.intentId, intentId);
    assert.ok(!first.body.ticket.includes('1234'), 'the ticket says nothing about the amount');
    const expiresIn = Date.parse(first.body.expiresAt) - Date.now();
    assert.ok(expiresIn > 4 * 60_000 && expiresIn <= 5 * 60_000, `expires in ${expiresIn} ms`);

    const replay = await handoff(token, intentId, { method: { kind: 'balance' } }, key);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.body.ticket, first.body.ticket);
    assert.equal(count(sandbox.db(), 'payment_handoffs', 'intent_id = ?', intentId), 1);

    const missingKey = await call(sandbox.api, 'POST', `/payment-intents/${intentId}/handoffs`, { token, body: { method: { kind: 'balance' } } });
    assert.equal(missingKey.status, 400);
    const noCard = await handoff(token, intentId, { method: { kind: 'card' } });
    assert.deepEqual([noCard.status, noCard.body.error.code], [422, 'CARD_REQUIRED']);
    const badPoints = await handoff(token, intentId, { method: { kind: 'balance' }, pointsToUse: 150 });
    assert.deepEqual([badPoints.status, badPoints.body.error.code], [422, 'POINTS_RULE']);
    const stepUp = await handoff(token, intentId, { method: { kind: 'balance' }, stepUp: { challengeId: 'c', kind: 'pin', pin: '135790' } });
    assert.equal(stepUp.status, 400, 'the native page does the step-up: the body has none');

    const stranger = await sandbox.token('m-handoff-stranger');
    assert.equal((await handoff(stranger, intentId, { method: { kind: 'balance' } })).status, 404);
    assert.equal((await complete(stranger, first.body.ticket, 'succeeded')).status, 404, 'another member cannot redeem the ticket');
    const unknown = await complete(token, 'no-such-ticket', 'succeeded');
    assert.deepEqual([unknown.status, unknown.body.error.code], [404, 'NOT_FOUND']);
  });

  test('succeeded pays once: balance, points and ledger move once however often the page completes', async () => {
    const member = 'm-handoff-pay';
    const token = await sandbox.token(member);
    const intentId = await intent(token, 40_00);
    const cashBefore = cash(member);
    const pointsBefore = pointsOf(member);
    const ledgerBefore = count(sandbox.db(), 'ledger', 'member_id = ?', member);
    const { ticket } = (await handoff(token, intentId, { method: { kind: 'balance' }, pointsToUse: 1_000 })).body;
    assert.equal(count(sandbox.db(), 'payments', 'intent_id = ?', intentId), 0, 'issuing a ticket pays nothing');

    const results = await Promise.all([complete(token, ticket, 'succeeded'), complete(token, ticket, 'succeeded')]);
    const again = await complete(token, ticket, 'cancelled');
    for (const result of [...results, again]) {
      assert.equal(result.status, 200, result.text);
      assert.equal(result.body.outcome, 'succeeded', 'a completed ticket answers its recorded completion');
      assert.equal(result.body.payment.id, results[0]!.body.payment.id);
    }
    const payment = results[0]!.body.payment;
    assert.deepEqual([payment.status, payment.pointsUsed, payment.cashAmount.amount], ['succeeded', 1_000, 30_00]);
    assert.equal(count(sandbox.db(), 'payments', 'intent_id = ?', intentId), 1);
    assert.equal(cash(member), cashBefore - 30_00);
    assert.equal(pointsOf(member), pointsBefore - 1_000 + payment.pointsEarned);
    assert.equal(count(sandbox.db(), 'ledger', 'member_id = ?', member), ledgerBefore + 2, 'one redeem, one earn');

    const read = await call(sandbox.api, 'GET', `/payment-intents/${intentId}`, { token });
    assert.deepEqual([read.body.status, read.body.latestPaymentId], ['succeeded', payment.id]);
    const confirm = await call(sandbox.api, 'POST', `/payment-intents/${intentId}/confirm`, { token, key: newKey(), body: { method: { kind: 'balance' } } });
    assert.deepEqual([confirm.status, confirm.body.error.code], [409, 'INTENT_NOT_PAYABLE']);
    const another = await handoff(token, intentId, { method: { kind: 'balance' } });
    assert.deepEqual([another.status, another.body.error.code], [409, 'INTENT_NOT_PAYABLE']);
  });

  test('cancelled records nothing; failed records a failed payment; both leave the intent payable', async () => {
    const member = 'm-handoff-fail';
    const token = await sandbox.token(member);
    const intentId = await intent(token, 25_00);
    const cashBefore = cash(member);

    const cancelled = (await handoff(token, intentId, { method: { kind: 'balance' } })).body.ticket;
    const cancel = await complete(token, cancelled, 'cancelled');
    assert.deepEqual([cancel.status, cancel.body.outcome, cancel.body.payment], [200, 'cancelled', null]);
    assert.equal((await complete(token, cancelled, 'succeeded')).body.payment, null, 'a cancelled ticket cannot pay later');
    let read = await call(sandbox.api, 'GET', `/payment-intents/${intentId}`, { token });
    assert.deepEqual([read.body.status, read.body.latestPaymentId], ['requires_confirmation', null]);

    const failing = (await handoff(token, intentId, { method: { kind: 'balance' } })).body.ticket;
    const fail = await complete(token, failing, 'failed');
    assert.deepEqual([fail.body.outcome, fail.body.payment.status, fail.body.payment.failureCode], ['failed', 'failed', 'PAYMENT_DECLINED']);
    read = await call(sandbox.api, 'GET', `/payment-intents/${intentId}`, { token });
    assert.deepEqual([read.body.status, read.body.latestPaymentId], ['requires_confirmation', fail.body.payment.id]);
    assert.equal(cash(member), cashBefore, 'nothing was charged');

    // Still payable: a third ticket pays.
    const paying = (await handoff(token, intentId, { method: { kind: 'balance' } })).body.ticket;
    assert.equal((await complete(token, paying, 'succeeded')).body.payment.status, 'succeeded');
    assert.equal(cash(member), cashBefore - 25_00);
  });

  test('a decline in the native page is recorded as a failed payment the widget can read back', async () => {
    const member = 'm-handoff-poor';
    const token = await sandbox.token(member);
    const intentId = await intent(token, 9_999_999_00);
    const { ticket } = (await handoff(token, intentId, { method: { kind: 'balance' } })).body;
    const result = await complete(token, ticket, 'succeeded');
    assert.equal(result.status, 200, result.text);
    assert.deepEqual([result.body.payment.status, result.body.payment.failureCode], ['failed', 'INSUFFICIENT_FUNDS']);
  });

  test('one live ticket per intent: a newer ticket supersedes the older one', async () => {
    const member = 'm-handoff-twice';
    const token = await sandbox.token(member);
    const intentId = await intent(token, 5_00);
    const cashBefore = cash(member);
    const older = (await handoff(token, intentId, { method: { kind: 'balance' } })).body.ticket;
    const newer = (await handoff(token, intentId, { method: { kind: 'points' } })).body.ticket;
    const stale = await complete(token, older, 'succeeded');
    assert.deepEqual([stale.status, stale.body.error.code], [409, 'HANDOFF_SUPERSEDED']);
    assert.equal(cash(member), cashBefore, 'the superseded ticket paid nothing');
    const paid = await complete(token, newer, 'succeeded');
    assert.deepEqual([paid.body.payment.status, paid.body.payment.method.kind], ['succeeded', 'points']);
    assert.equal(count(sandbox.db(), 'payment_handoffs', "intent_id = ? AND status = 'live'", intentId), 0);
  });
});

// Alone, because it moves the clock of this process (the sandbox runs in it).
test('an expired ticket cannot pay', async (t) => {
  const member = 'm-handoff-late';
  const token = await sandbox.token(member);
  const intentId = await intent(token, 10_00);
  const { ticket } = (await handoff(token, intentId, { method: { kind: 'balance' } })).body;
  mock.timers.enable({ apis: ['Date'], now: Date.now() });
  t.after(() => mock.timers.reset());
  mock.timers.tick(5 * 60_000 + 1);
  const late = await complete(token, ticket, 'succeeded');
  assert.deepEqual([late.status, late.body.error.code], [409, 'HANDOFF_EXPIRED']);
  assert.equal(count(sandbox.db(), 'payments', 'intent_id = ?', intentId), 0);
});

test('a data dir from before handoffs (schema 1) gains the table and keeps its data', () => {
  const dir = tempDir();
  try {
    const fresh = openDb(dir).db;
    fresh.exec("INSERT INTO meta (key, value) VALUES ('probe', 'kept'); DROP TABLE payment_handoffs; PRAGMA user_version = 1;");
    fresh.close();
    const { db, created } = openDb(dir);
    assert.equal(created, false, 'migrated, not recreated (no second seed)');
    assert.equal(db.pragma('user_version', { simple: true }), 2);
    assert.equal(count(db, 'payment_handoffs'), 0);
    assert.equal(count(db, 'meta', "key = 'probe'"), 1);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
