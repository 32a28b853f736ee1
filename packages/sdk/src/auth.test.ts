import { expect } from '@open-wc/testing';
import { spy } from 'sinon';
import { createCoreClient } from './core-client.js';
import { fakeTransport, freshDbName } from './testing/fake-transport.js';
import type { Transport, TransportResponse } from './config.js';

describe('auth: lazy token, single-flight refresh on 401', () => {
  it('fetches the token lazily, on the first request only', async () => {
    const fetchToken = spy(async () => 'tok-1');
    const transport = fakeTransport({ status: 200, body: {} });
    const client = createCoreClient({ baseUrl: 'https://api.test/v1', fetchToken, transport }, { dbName: freshDbName() });
    expect(fetchToken.callCount).to.equal(0);
    await Promise.all([client.request({ method: 'GET', path: '/a' }), client.request({ method: 'GET', path: '/b' })]);
    await client.request({ method: 'GET', path: '/c' });
    expect(fetchToken.callCount).to.equal(1);
    expect(transport.calls.map((c) => c.headers.authorization)).to.deep.equal(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-1']);
  });

  it('refreshes exactly once when 10 parallel calls all get 401, and retries each once', async () => {
    let issued = 0;
    const fetchToken = spy(async () => {
      await new Promise((r) => setTimeout(r, 5));
      return `tok-${++issued}`;
    });
    const seen: string[] = [];
    // The old token is rejected; each request answers after a different delay, so some 401s
    // arrive while the refresh is running and some after it finished.
    const transport: Transport = {
      async request(req): Promise<TransportResponse> {
        const auth = req.headers.authorization!;
        seen.push(auth);
        await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 15)));
        return auth === 'Bearer tok-1' ? { status: 401, headers: {}, body: undefined } : { status: 200, headers: {}, body: { ok: true } };
      },
    };
    const client = createCoreClient({ baseUrl: 'https://api.test/v1', fetchToken, transport }, { dbName: freshDbName() });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => client.request({ method: 'GET', path: `/r${i}` })));
    expect(fetchToken.callCount).to.equal(2);
    expect(results.every((r) => r.data !== undefined)).to.equal(true);
    expect(seen.filter((s) => s === 'Bearer tok-1')).to.have.length(10);
    expect(seen.filter((s) => s === 'Bearer tok-2')).to.have.length(10);
  });

  it('gives a typed auth error when the refreshed token is rejected too', async () => {
    const fetchToken = spy(async () => 'always-bad');
    const transport = fakeTransport({ status: 401 });
    const client = createCoreClient({ baseUrl: 'https://api.test/v1', fetchToken, transport }, { dbName: freshDbName() });
    const { error } = await client.request({ method: 'GET', path: '/a' });
    expect(error).to.include({ type: 'auth', status: 401, retryable: false });
    expect(transport.calls).to.have.length(2);
    expect(fetchToken.callCount).to.equal(2);
  });

  it('reports TOKEN_UNAVAILABLE when the host cannot supply a token, and asks again next time', async () => {
    let fail = true;
    const fetchToken = spy(async () => {
      if (fail) throw new Error('host offline');
      return 'tok';
    });
    const transport = fakeTransport({ status: 200, body: {} });
    const client = createCoreClient({ baseUrl: 'https://api.test/v1', fetchToken, transport }, { dbName: freshDbName() });
    expect((await client.request({ method: 'GET', path: '/a' })).error).to.include({ type: 'auth', code: 'TOKEN_UNAVAILABLE' });
    expect(transport.calls).to.have.length(0);
    fail = false;
    expect((await client.request({ method: 'GET', path: '/a' })).data).to.deep.equal({});
  });

  it('keeps the token out of every storage', async () => {
    const client = createCoreClient(
      { baseUrl: 'https://api.test/v1', fetchToken: async () => 'very-secret-token', transport: fakeTransport({ status: 200, body: {} }) },
      { dbName: freshDbName() },
    );
    await client.request({ method: 'GET', path: '/a' });
    const stores = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie;
    expect(stores).not.to.contain('very-secret-token');
  });
});
