/**
 * Conformance kit: contract checks that run against ANY implementation of the Banklet API — the
 * sandbox, or a bank's own backend. It exercises every operation, validates every response against
 * the contract, and checks the cross-cutting promises: idempotent replay and key reuse, member
 * isolation (foreign ids look like missing ones), field-level validation errors and the single
 * error shape.
 *
 * Sandbox-only operations (`/demo/*`) are used when available to create tokens and payment
 * intents; against a bank's backend pass two member tokens and, for the payment checks, an intent
 * id. Values that only the sandbox knows (the OTP code, the payment PIN) are options.
 */
import { randomUUID } from 'node:crypto';
import { loadContract } from '../contract.js';
import { makeIdNumber } from '../id-number.js';
import { contractValidator } from '../validate.js';
import { ConformanceClient, type CallResult } from './client.js';

export interface ConformanceOptions {
  /** API base URL including the version path, e.g. `http://127.0.0.1:8787/v1`. */
  baseUrl: string;
  /** Token of member A. Issued through `/demo/tokens` (`m-high`) when absent. */
  token?: string;
  /** Token of a different member B, for the isolation checks. Issued through `/demo/tokens` (`m-mid`) when absent. */
  otherToken?: string;
  /** A payable intent of member A, when the backend has no `/demo/payment-intents`. */
  intentId?: string;
  /** SMS code the backend accepts in test mode (sandbox: 246810). */
  otpCode?: string;
  /** Payment PIN the backend accepts for member A in test mode (sandbox: 135790). */
  pin?: string;
  timeoutMs?: number;
  /** Receives one line per check; defaults to console.log. */
  log?: (line: string) => void;
}

export interface CheckResult {
  name: string;
  status: 'pass' | 'fail' | 'skip';
  detail?: string;
}

export interface ConformanceResult {
  passed: number;
  failed: number;
  skipped: number;
  checks: CheckResult[];
}

class Skip extends Error {}
class CheckFailure extends Error {}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

function expectStatus(result: CallResult, status: number | number[], what: string): void {
  const allowed = Array.isArray(status) ? status : [status];
  expect(
    allowed.includes(result.status),
    `${what}: expected HTTP ${allowed.join(' or ')}, got ${result.status} ${JSON.stringify(result.body)?.slice(0, 300)}`,
  );
  expect(result.problems.length === 0, `${what}: response breaks the contract: ${result.problems.join('; ')}`);
}

function expectError(result: CallResult, status: number, type: string, code?: string): void {
  expectStatus(result, status, `${type} error`);
  expect(result.body?.error?.type === type, `expected error.type ${type}, got ${result.body?.error?.type}`);
  if (code) expect(result.body?.error?.code === code, `expected error.code ${code}, got ${result.body?.error?.code}`);
}

const key = () => `conf-${randomUUID()}`;

