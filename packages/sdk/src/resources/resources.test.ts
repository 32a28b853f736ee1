import { expect } from '@open-wc/testing';
import { createClient, type BankletClient } from '../client.js';
import { fakeTransport, freshDbName, type FakeTransport, type Reply } from '../testing/fake-transport.js';

function clientWith(...script: Reply[]): { client: BankletClient; transport: FakeTransport } {
  const transport = fakeTransport(...script);
  const client = createClient(
    { baseUrl: 'https://api.test/v1', fetchToken: async () => 't', transport, analytics: false, retry: { retries: 0 } },
    { dbName: freshDbName() },
  );
  return { client, transport };
}

const money = (amount: number) => ({ amount, currency: 'CNY' });

describe('resources', () => {
  it('offers: list by placement and claim with a key per offer', async () => {
    const list = { placement: 'home', experiment: { id: 'e', variant: 'B' }, offers: [] };
    const { client, transport } = clientWith({ status: 200, body: list }, { status: 201, body: { id: 'c1', offerId: 'o/1', status: 'claimed', couponCode: null, claimedAt: 'x' } });
    expect((await client.offers.list({ placement: 'home' })).data).to.deep.equal(list);
    expect((await client.offers.claim('o/1')).data?.id).to.equal('c1');
    expect(transport.calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal(['GET /offers?placement=home', 'POST /offers/o%2F1/claims']);
    expect(transport.calls[1]!.headers['idempotency-key']).to.be.a('string');
  });

  it('rewards: ledger query parameters, and a malformed page is a typed error, not a crash', async () => {
    const { client, transport } = clientWith({ status: 200, body: { items: [{ id: 'l1', type: 'earn', date: 'd', points: 1.5 }], nextCursor: null } });
    const { error } = await client.rewards.ledger({ cursor: 'abc', type: 'earn', month: '2026-11' });
    expect(transport.calls[0]!.path).to.equal('/rewards/ledger?cursor=abc&type=earn&month=2026-11');
    expect(error).to.include({ type: 'server', code: 'MALFORMED_RESPONSE' });
  });

  it('payments: confirm posts the body under a key, and keeps the key while processing', async () => {
    const payment = {
      id: 'pay_1', intentId: 'pi_1', status: 'processing', amount: money(100), cashAmount: money(100), pointsUsed: 0,
      method: { kind: 'balance' }, instalmentPlan: null, reference: 'R', pointsEarned: 1, failureCode: null, createdAt: 'x',
    };
    const { client, transport } = clientWith({ status: 200, body: payment }, { status: 200, body: payment });
    const body = { method: { kind: 'balance' as const } };
    expect((await client.payments.confirm('pi_1', body)).data?.status).to.equal('processing');
    await client.payments.confirm('pi_1', body);
    expect(transport.calls[0]!.path).to.equal('/payment-intents/pi_1/confirm');
    expect(transport.calls[0]!.body).to.deep.equal(body);
    expect(transport.calls[1]!.headers['idempotency-key']).to.equal(transport.calls[0]!.headers['idempotency-key']);
  });

  it('applications, cards, otp: paths and checks', async () => {
    const application = {
      id: 'a1', reference: 'BKA-1', productId: 'p1', status: 'approved', creditLimit: money(1_000_000), reasonCode: null,
      submittedAt: 'x', decidedAt: 'x', activated: false, maskedName: '王*', maskedMobile: '138****5678',
    };
    const { client, transport } = clientWith(
      { status: 200, body: application },
      { status: 200, body: { segment: 'mid', items: [] } },
      { status: 200, body: { productId: 'p1', items: [] } },
      { status: 201, body: { challengeId: 'ch', resendAfterSeconds: 60, expiresAt: 'x', maskedMobile: '138****5678', codeLength: 6 } },
      { status: 200, body: { verificationId: 'v', expiresAt: 'x' } },
    );
    expect((await client.applications.get('a1')).data?.status).to.equal('approved');
    expect((await client.cards.products()).data?.segment).to.equal('mid');
    expect((await client.cards.terms('p1')).data?.productId).to.equal('p1');
    expect((await client.otp.send({ mobile: '13812345678', purpose: 'card_application' })).data?.challengeId).to.equal('ch');
    expect((await client.otp.verify('ch', { code: '246810' })).data?.verificationId).to.equal('v');
    expect(transport.calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal([
      'GET /card-applications/a1',
      'GET /card-products',
      'GET /terms?product=p1',
      'POST /otp',
      'POST /otp/ch/verify',
    ]);
    expect(transport.calls[3]!.headers).not.to.have.property('idempotency-key');
  });
});
