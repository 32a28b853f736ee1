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
