import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { createClient } from './client.js';
import type { ConfirmPaymentRequest, Payment } from './resources/payments.js';
import { fakeTransport, freshDbName, type Reply } from './testing/fake-transport.js';

const payment = (status: Payment['status']): Payment => ({
  id: 'pay_1',
  intentId: 'pi_1',
  status,
  amount: { amount: 12345, currency: 'CNY' },
  cashAmount: { amount: 12345, currency: 'CNY' },
  pointsUsed: 0,
  method: { kind: 'card', cardId: 'card_1' },
  instalmentPlan: null,
  reference: 'R-1',
  pointsEarned: 12,
  failureCode: null,
  createdAt: '2026-11-23T10:00:00Z',
});
const ok = (status: Payment['status'] = 'succeeded'): Reply => ({ status: 200, body: payment(status) });
const body: ConfirmPaymentRequest = { method: { kind: 'card', cardId: 'card_1' }, pointsToUse: 0 };

/** A "page": a fresh client (as after a reload) on the given database. */
function page(dbName: string, ...script: Reply[]) {
  const transport = fakeTransport(...script);
  const client = createClient(
    { baseUrl: 'https://api.test/v1', fetchToken: async () => 't', transport, analytics: false, retry: { retries: 0 } },
    { dbName, random: () => 0 },
  );
  return { client, transport, keys: () => transport.calls.map((c) => c.headers['idempotency-key']) };
}

describe('idempotency keys', () => {
  let db: string;
  beforeEach(() => {
    db = freshDbName();
  });

  it('sends one key, made before the first try, on every retry of the same call', async () => {
    const transport = fakeTransport({ status: 503 }, { throws: new TypeError('offline') }, ok());
    const client = createClient({ baseUrl: 'https://api.test/v1', fetchToken: async () => 't', transport, analytics: false }, { dbName: db, random: () => 0 });
    const { data } = await client.payments.confirm('pi_1', body);
    expect(data?.status).to.equal('succeeded');
    const keys = transport.calls.map((c) => c.headers['idempotency-key']);
    expect(keys).to.have.length(3);
    expect(new Set(keys).size).to.equal(1);
    expect(keys[0]).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('reuses the key after a reload (a new client instance, same intent and body)', async () => {
    const first = page(db, { throws: new TypeError('offline') });
    expect((await first.client.payments.confirm('pi_1', body)).error?.type).to.equal('network');
    const second = page(db, { status: 504 });
    await second.client.payments.confirm('pi_1', body);
    const third = page(db, ok());
    await third.client.payments.confirm('pi_1', body);
    expect(second.keys()[0]).to.equal(first.keys()[0]);
    expect(third.keys()[0]).to.equal(first.keys()[0]);
  });

  it('makes a new key when the body for the same intent changes', async () => {
    const first = page(db, { throws: new TypeError('offline') });
    await first.client.payments.confirm('pi_1', body);
    const changed = page(db, { throws: new TypeError('offline') });
    await changed.client.payments.confirm('pi_1', { ...body, pointsToUse: 500 });
    expect(changed.keys()[0]).to.not.equal(first.keys()[0]);
    // Same body, keys in a different order: still the same action.
    const reordered = page(db, ok());
    await reordered.client.payments.confirm('pi_1', { pointsToUse: 500, method: { cardId: 'card_1', kind: 'card' } });
    expect(reordered.keys()[0]).to.equal(changed.keys()[0]);
  });

  it('keeps separate keys for separate intents', async () => {
    const p = page(db, { throws: new TypeError('offline') });
    await p.client.payments.confirm('pi_1', body);
    await p.client.payments.confirm('pi_2', body);
    expect(p.keys()[0]).to.not.equal(p.keys()[1]);
  });

  // What the first answer was → whether a later call of the same intent and body reuses the key.
  const outcomes: Array<[string, Reply, boolean]> = [
    ['2xx with a terminal status (succeeded)', ok('succeeded'), false],
    ['2xx with a terminal status (failed)', ok('failed'), false],
    ['2xx still processing', ok('processing'), true],
    ['400', { status: 400 }, false],
    ['403 step-up required', { status: 403 }, false],
    ['422 declined', { status: 422, body: { error: { type: 'declined', code: 'CARD_DECLINED', message: '', retryable: false, requestId: 'r' } } }, false],
    ['409 (request with this key still running)', { status: 409 }, true],
    ['429', { status: 429 }, true],
    ['500', { status: 500 }, true],
    ['a network error', { throws: new TypeError('offline') }, true],
    ['a timeout', { status: 408 }, true],
    ['a malformed 2xx', { status: 200, body: { nope: true } }, true],
  ];
  for (const [what, reply, kept] of outcomes) {
    it(`${kept ? 'keeps' : 'drops'} the key after ${what}`, async () => {
      const before = page(db, reply);
      await before.client.payments.confirm('pi_1', body);
      const after = page(db, ok());
      await after.client.payments.confirm('pi_1', body);
      expect(after.keys()[0] === before.keys()[0]).to.equal(kept);
    });
  }

  it('never stores the body in plain text (only a keyed hash of it)', async () => {
    const p = page(db, { throws: new TypeError('offline') });
    await p.client.payments.confirm('pi_1', { ...body, stepUp: { challengeId: 'ch_1', kind: 'pin', pin: '135790' } });
    const raw = await openDB(db);
    const records = await raw.getAll('idempotency');
    raw.close();
    expect(records).to.have.length(1);
    expect(records[0].intent).to.equal('payment-confirm:pi_1');
    expect(JSON.stringify(records)).not.to.contain('135790');
    expect(records[0].fingerprint).to.match(/^[0-9a-f]{64}$/);
  });

  it('gives two simultaneous taps the same key', async () => {
    const p = page(db, ok());
    await Promise.all([p.client.payments.confirm('pi_1', body), p.client.payments.confirm('pi_1', body)]);
    expect(p.keys()[0]).to.equal(p.keys()[1]);
  });

  it('sends no key on reads', async () => {
    const p = page(db, { status: 200, body: {} });
    await p.client.request({ method: 'GET', path: '/x', idempotency: { intent: 'read' } });
    expect(p.transport.calls[0]!.headers).not.to.have.property('idempotency-key');
  });
});
