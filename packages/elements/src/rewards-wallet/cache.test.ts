import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { CACHE_DB, clearAllWalletCaches, dropWalletCacheMemory, flushWalletCache, WalletCache } from './cache.js';

describe('wallet cache', () => {
  afterEach(() => clearAllWalletCaches());

  it('keeps values encrypted in IndexedDB and reads them back on a later page', async () => {
    const cache = new WalletCache('https://bank.example/v1');
    const ledger = { entries: [{ id: 'e1', description: '星巴克消费', merchant: '星巴克', points: 120 }], cursor: 'c2' };
    cache.write('ledger:all:all', ledger, 1_700_000_000_000);
    await flushWalletCache();
    dropWalletCacheMemory();

    const stored = await openDB(CACHE_DB);
    const record = await stored.get('records', 'https://bank.example/v1|ledger:all:all');
    stored.close();
    expect(record.data).to.be.instanceOf(ArrayBuffer);
    const bytes = new TextDecoder().decode(record.data);
    expect(bytes).not.to.contain('星巴克');
    expect(bytes).not.to.contain('e1');

    expect(await new WalletCache('https://bank.example/v1').read('ledger:all:all')).to.deep.equal({ value: ledger, savedAt: 1_700_000_000_000 });
    // Another API base URL is another scope.
    expect(await new WalletCache('https://other.example/v1').read('ledger:all:all')).to.equal(undefined);
  });

  it('forgets one scope on clear, and everything on clearAllWalletCaches', async () => {
    const a = new WalletCache('https://a.example');
    const b = new WalletCache('https://b.example');
    a.write('account', { balance: 1 });
    b.write('account', { balance: 2 });
    await flushWalletCache();
    await a.clear();
    dropWalletCacheMemory();
    expect(await a.read('account')).to.equal(undefined);
    expect((await b.read<{ balance: number }>('account'))?.value.balance).to.equal(2);
    await clearAllWalletCaches();
    dropWalletCacheMemory();
    expect(await b.read('account')).to.equal(undefined);
  });
});
