import { expect } from '@open-wc/testing';
import { spy } from 'sinon';
import { openDB } from 'idb';
import { createClient, type BankletClient } from './client.js';
import type { BankletConfig } from './config.js';
import type { PaymentIntent } from './resources/payments.js';
import { freshDbName } from './testing/fake-transport.js';
import { clearFaults, demoToken, injectFault, sandboxApi } from './testing/sandbox.js';

/** The SDK against the real sandbox: real responses through the runtime checks, real idempotency. */
describe('SDK on the sandbox', () => {
  let dbName: string;
  beforeEach(() => {
    dbName = freshDbName();
  });
  afterEach(clearFaults);

  async function client(memberId: string, config: Partial<BankletConfig> = {}): Promise<BankletClient> {
    return createClient(
      { baseUrl: await sandboxApi(), fetchToken: () => demoToken(memberId), analytics: false, locale: 'en', retry: { baseDelayMs: 20 }, ...config },
      { dbName },
    );
  }

  it('reads every journey’s data through the runtime checks', async () => {
    const c = await client('m-ledger');
    const products = await c.cards.products();
    expect(products.error).to.equal(undefined);
    const terms = await c.cards.terms(products.data!.items[0]!.id);
    const account = await c.rewards.account();
    const catalogue = await c.rewards.catalogue();
    const checkIns = await c.rewards.checkInState();
    const tasks = await c.rewards.tasks();
    const offers = await c.offers.list({ placement: 'home' });
    for (const result of [terms, account, catalogue, checkIns, tasks, offers]) expect(result.error).to.equal(undefined);

    const first = await c.rewards.ledger({ limit: 50 });
    expect(first.data!.items).to.have.length(50);
    const second = await c.rewards.ledger({ limit: 50, cursor: first.data!.nextCursor! });
    expect(second.data!.items[0]!.id).to.not.equal(first.data!.items[0]!.id);
  });

  it('pays once when the response is lost after the charge: the retry carries the same key and is replayed', async () => {
    const c = await client('m-high');
    const intent = await c.request<PaymentIntent>({ method: 'POST', path: '/demo/payment-intents', body: { amount: { amount: 1_000, currency: 'CNY' } } });
    const intentId = intent.data!.id;
    const methods = await c.payments.methods(intentId);
    const card = methods.data!.cards.find((k) => k.available)!;
    // Two drops: Chromium itself resends a POST once when a reused connection dies without an
    // answer (with the same headers, so the same key); the second drop reaches the SDK's retry.
    await injectFault({ route: 'confirmPaymentIntent', dropAfterCommit: true, count: 2 });
    const fetchSpy = spy(window, 'fetch');
    let paid;
    try {
      paid = await c.payments.confirm(intentId, { method: { kind: 'card', cardId: card.id } });
    } finally {
      fetchSpy.restore();
    }
    expect(paid.data?.status).to.equal('succeeded');
    const keys = fetchSpy.args
      .filter(([url]) => String(url).endsWith(`/payment-intents/${intentId}/confirm`))
      .map(([, init]) => new Headers(init?.headers).get('idempotency-key'));
    expect(keys.length).to.be.at.least(2);
    expect(new Set(keys).size).to.equal(1);

    // Paying the same intent again is refused by the server, not charged.
    const again = await c.payments.confirm(intentId, { method: { kind: 'card', cardId: card.id } });
    expect(again.error).to.include({ code: 'INTENT_NOT_PAYABLE', status: 409 });
    expect((await c.payments.intent(intentId)).data?.status).to.equal('succeeded');
  });

  it('retries server errors and recovers; gives up with a typed error when they persist', async () => {
    const c = await client('m-mid');
    await injectFault({ route: 'getRewardsAccount', errorRate: 1, status: 503, count: 2 });
    expect((await c.rewards.account()).data?.balance).to.be.a('number');
    await injectFault({ route: 'getRewardsAccount', errorRate: 1, status: 503 });
    expect((await c.rewards.account()).error).to.include({ type: 'server', status: 503, retryable: true });
  });

  it('refreshes a rejected token once and carries on', async () => {
    let calls = 0;
    const fetchToken = spy(async (): Promise<string> => (++calls === 1 ? 'expired-token' : demoToken('m-low')));
    const c = await client('m-low', { fetchToken });
    expect((await c.rewards.account()).error).to.equal(undefined);
    expect(fetchToken.callCount).to.equal(2);
  });

  it('reports the server’s field errors as a typed validation error', async () => {
    const c = await client('m-potential');
    const { error } = await c.applications.submit({
      productId: 'nope',
      applicant: { name: '王小明', idNumber: '110105199003071238', mobile: '13812345678', email: 'wang@example.com' },
      employment: { employer: 'Acme', occupation: 'Engineer', incomeBand: '10k_20k' },
      address: { province: '北京', city: '北京', line1: '1 Road' },
      consents: [],
      otpVerificationId: 'x',
      attribution: { channel: 'partner_web' },
    });
    expect(error?.type).to.equal('validation');
    expect(error?.requestId).to.be.a('string').and.not.equal('');
    expect(error?.code).to.equal('VALIDATION_FAILED');
    expect(error?.fields).to.deep.include({ field: 'consents', code: 'TOO_SHORT', params: { min: 1 } });
  });

  it('delivers analytics batches to the ingest endpoint and empties the outbox', async () => {
    const c = await client('m-mid', { analytics: { batchSize: 50, flushIntervalMs: 60_000 } });
    const widget = `banklet-sdk-test-${Math.random().toString(36).slice(2)}`;
    for (let i = 0; i < 3; i++) c.track({ name: 'banklet-test-event', widget, props: { i } });
    await new Promise((r) => setTimeout(r, 50));
    await c.flushEvents();
    c.dispose();
    const db = await openDB(dbName);
    expect(await db.count('outbox')).to.equal(0);
    db.close();
    const summary = await c.request<{ steps: Array<{ widget: string; events: number }> }>({ method: 'GET', path: '/analytics/summary', query: { widget } });
    expect(summary.data!.steps.find((s) => s.widget === widget)?.events).to.equal(3);
  });
});
