import { expect } from '@open-wc/testing';
import { createClient } from '../client.js';
import { fakeTransport, freshDbName, type Reply } from '../testing/fake-transport.js';

describe('payments.createHandoff', () => {
  it('posts the choice under one key until a ticket is issued; the next handoff gets a new key', async () => {
    const ticket = { ticket: 'opaque-1', intentId: 'pi_1', expiresAt: '2026-11-23T12:05:00Z' };
    const script: Reply[] = [
      { status: 503, body: { error: { type: 'server', code: 'BUSY', message: 'busy', retryable: true, requestId: 'r' } } },
      { status: 201, body: ticket },
      { status: 201, body: { ...ticket, ticket: 'opaque-2' } },
    ];
    const transport = fakeTransport(...script);
    const client = createClient(
      { baseUrl: 'https://api.test/v1', fetchToken: async () => 't', transport, analytics: false, retry: { retries: 0 } },
      { dbName: freshDbName() },
    );
    const choice = { method: { kind: 'card' as const, cardId: 'c/1' }, pointsToUse: 100 };

    expect((await client.payments.createHandoff('pi_1', choice)).error?.type).to.equal('server');
    expect((await client.payments.createHandoff('pi_1', choice)).data).to.deep.equal(ticket);
    expect((await client.payments.createHandoff('pi_1', choice)).data?.ticket).to.equal('opaque-2');

    const [failed, retried, next] = transport.calls;
    expect(`${failed!.method} ${failed!.path}`).to.equal('POST /payment-intents/pi_1/handoffs');
    expect(failed!.body).to.deep.equal(choice);
    expect(retried!.headers['idempotency-key'], 'a retry after no ticket reuses the key').to.equal(failed!.headers['idempotency-key']);
    expect(next!.headers['idempotency-key'], 'a new handoff after a ticket gets its own key').not.to.equal(retried!.headers['idempotency-key']);
  });

  it('a body without a ticket is a typed error, not a crash', async () => {
    const transport = fakeTransport({ status: 201, body: { intentId: 'pi_1' } });
    const client = createClient(
      { baseUrl: 'https://api.test/v1', fetchToken: async () => 't', transport, analytics: false, retry: { retries: 0 } },
      { dbName: freshDbName() },
    );
    expect((await client.payments.createHandoff('pi_1', { method: { kind: 'balance' } })).error).to.include({ type: 'server', code: 'MALFORMED_RESPONSE' });
  });
});

describe('payments.confirm', () => {
  it('keeps the step-up secret out of the idempotency fingerprint: an unknown outcome is retried under the same key whatever PIN is typed', async () => {
    const payment = { id: 'pay_1', intentId: 'pi_1', status: 'succeeded' };
    const transport = fakeTransport({ throws: new TypeError('Failed to fetch') }, { status: 200, body: payment });
    const client = createClient(
      { baseUrl: 'https://api.test/v1', fetchToken: async () => 't', transport, analytics: false, retry: { retries: 0 } },
      { dbName: freshDbName() },
    );
    const choice = { method: { kind: 'balance' as const } };
    expect((await client.payments.confirm('pi_1', { ...choice, stepUp: { kind: 'pin', challengeId: 'ch_1', pin: '135790' } })).error?.type).to.equal('network');
    await client.payments.confirm('pi_1', { ...choice, stepUp: { kind: 'pin', challengeId: 'ch_1', pin: '000000' } });
    const [first, second] = transport.calls;
    expect(second!.headers['idempotency-key']).to.equal(first!.headers['idempotency-key']);
    expect((second!.body as { stepUp: { pin: string } }).stepUp.pin, 'the body itself is sent as given').to.equal('000000');
  });
});
