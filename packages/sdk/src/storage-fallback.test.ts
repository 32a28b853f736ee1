import { expect } from '@open-wc/testing';
import { stub, type SinonStub } from 'sinon';
import { createClient } from './client.js';
import { createSecureStore } from './secure-store.js';
import { fakeTransport, freshDbName } from './testing/fake-transport.js';

/** IndexedDB refused (private modes, locked-down WebViews): everything keeps working in memory. */
describe('without IndexedDB', () => {
  let open: SinonStub;
  beforeEach(() => {
    open = stub(indexedDB, 'open').throws(new DOMException('The user denied permission', 'InvalidStateError'));
  });
  afterEach(() => open.restore());

  it('keeps idempotency keys in memory: shared by clients on the page, dropped after a terminal result', async () => {
    const dbName = freshDbName();
    const make = () => {
      const transport = fakeTransport({ throws: new TypeError('offline') });
      const client = createClient({ baseUrl: 'https://api.test/v1', fetchToken: async () => 't', transport, analytics: false, retry: { retries: 0 } }, { dbName });
      return { client, transport };
    };
    const a = make();
    const b = make();
    await a.client.rewards.redeem({ itemId: 'item-1' });
    await b.client.rewards.redeem({ itemId: 'item-1' });
    const key = a.transport.calls[0]!.headers['idempotency-key'];
    expect(b.transport.calls[0]!.headers['idempotency-key']).to.equal(key);
    b.transport.script = [{ status: 400 }];
    await b.client.rewards.redeem({ itemId: 'item-1' });
    b.transport.script = [{ throws: new TypeError('offline') }];
    await b.client.rewards.redeem({ itemId: 'item-1' });
    expect(b.transport.calls[2]!.headers['idempotency-key']).to.not.equal(key);
    expect(open.called).to.equal(true);
  });

  it('keeps drafts for the page only, with expiry', async () => {
    let now = 1_000;
    const store = createSecureStore('ns', { dbName: freshDbName(), now: () => now });
    await store.set('d', { a: 1 }, { ttlMs: 10 });
    expect(await store.get('d')).to.deep.equal({ a: 1 });
    now += 10;
    expect(await store.get('d')).to.equal(undefined);
  });

  it('still delivers analytics from memory', async () => {
    const sent: string[][] = [];
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      sent.push((JSON.parse(init.body as string) as { events: Array<{ id: string }> }).events.map((e) => e.id));
      return Response.json({ accepted: 2, duplicates: 0 });
    }) as typeof fetch;
    const client = createClient(
      { baseUrl: 'https://api.test/v1', fetchToken: async () => 't', analytics: { batchSize: 2 } },
      { dbName: freshDbName(), fetch: fetchImpl },
    );
    const ids = [client.track({ name: 'a', widget: 'w' }).id, client.track({ name: 'b', widget: 'w' }).id];
    for (let i = 0; i < 50 && sent.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    client.dispose();
    expect(sent).to.deep.equal([ids]);
  });
});
