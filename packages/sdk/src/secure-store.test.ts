import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { createSecureStore, DRAFT_TTL_MS, purgeExpiredDrafts } from './secure-store.js';
import { freshDbName } from './testing/fake-transport.js';

const draft = { name: '王小明', idNumber: '110105199003071239', mobile: '13812345678', step: 2 };

async function rawRecords(dbName: string) {
  const db = await openDB(dbName);
  const drafts = await db.getAll('drafts');
  const keys = await db.getAll('keys');
  db.close();
  return { drafts, keys };
}

describe('secure store', () => {
  let dbName: string;
  let clock: number;
  const now = () => clock;
  beforeEach(() => {
    dbName = freshDbName();
    clock = Date.UTC(2026, 10, 23);
  });

  it('round-trips values per namespace, and deletes them', async () => {
    const store = createSecureStore('card-application', { dbName, now });
    const other = createSecureStore('other', { dbName, now });
    await store.set('d1', draft);
    expect(await store.get('d1')).to.deep.equal(draft);
    expect(await other.get('d1')).to.equal(undefined);
    expect(await store.get('missing')).to.equal(undefined);
    await store.delete('d1');
    expect(await store.get('d1')).to.equal(undefined);
  });

  it('resumes a draft within 30 days, and not after', async () => {
    const store = createSecureStore('card-application', { dbName, now });
    await store.set('d1', draft);
    clock += DRAFT_TTL_MS - 1;
    expect(await store.get('d1')).to.deep.equal(draft);
    clock += 1;
    expect(await store.get('d1')).to.equal(undefined);
    expect((await rawRecords(dbName)).drafts).to.have.length(0); // expired records are removed on read
  });

  it('honours a custom ttl and purges expired drafts in bulk', async () => {
    const store = createSecureStore('ns', { dbName, now });
    await store.set('short', 1, { ttlMs: 1000 });
    await store.set('long', 2);
    clock += 1000;
    expect(await purgeExpiredDrafts({ dbName, now })).to.equal(1);
    expect(await store.get('long')).to.equal(2);
  });

  it('keeps no plaintext in IndexedDB: ciphertext, a fresh 96-bit IV per write, a non-extractable key', async () => {
    const store = createSecureStore('card-application', { dbName, now });
    await store.set('d1', draft);
    await store.set('d1', draft);
    const { drafts, keys } = await rawRecords(dbName);
    expect(drafts).to.have.length(1);
    const record = drafts[0];
    expect(record.iv).to.be.instanceOf(Uint8Array);
    expect(record.iv.byteLength).to.equal(12);
    const bytes = new Uint8Array(record.ciphertext);
    const asText = new TextDecoder('utf-8', { fatal: false }).decode(bytes) + JSON.stringify(record) + JSON.stringify(Array.from(bytes));
    for (const secret of ['110105199003071239', '13812345678', '王小明', 'idNumber']) expect(asText).not.to.contain(secret);

    const firstIv = Array.from(record.iv as Uint8Array).join();
    await store.set('d1', draft);
    const again = (await rawRecords(dbName)).drafts[0];
    expect(Array.from(again.iv as Uint8Array).join()).not.to.equal(firstIv);

    const key = keys.find((k) => k.id === 'secure-store').key as CryptoKey;
    expect(key.extractable).to.equal(false);
    expect(key.algorithm.name).to.equal('AES-GCM');
  });

  it('refuses a ciphertext moved to another record (the id is bound in)', async () => {
    const store = createSecureStore('ns', { dbName, now });
    await store.set('a', { secret: 1 });
    const db = await openDB(dbName);
    const a = await db.get('drafts', 'ns:a');
    await db.put('drafts', { ...a, id: 'ns:b' });
    db.close();
    expect(await store.get('b')).to.equal(undefined);
    expect(await store.get('a')).to.deep.equal({ secret: 1 });
  });

  it('reads drafts back from a second store instance (a reload)', async () => {
    await createSecureStore('ns', { dbName, now }).set('d', draft);
    expect(await createSecureStore('ns', { dbName, now }).get('d')).to.deep.equal(draft);
  });
});