export async function runConformance(options: ConformanceOptions): Promise<ConformanceResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const contract = loadContract();
  const validator = contractValidator(contract);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const checks: CheckResult[] = [];
  const anonymous = new ConformanceClient(options.baseUrl, contract, validator, undefined, timeoutMs);
  let demoAvailable = false;

  async function check(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
      checks.push({ name, status: 'pass' });
      log(`✔ ${name}`);
    } catch (error) {
      if (error instanceof Skip) {
        checks.push({ name, status: 'skip', detail: error.message });
        log(`- ${name} (skipped: ${error.message})`);
      } else {
        const detail = error instanceof Error ? error.message : String(error);
        checks.push({ name, status: 'fail', detail });
        log(`✖ ${name} — ${detail}`);
      }
    }
  }

  // ------------------------------------------------------------ tokens
  let tokenA = options.token;
  let tokenB = options.otherToken;
  await check('demo tokens: issue (sandbox only) and shape', async () => {
    const result = await anonymous.call('issueDemoToken', { body: { memberId: 'm-high' } });
    if (result.status === 404 && !options.token) throw new CheckFailure('no --token given and the backend has no /demo/tokens');
    if (result.status === 404) throw new Skip('backend has no /demo/tokens');
    expectStatus(result, 201, 'issueDemoToken');
    demoAvailable = true;
    tokenA ??= result.body.token;
    if (!tokenB) {
      const other = await anonymous.call('issueDemoToken', { body: { memberId: 'm-mid' } });
      expectStatus(other, 201, 'issueDemoToken (member B)');
      tokenB = other.body.token;
    }
  });
  if (!tokenA) {
    log('✖ no token for member A: nothing else can be checked');
    return summarize(checks, log);
  }
  const api = new ConformanceClient(options.baseUrl, contract, validator, tokenA, timeoutMs, anonymous.seen);
  const other = tokenB ? new ConformanceClient(options.baseUrl, contract, validator, tokenB, timeoutMs, anonymous.seen) : undefined;
  const needOther = () => {
    if (!other) throw new Skip('needs --other-token (a second member)');
    return other;
  };

  await check('auth: missing token → 401 auth error', async () => {
    expectError(await api.call('getRewardsAccount', { token: null }), 401, 'auth');
  });
  await check('auth: forged token → 401 auth error', async () => {
    expectError(await api.call('getRewardsAccount', { token: `${tokenA}x` }), 401, 'auth');
  });

  // ------------------------------------------------------------ cards
  let productId = '';
  await check('cards: products ranked for the segment', async () => {
    const result = await api.call('listCardProducts');
    expectStatus(result, 200, 'listCardProducts');
    const items = result.body.items as { id: string; rank: number; recommended: boolean }[];
    expect(items.length > 0, 'no products');
    expect(items.every((p, i) => i === 0 || items[i - 1]!.rank <= p.rank), 'items are not in rank order');
    expect(items.some((p) => p.recommended), 'no product is recommended');
    productId = items[0]!.id;
  });
  let consents: { documentId: string; version: string }[] = [];
  await check('cards: terms for a product; unknown product → 404', async () => {
    if (!productId) throw new Skip('no product');
    const result = await api.call('listTerms', { query: { product: productId } });
    expectStatus(result, 200, 'listTerms');
    consents = (result.body.items as { id: string; version: string }[]).map((t) => ({ documentId: t.id, version: t.version }));
    expectError(await api.call('listTerms', { query: { product: 'no-such-product' } }), 404, 'validation');
  });

  const mobile = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  let verificationId = '';
  await check('otp: send, wrong code → 422 with field, right code → verification', async () => {
    const sent = await api.call('sendOtp', { body: { mobile, purpose: 'card_application' } });
    expectStatus(sent, 201, 'sendOtp');
    const wrongCode = (options.otpCode ?? '246810') === '000000' ? '111111' : '000000';
    const wrong = await api.call('verifyOtp', { params: { challengeId: sent.body.challengeId }, body: { code: wrongCode } });
    expectError(wrong, 422, 'validation');
    expect(wrong.body.error.fields?.some((f: { field: string }) => f.field === 'code'), 'wrong code error names no field `code`');
    const right = await api.call('verifyOtp', { params: { challengeId: sent.body.challengeId }, body: { code: options.otpCode ?? '246810' } });
    expectStatus(right, 200, 'verifyOtp');
    verificationId = right.body.verificationId;
  });

  const application = () => ({
    productId,
    applicant: { name: '测试申请人', idNumber: makeIdNumber({ decisionDigit: 3 }), mobile, email: 'applicant@example.com' },
    employment: { employer: 'Example Co.', occupation: 'Engineer', incomeBand: '20k_50k' },
    address: { province: '北京市', city: '北京市', district: '朝阳区', line1: '建国路 1 号', postalCode: '100022' },
    consents,
    otpVerificationId: verificationId,
    attribution: { channel: 'partner_web', referralCode: 'CONF-1', utm: { source: 'conformance' } },
  });

  await check('validation: malformed application → 400 with field errors', async () => {
    const bad = { ...application(), applicant: { name: 'X', idNumber: '123', mobile: '12', email: 'nope' }, extra: true };
    const result = await api.call('submitCardApplication', { body: bad, idempotencyKey: key() });
    expectError(result, 400, 'validation');
    const fields = (result.body.error.fields ?? []) as { field: string }[];
    for (const field of ['applicant.idNumber', 'applicant.mobile', 'applicant.email']) {
      expect(fields.some((f) => f.field === field), `no field error for ${field}: ${JSON.stringify(fields)}`);
    }
  });
  await check('validation: body that is not JSON → 400', async () => {
    expectError(await api.call('submitCardApplication', { rawBody: '{"productId":', idempotencyKey: key() }), 400, 'validation');
  });
  await check('idempotency: a required Idempotency-Key that is missing → 400', async () => {
    const result = await api.call('submitCardApplication', { body: application() });
    expectError(result, 400, 'validation');
    expect(JSON.stringify(result.body.error.fields ?? []).includes('Idempotency-Key'), 'field errors do not name Idempotency-Key');
  });

  let applicationId = '';
  await check('cards: submit application, replay, key reuse → 422', async () => {
    if (!verificationId || !productId) throw new Skip('needs a product and a verified OTP');
    const k = key();
    const body = application();
    const first = await api.call('submitCardApplication', { body, idempotencyKey: k });
    expectStatus(first, 201, 'submitCardApplication');
    applicationId = first.body.id;
    const replay = await api.call('submitCardApplication', { body, idempotencyKey: k });
    expectStatus(replay, 201, 'replay');
    expect(JSON.stringify(replay.body) === JSON.stringify(first.body), 'replayed body differs from the first response');
    expect(replay.headers.get('idempotent-replayed') === 'true', 'replay lacks Idempotent-Replayed: true');
    const reuse = await api.call('submitCardApplication', { body: { ...body, productId: `${productId}-other` }, idempotencyKey: k });
    expectError(reuse, 422, 'validation', 'IDEMPOTENCY_KEY_REUSED');
  });
  await check('cards: application status; foreign member → 404', async () => {
    if (!applicationId) throw new Skip('no application');
    expectStatus(await api.call('getCardApplication', { params: { applicationId } }), 200, 'getCardApplication');
    expectError(await needOther().call('getCardApplication', { params: { applicationId } }), 404, 'validation');
    expectError(await api.call('getCardApplication', { params: { applicationId: 'app_doesnotexist' } }), 404, 'validation');
  });
  await check('cards: activation of an approved application', async () => {
    if (!applicationId) throw new Skip('no application');
    const status = await api.call('getCardApplication', { params: { applicationId } });
    if (status.body?.status !== 'approved') throw new Skip(`application is ${status.body?.status}`);
    const body = { encryptedPinBlock: 'c2FuZGJveC1waW4tYmxvY2stMDAwMQ', keyId: 'sandbox-pin-key-1' };
    const foreign = await needOther().call('activateCard', { params: { applicationId }, body, idempotencyKey: key() });
    expectError(foreign, 404, 'validation');
    const result = await api.call('activateCard', { params: { applicationId }, body, idempotencyKey: key() });
    expectStatus(result, 200, 'activateCard');
    expect(/^[0-9]{4}$/.test(result.body.card.last4), 'card.last4 is not four digits');
    expect(!/[0-9]{12,}/.test(JSON.stringify(result.body)), 'activation response contains a full card number');
  });

  // ------------------------------------------------------------ rewards
  let balance = 0;
  await check('rewards: account with tier, progress and expiring points', async () => {
    const result = await api.call('getRewardsAccount');
    expectStatus(result, 200, 'getRewardsAccount');
    expect(result.body.tiers.length === 4, 'expected four tiers');
    balance = result.body.balance;
  });
  await check('rewards: ledger cursor pagination is stable and newest first', async () => {
    const first = await api.call('listLedgerEntries', { query: { limit: 5 } });
    expectStatus(first, 200, 'listLedgerEntries');
    const items = first.body.items as { id: string; date: string }[];
    expect(items.every((e, i) => i === 0 || items[i - 1]!.date >= e.date), 'entries are not newest first');
    if (!first.body.nextCursor) return;
    const second = await api.call('listLedgerEntries', { query: { limit: 5, cursor: first.body.nextCursor } });
    expectStatus(second, 200, 'listLedgerEntries page 2');
    const ids = new Set(items.map((e) => e.id));
    expect((second.body.items as { id: string }[]).every((e) => !ids.has(e.id)), 'page 2 repeats entries of page 1');
    expect(items[items.length - 1]!.date >= second.body.items[0].date, 'page 2 is not older than page 1');
  });
  await check('rewards: ledger filters; bad limit → 400 naming query.limit', async () => {
    expectStatus(await api.call('listLedgerEntries', { query: { type: 'earn', limit: 3 } }), 200, 'ledger type filter');
    const bad = await api.call('listLedgerEntries', { query: { limit: 1000 } });
    expectError(bad, 400, 'validation');
    expect(JSON.stringify(bad.body.error.fields ?? []).includes('query.limit'), 'no field error for query.limit');
  });
  let catalogue: { id: string; pointsPrice: number; available: boolean; unavailableReason: string | null }[] = [];
  await check('rewards: catalogue', async () => {
    const result = await api.call('listCatalogue');
    expectStatus(result, 200, 'listCatalogue');
    catalogue = result.body.items;
  });
  let redemptionId = '';
  await check('rewards: redemption, replay, key reuse, foreign read', async () => {
    const item = catalogue.filter((i) => i.available && i.pointsPrice <= balance).sort((a, b) => a.pointsPrice - b.pointsPrice)[0];
    if (!item) throw new Skip('no item member A can redeem');
    const k = key();
    const first = await api.call('createRedemption', { body: { itemId: item.id, quantity: 1 }, idempotencyKey: k });
    expectStatus(first, 201, 'createRedemption');
    redemptionId = first.body.id;
    const replay = await api.call('createRedemption', { body: { itemId: item.id, quantity: 1 }, idempotencyKey: k });
    expectStatus(replay, 201, 'replay');
    expect(replay.body.id === redemptionId, 'replay created a second redemption');
    expect(replay.headers.get('idempotent-replayed') === 'true', 'replay lacks Idempotent-Replayed: true');
    const reuse = await api.call('createRedemption', { body: { itemId: item.id, quantity: 2 }, idempotencyKey: k });
    expectError(reuse, 422, 'validation', 'IDEMPOTENCY_KEY_REUSED');
    expectStatus(await api.call('getRedemption', { params: { redemptionId } }), 200, 'getRedemption');
    expectError(await needOther().call('getRedemption', { params: { redemptionId } }), 404, 'validation');
  });
  await check('rewards: redemption declines are typed `declined`', async () => {
    const item = catalogue.find((i) => i.unavailableReason !== null);
    if (!item) throw new Skip('every item is available to member A');
    const result = await api.call('createRedemption', { body: { itemId: item.id }, idempotencyKey: key() });
    expectError(result, 422, 'declined', item.unavailableReason!);
  });
  await check('rewards: check-in state and once-per-day check-in', async () => {
    expectStatus(await api.call('getCheckInState'), 200, 'getCheckInState');
    const first = await api.call('checkIn', { idempotencyKey: key() });
    expectStatus(first, [201, 409], 'checkIn');
    const again = await api.call('checkIn', { idempotencyKey: key() });
    expectError(again, 409, 'validation');
  });
  await check('rewards: tasks and claims', async () => {
    const tasks = await api.call('listTasks');
    expectStatus(tasks, 200, 'listTasks');
    expectError(await api.call('claimTask', { params: { taskId: 'no-such-task' }, idempotencyKey: key() }), 404, 'validation');
    const claimable = (tasks.body.items as { id: string; status: string }[]).find((t) => t.status === 'claimable');
    const open = (tasks.body.items as { id: string; status: string }[]).find((t) => t.status === 'in_progress');
    if (open) expectStatus(await api.call('claimTask', { params: { taskId: open.id }, idempotencyKey: key() }), 422, 'claim of an unfinished task');
    if (!claimable) throw new Skip('no claimable task');
    const claim = await api.call('claimTask', { params: { taskId: claimable.id }, idempotencyKey: key() });
    expectStatus(claim, 200, 'claimTask');
    expect(claim.body.task.status === 'claimed', 'claimed task is not `claimed`');
  });

  // ------------------------------------------------------------ offers
  await check('offers: every placement with experiment attribution; claims are idempotent', async () => {
    let claimed = false;
    for (const placement of ['home', 'rewards', 'checkout', 'card_result']) {
      const result = await api.call('listOffers', { query: { placement } });
      expectStatus(result, 200, `listOffers ${placement}`);
      expect(result.body.experiment?.id && result.body.experiment?.variant, `no experiment for ${placement}`);
      const offer = (result.body.offers as { id: string; cta: { kind: string } }[]).find((o) => o.cta.kind === 'claim');
      if (offer && !claimed) {
        const first = await api.call('claimOffer', { params: { offerId: offer.id }, idempotencyKey: key() });
        expectStatus(first, [200, 201], 'claimOffer');
        const second = await api.call('claimOffer', { params: { offerId: offer.id }, idempotencyKey: key() });
        expectStatus(second, 200, 'claimOffer again');
        expect(second.body.id === first.body.id, 'a second claim created a new claim');
        claimed = true;
      }
    }
    expectError(await api.call('listOffers', { query: { placement: 'nowhere' } }), 400, 'validation');
  });

  // ------------------------------------------------------------ payments
  async function newIntent(amount?: number): Promise<string> {
    if (!demoAvailable) {
      if (options.intentId && amount === undefined) return options.intentId;
      throw new Skip('needs /demo/payment-intents or --intent-id');
    }
    const body = amount === undefined ? undefined : { amount: { amount, currency: 'CNY' } };
    const result = await api.call('createDemoPaymentIntent', { ...(body ? { body } : {}), idempotencyKey: key() });
    expectStatus(result, 201, 'createDemoPaymentIntent');
    return result.body.id;
  }

  let paymentId = '';
  let intentId = '';
  await check('payments: intent, methods, confirm, replay, key reuse', async () => {
    intentId = await newIntent();
    expectStatus(await api.call('getPaymentIntent', { params: { intentId } }), 200, 'getPaymentIntent');
    const methods = await api.call('listPaymentMethods', { params: { intentId } });
    expectStatus(methods, 200, 'listPaymentMethods');
    const intent = await api.call('getPaymentIntent', { params: { intentId } });
    const card = (methods.body.cards as { id: string; available: boolean }[]).find((c) => c.available);
    const method = methods.body.balance.sufficient ? { kind: 'balance' } : card ? { kind: 'card', cardId: card.id } : undefined;
    if (!method) throw new Skip('member A has no usable method');
    const needsStepUp = intent.body.amount.amount > methods.body.passwordFreeLimit.amount;
    let stepUp: Record<string, string> | undefined;
    if (needsStepUp) {
      const challenge = await api.call('createStepUpChallenge', { params: { intentId }, body: { preferred: 'pin' } });
      expectStatus(challenge, 201, 'createStepUpChallenge');
      stepUp = { challengeId: challenge.body.challengeId, kind: 'pin', pin: options.pin ?? '135790' };
    }
    const body = { method, ...(stepUp ? { stepUp } : {}) };
    const k = key();
    const first = await api.call('confirmPaymentIntent', { params: { intentId }, body, idempotencyKey: k });
    expectStatus(first, 200, 'confirmPaymentIntent');
    paymentId = first.body.id;
    const replay = await api.call('confirmPaymentIntent', { params: { intentId }, body, idempotencyKey: k });
    expectStatus(replay, 200, 'replay');
    expect(JSON.stringify(replay.body) === JSON.stringify(first.body), 'replayed payment differs');
    expect(replay.headers.get('idempotent-replayed') === 'true', 'replay lacks Idempotent-Replayed: true');
    const reuse = await api.call('confirmPaymentIntent', { params: { intentId }, body: { ...body, pointsToUse: 100 }, idempotencyKey: k });
    expectError(reuse, 422, 'validation', 'IDEMPOTENCY_KEY_REUSED');
    const again = await api.call('confirmPaymentIntent', { params: { intentId }, body, idempotencyKey: key() });
    if (first.body.status !== 'failed') expectError(again, 409, 'validation');
  });
  await check('payments: status and rating; foreign member → 404', async () => {
    if (!paymentId) throw new Skip('no payment');
    const status = await api.call('getPayment', { params: { paymentId } });
    expectStatus(status, 200, 'getPayment');
    const foreign = needOther();
    expectError(await foreign.call('getPayment', { params: { paymentId } }), 404, 'validation');
    expectError(await foreign.call('getPaymentIntent', { params: { intentId } }), 404, 'validation');
    expectError(await foreign.call('listPaymentMethods', { params: { intentId } }), 404, 'validation');
    if (status.body.status === 'succeeded') {
      expectStatus(await api.call('ratePayment', { params: { paymentId }, body: { stars: 5, comment: 'fast' } }), 200, 'ratePayment');
    }
    expectError(await foreign.call('ratePayment', { params: { paymentId }, body: { stars: 1 } }), 404, 'validation');
  });
  await check('payments: above the password-free limit needs a step-up', async () => {
    const id = await newIntent(88_800);
    const methods = await api.call('listPaymentMethods', { params: { intentId: id } });
    expectStatus(methods, 200, 'listPaymentMethods');
    const card = (methods.body.cards as { id: string; available: boolean }[]).find((c) => c.available);
    const method = card ? { kind: 'card', cardId: card.id } : { kind: 'balance' };
    const missing = await api.call('confirmPaymentIntent', { params: { intentId: id }, body: { method }, idempotencyKey: key() });
    expectError(missing, 403, 'auth', 'STEP_UP_REQUIRED');
    const challenge = await api.call('createStepUpChallenge', { params: { intentId: id } });
    expectStatus(challenge, 201, 'createStepUpChallenge');
    const k = key();
    const wrong = await api.call('confirmPaymentIntent', {
      params: { intentId: id },
      body: { method, stepUp: { challengeId: challenge.body.challengeId, kind: 'pin', pin: (options.pin ?? '135790') === '000000' ? '111111' : '000000' } },
      idempotencyKey: k,
    });
    expectError(wrong, 403, 'auth');
    const right = await api.call('confirmPaymentIntent', {
      params: { intentId: id },
      body: { method, stepUp: { challengeId: challenge.body.challengeId, kind: 'pin', pin: options.pin ?? '135790' } },
      idempotencyKey: k,
    });
    expectStatus(right, 200, 'confirm with step-up (same key after a refused step-up)');
  });

  await check('payments: handoff ticket for a host pay page, replayed by key; (sandbox) redeemed once', async () => {
    const id = demoAvailable ? await newIntent(12_34) : intentId;
    if (!id) throw new Skip('no intent');
    const methods = await api.call('listPaymentMethods', { params: { intentId: id } });
    expectStatus(methods, 200, 'listPaymentMethods');
    const card = (methods.body.cards as { id: string; available: boolean }[]).find((c) => c.available);
    const method = methods.body.balance.sufficient ? { kind: 'balance' } : card ? { kind: 'card', cardId: card.id } : undefined;
    if (!method) throw new Skip('member A has no usable method');
    const k = key();
    const first = await api.call('createPaymentHandoff', { params: { intentId: id }, body: { method }, idempotencyKey: k });
    if (!demoAvailable) {
      // The one intent given was confirmed above: a ticket (it failed) or a refusal, in shape.
      expectStatus(first, [201, 409], 'createPaymentHandoff');
      return;
    }
    expectStatus(first, 201, 'createPaymentHandoff');
    const replay = await api.call('createPaymentHandoff', { params: { intentId: id }, body: { method }, idempotencyKey: k });
    expectStatus(replay, 201, 'replay');
    expect(replay.body.ticket === first.body.ticket, 'replay issued a second ticket');
    expectError(await needOther().call('createPaymentHandoff', { params: { intentId: id }, body: { method }, idempotencyKey: key() }), 404, 'validation');
    const ticket = first.body.ticket as string;
    const done = await api.call('completeDemoPaymentHandoff', { params: { ticket }, body: { outcome: 'succeeded' } });
    expectStatus(done, 200, 'completeDemoPaymentHandoff');
    expect(done.body.payment?.status === 'succeeded', `handoff payment is ${done.body.payment?.status}`);
    const again = await api.call('completeDemoPaymentHandoff', { params: { ticket }, body: { outcome: 'succeeded' } });
    expectStatus(again, 200, 'completeDemoPaymentHandoff again');
    expect(again.body.payment?.id === done.body.payment.id, 'completing the ticket again paid again');
    const intent = await api.call('getPaymentIntent', { params: { intentId: id } });
    expect(intent.body.status === 'succeeded' && intent.body.latestPaymentId === done.body.payment.id, 'the intent does not show the handoff payment');
  });

  // ------------------------------------------------------------ analytics
  await check('analytics: batch ingest deduplicates by event id; summary', async () => {
    const session = randomUUID();
    const events = [0, 1].map((i) => ({
      id: randomUUID(),
      name: 'banklet-conformance-check',
      ts: Date.now() + i,
      widget: 'banklet-conformance',
      sessionId: session,
      correlationId: session,
      experiment: { id: 'exp-conformance', variant: 'control' },
      props: { step: i },
    }));
    const first = await api.call('ingestAnalyticsEvents', { body: { events } });
    expectStatus(first, 200, 'ingestAnalyticsEvents');
    expect(first.body.accepted === 2 && first.body.duplicates === 0, `first batch: ${JSON.stringify(first.body)}`);
    const again = await api.call('ingestAnalyticsEvents', { body: { events } });
    expectStatus(again, 200, 'ingestAnalyticsEvents again');
    expect(again.body.accepted === 0 && again.body.duplicates === 2, `resent batch: ${JSON.stringify(again.body)}`);
    expectError(await api.call('ingestAnalyticsEvents', { body: { events: [{ id: 'x' }] } }), 400, 'validation');
    const summary = await api.call('getAnalyticsSummary', { query: { widget: 'banklet-conformance' } });
    expectStatus(summary, 200, 'getAnalyticsSummary');
  });

  // ------------------------------------------------------------ coverage and shapes overall
  await check('coverage: every operation of the contract was exercised', async () => {
    const called = new Set(anonymous.seen.map((s) => s.operationId));
    const missing = contract.operations.map((op) => op.operationId).filter((id) => !called.has(id));
    const optional = demoAvailable ? [] : ['createDemoPaymentIntent', 'completeDemoPaymentHandoff'];
    const relevant = missing.filter((id) => !optional.includes(id));
    expect(relevant.length === 0, `not exercised: ${relevant.join(', ')}`);
  });
  await check('shapes: every response received conforms to the contract', async () => {
    // A backend without the sandbox-only /demo operations answers them 404; that is not a defect.
    const sandboxOnly = new Set(['issueDemoToken', 'createDemoPaymentIntent', 'completeDemoPaymentHandoff']);
    const broken = anonymous.seen.filter((s) => s.problems.length > 0 && !(sandboxOnly.has(s.operationId) && s.status === 404 && !demoAvailable));
    expect(
      broken.length === 0,
      broken.map((b) => `${b.operationId} ${b.status}: ${b.problems.join('; ')}`).join(' | '),
    );
  });

  return summarize(checks, log);
}

function summarize(checks: CheckResult[], log: (line: string) => void): ConformanceResult {
  const result: ConformanceResult = {
    passed: checks.filter((c) => c.status === 'pass').length,
    failed: checks.filter((c) => c.status === 'fail').length,
    skipped: checks.filter((c) => c.status === 'skip').length,
    checks,
  };
  log(`\n${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
  return result;
}
