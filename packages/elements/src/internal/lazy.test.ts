import { expect } from '@open-wc/testing';
import { lazyModule } from './lazy.js';

describe('lazyModule', () => {
  it('imports once, sets current, and asks a connected host to render again', async () => {
    let imports = 0;
    const lazy = lazyModule(async () => ({ n: (imports += 1) }));
    const host = { isConnected: true, updates: 0, requestUpdate() { this.updates += 1; } };
    const gone = { isConnected: false, updates: 0, requestUpdate() { this.updates += 1; } };
    expect(lazy.current).to.equal(undefined);
    lazy.whenNeeded(host);
    lazy.whenNeeded(gone);
    await lazy.load();
    await Promise.resolve();
    expect(imports).to.equal(1);
    expect(lazy.current).to.deep.equal({ n: 1 });
    expect(host.updates).to.equal(1);
    expect(gone.updates).to.equal(0);
  });

  it('tries again after a failed import', async () => {
    let calls = 0;
    const lazy = lazyModule(async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'ok';
    });
    let failed = false;
    await lazy.load().catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(await lazy.load()).to.equal('ok');
    expect(calls).to.equal(2);
  });

  it('prefetches once per page however many elements ask', async () => {
    let imports = 0;
    const lazy = lazyModule(async () => (imports += 1));
    for (let i = 0; i < 50; i += 1) lazy.prefetch();
    for (let i = 0; i < 100 && lazy.current === undefined; i += 1) await new Promise((r) => setTimeout(r, 30));
    expect(imports).to.equal(1);
  });
});
