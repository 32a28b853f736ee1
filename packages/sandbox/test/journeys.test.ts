/**
 * The sandbox's business rules end to end, as the widgets will meet them: card decisions for every
 * outcome, activation into a usable card, payment outcomes (succeeded, failed, processing),
 * points + cash and instalment maths, check-in, tasks and stable A/B variants.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeIdNumber } from '../src/id-number.js';
import { quoteInstalments } from '../src/reference.js';
import { call, newKey, startTestSandbox, type TestSandbox } from './helpers.js';

let sandbox: TestSandbox;
before(async () => {
  sandbox = await startTestSandbox();
});
after(() => sandbox.dispose());

let mobiles = 0;
async function apply(token: string, incomeBand: string, decisionDigit: number, productId = 'p-travel') {
  mobiles += 1;
  const mobile = `1360000${String(mobiles).padStart(4, '0')}`;
  const otp = await call(sandbox.api, 'POST', '/otp', { token, body: { mobile, purpose: 'card_application' } });
  const verified = await call(sandbox.api, 'POST', `/otp/${otp.body.challengeId}/verify`, { token, body: { code: '246810' } });
  const terms = await call(sandbox.api, 'GET', `/terms?product=${productId}`, { token });
  const result = await call(sandbox.api, 'POST', '/card-applications', {
    token,
    key: newKey(),
    body: {
      productId,
      applicant: { name: '王小明', idNumber: makeIdNumber({ decisionDigit }), mobile, email: 'wang@example.com' },
      employment: { employer: 'Bank', occupation: 'Analyst', incomeBand },
      address: { province: '浙江省', city: '杭州市', line1: '文三路 90 号' },
      consents: terms.body.items.filter((t: { required: boolean }) => t.required).map((t: { id: string; version: string }) => ({ documentId: t.id, version: t.version })),
      otpVerificationId: verified.body.verificationId,
      attribution: { channel: 'partner_web', referralCode: 'FRIEND-1', utm: { source: 'wechat', campaign: 'autumn' } },
    },
  });
  assert.equal(result.status, 201, result.text);
  return result.body;
}

// Each journey uses its own members (or only reads shared ones), so they run concurrently: the
// two 3-second waits (pending decision, processing payment) overlap.
describe('journeys', { concurrency: true }, () => {
  test('card decisions: approved, declined (income, history), referred, pending → approved; activation gives a usable card', async () => {
    const token = await sandbox.token('m-journey-card');
    const approved = await apply(token, 'above_50k', 3);
    assert.equal(approved.status, 'approved');
    assert.deepEqual(approved.creditLimit, { amount: 10_000_000, currency: 'CNY' }, 'top of the p-travel range for the top band');
    assert.equal(approved.maskedName, '王**');
    assert.match(approved.maskedMobile, /^136\*{4}\d{4}$/);
    const lowIncome = await apply(token, 'below_5k', 3);
    assert.deepEqual([lowIncome.status, lowIncome.reasonCode, lowIncome.creditLimit], ['declined', 'INCOME_BELOW_MINIMUM', null]);
    const history = await apply(token, '10k_20k', 9);
    assert.deepEqual([history.status, history.reasonCode], ['declined', 'CREDIT_HISTORY']);
    const referred = await apply(token, '10k_20k', 8);
    assert.deepEqual([referred.status, referred.reasonCode], ['referred', 'MANUAL_REVIEW']);
    const pending = await apply(token, '10k_20k', 7);
    assert.deepEqual([pending.status, pending.creditLimit, pending.decidedAt], ['pending', null, null]);

    const activation = await call(sandbox.api, 'POST', `/card-applications/${approved.id}/activation`, {
      token,
      key: newKey(),
      body: { encryptedPinBlock: 'q83vEjRWeJASNFZ4kKvN7w', keyId: 'sandbox-pin-key-1' },
    });
    assert.equal(activation.status, 200, activation.text);
    assert.match(activation.body.card.maskedNumber, /^•••• •••• •••• \d{4}$/);
    assert.equal(activation.body.card.network, 'visa');
    const again = await call(sandbox.api, 'POST', `/card-applications/${approved.id}/activation`, {
      token,
      key: newKey(),
      body: { encryptedPinBlock: 'q83vEjRWeJASNFZ4kKvN7w', keyId: 'sandbox-pin-key-1' },
    });
    assert.equal(again.status, 409);
    const notApproved = await call(sandbox.api, 'POST', `/card-applications/${referred.id}/activation`, {
      token,
      key: newKey(),
      body: { encryptedPinBlock: 'q83vEjRWeJASNFZ4kKvN7w', keyId: 'sandbox-pin-key-1' },
    });
    assert.equal(notApproved.body.error.code, 'APPLICATION_NOT_APPROVED');

    const intent = await call(sandbox.api, 'POST', '/demo/payment-intents', { token });
    const methods = await call(sandbox.api, 'GET', `/payment-intents/${intent.body.id}/methods`, { token });
    const card = methods.body.cards.find((c: { id: string }) => c.id === activation.body.card.id);
    assert.ok(card?.available && card.kind === 'credit', 'the activated card is offered for payment');

    await new Promise((resolve) => setTimeout(resolve, 3_100));
    const decided = await call(sandbox.api, 'GET', `/card-applications/${pending.id}`, { token });
    assert.equal(decided.body.status, 'approved');
    assert.ok(decided.body.creditLimit.amount > 0);
    assert.ok(decided.body.decidedAt);
  });

  test('payments: failed (…99) leaves the intent payable; processing (…77) settles; points and cash add up', async () => {
    const token = await sandbox.token('m-journey-pay');
    const cards = async (intentId: string) => (await call(sandbox.api, 'GET', `/payment-intents/${intentId}/methods`, { token })).body;
    const failing = await call(sandbox.api, 'POST', '/demo/payment-intents', { token, body: { amount: { amount: 9_999, currency: 'CNY' } } });
    const card = (await cards(failing.body.id)).cards[0];
    const failed = await call(sandbox.api, 'POST', `/payment-intents/${failing.body.id}/confirm`, {
      token,
      key: newKey(),
      body: { method: { kind: 'card', cardId: card.id }, pointsToUse: 100 },
    });
    assert.deepEqual([failed.body.status, failed.body.failureCode, failed.body.pointsUsed], ['failed', 'CARD_DECLINED', 0]);
    assert.equal((await call(sandbox.api, 'GET', `/payment-intents/${failing.body.id}`, { token })).body.status, 'requires_confirmation');
    const account = (await call(sandbox.api, 'GET', '/rewards/account', { token })).body;
    assert.equal(account.balance, 1_000, 'a failed payment moves no points');

    const slow = await call(sandbox.api, 'POST', '/demo/payment-intents', { token, body: { amount: { amount: 5_077, currency: 'CNY' } } });
    const processing = await call(sandbox.api, 'POST', `/payment-intents/${slow.body.id}/confirm`, {
      token,
      key: newKey(),
      body: { method: { kind: 'card', cardId: card.id }, pointsToUse: 200 },
    });
    assert.equal(processing.body.status, 'processing');
    assert.deepEqual(processing.body.cashAmount, { amount: 4_877, currency: 'CNY' });
    assert.equal(processing.body.pointsEarned, 0);
    const retry = await call(sandbox.api, 'POST', `/payment-intents/${slow.body.id}/confirm`, {
      token,
      key: newKey(),
      body: { method: { kind: 'balance' } },
    });
    assert.equal(retry.status, 409, 'a processing intent cannot be paid a second time');
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    const settled = await call(sandbox.api, 'GET', `/payments/${processing.body.id}`, { token });
    assert.equal(settled.body.status, 'succeeded');
    assert.equal(settled.body.pointsEarned, 48, 'one point per whole yuan paid in cash');
    assert.equal((await call(sandbox.api, 'GET', '/rewards/account', { token })).body.balance, 1_000 - 200 + 48);
    const rated = await call(sandbox.api, 'POST', `/payments/${processing.body.id}/rating`, { token, body: { stars: 4 } });
    assert.equal(rated.status, 200);
  });

  test('points + cash rules and instalment quotes', async () => {
    const token = await sandbox.token('m-high');
    const intent = await call(sandbox.api, 'POST', '/demo/payment-intents', { token, body: { amount: { amount: 240_000, currency: 'CNY' } } });
    const methods = (await call(sandbox.api, 'GET', `/payment-intents/${intent.body.id}/methods`, { token })).body;
    // Points may pay at most half the order (120,000 points for ¥2,400.00), in steps of 100, within the balance.
    const expectedMax = Math.floor(Math.min(methods.points.balance, 120_000) / 100) * 100;
    assert.equal(methods.pointsCash.maxPoints, expectedMax);
    assert.equal(methods.points.pointsForFullAmount, 240_000);
    assert.equal(methods.instalments.available, true);
    const plan6 = methods.instalments.plans.find((p: { periods: number }) => p.periods === 6);
    const quote = quoteInstalments(240_000, 6);
    assert.equal(plan6.total.amount, 240_000 + quote.fee);
    assert.equal(plan6.perPeriod.amount * 5 + plan6.firstPeriod.amount, plan6.total.amount, 'periods add up to the total');
    assert.ok(Number.isInteger(plan6.fee.amount));

    const credit = methods.cards.find((c: { kind: string; available: boolean }) => c.kind === 'credit' && c.available);
    const broken = await call(sandbox.api, 'POST', `/payment-intents/${intent.body.id}/confirm`, {
      token,
      key: newKey(),
      body: { method: { kind: 'card', cardId: credit.id }, pointsToUse: 150 },
    });
    assert.equal(broken.status, 422);
    assert.equal(broken.body.error.code, 'POINTS_RULE');
    const stepUpMissing = await call(sandbox.api, 'POST', `/payment-intents/${intent.body.id}/confirm`, {
      token,
      key: newKey(),
      body: { method: { kind: 'card', cardId: credit.id }, instalmentPlan: 6 },
    });
    assert.equal(stepUpMissing.status, 403);
    const challenge = await call(sandbox.api, 'POST', `/payment-intents/${intent.body.id}/challenges`, { token, body: { preferred: 'biometric' } });
    assert.deepEqual(challenge.body.methods, ['biometric', 'pin', 'otp']);
    const paid = await call(sandbox.api, 'POST', `/payment-intents/${intent.body.id}/confirm`, {
      token,
      key: newKey(),
      body: {
        method: { kind: 'card', cardId: credit.id },
        pointsToUse: 10_000,
        instalmentPlan: 6,
        stepUp: { challengeId: challenge.body.challengeId, kind: 'biometric', assertion: `sandbox-biometric:${challenge.body.nonce}` },
      },
    });
    assert.equal(paid.status, 200, paid.text);
    assert.equal(paid.body.status, 'succeeded');
    assert.equal(paid.body.cashAmount.amount, 230_000);
    assert.equal(paid.body.instalmentPlan.total.amount, 230_000 + quoteInstalments(230_000, 6).fee);
    const after = (await call(sandbox.api, 'GET', `/payment-intents/${intent.body.id}/methods`, { token })).body;
    assert.deepEqual(after.lastUsed, { kind: 'card', cardId: credit.id });
  });

  test('check-in once a day with the ladder; tasks become claimable and pay out once', async () => {
    const token = await sandbox.token('m-journey-rewards');
    const state = await call(sandbox.api, 'GET', '/rewards/check-ins', { token });
    assert.equal(state.body.checkedInToday, false);
    assert.equal(state.body.ladder[0].state, 'today');
    const checkIn = await call(sandbox.api, 'POST', '/rewards/check-ins', { token, key: newKey() });
    assert.equal(checkIn.status, 201);
    assert.deepEqual([checkIn.body.streak, checkIn.body.pointsAwarded, checkIn.body.balanceAfter], [1, 5, 1_005]);
    assert.equal(checkIn.body.state.ladder[0].state, 'done');
    const twice = await call(sandbox.api, 'POST', '/rewards/check-ins', { token, key: newKey() });
    assert.equal(twice.body.error.code, 'ALREADY_CHECKED_IN');

    const redemption = await call(sandbox.api, 'POST', '/rewards/redemptions', { token, key: newKey(), body: { itemId: 'c-takeout' } });
    assert.equal(redemption.status, 201);
    const tasks = (await call(sandbox.api, 'GET', '/rewards/tasks', { token })).body.items as { id: string; status: string }[];
    assert.equal(tasks.find((t) => t.id === 'task-first-redemption')?.status, 'claimable');
    const claim = await call(sandbox.api, 'POST', '/rewards/tasks/task-first-redemption/claim', { token, key: newKey() });
    assert.equal(claim.status, 200);
    assert.equal(claim.body.balanceAfter, 1_005 - 800 + 100);
    const again = await call(sandbox.api, 'POST', '/rewards/tasks/task-first-redemption/claim', { token, key: newKey() });
    assert.equal(again.body.error.code, 'TASK_ALREADY_CLAIMED');
    const unfinished = await call(sandbox.api, 'POST', '/rewards/tasks/task-check-in-7/claim', { token, key: newKey() });
    assert.equal(unfinished.body.error.code, 'TASK_NOT_COMPLETED');
  });

  test('offer variants are stable per member and both variants occur', async () => {
    const variants = new Set<string>();
    for (const member of ['m-high', 'm-mid', 'm-low', 'm-potential', 'm-ledger', 'm-v1', 'm-v2', 'm-v3']) {
      const token = await sandbox.token(member);
      const first = await call(sandbox.api, 'GET', '/offers?placement=home', { token });
      const second = await call(sandbox.api, 'GET', '/offers?placement=home', { token });
      assert.deepEqual(first.body.experiment, second.body.experiment);
      assert.deepEqual(first.body.offers.map((o: { id: string }) => o.id), second.body.offers.map((o: { id: string }) => o.id));
      variants.add(first.body.experiment.variant);
    }
    assert.deepEqual([...variants].sort(), ['control', 'treatment']);
  });
});
