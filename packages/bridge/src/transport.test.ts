import { expect } from '@open-wc/testing';
import { fetchTransport, type TransportResponse } from '@banklet/sdk';
import { reactNativeAdapter } from './adapters/react-native.js';
import { createBridge, type Bridge } from './bridge.js';
import { BridgeError } from './errors.js';
import type { HttpRequestParams } from './methods.js';
import { installFakeHost, type FakeHost } from './testing/fake-hosts.js';
import { createBridgeTransport } from './transport.js';

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('bridge transport', () => {
  let fake: FakeHost;
  let bridge: Bridge;
  const seen: HttpRequestParams[] = [];

  beforeEach(async () => {
    seen.length = 0;
    fake = installFakeHost('react-native-ios', {
      methods: {
        // A host that does the request with its own networking (here: the page's fetch against the
        // test server, standing in for URLSession / OkHttp) and reports the raw result.
        'http.request': async (params, { signal }) => {
          const request = params as HttpRequestParams;
          seen.push(request);
          if (request.path.startsWith('/__offline')) throw new BridgeError('INTERNAL', 'no connection');
          if (request.path.startsWith('/__hang')) return new Promise(() => {});
          if (request.path.startsWith('/__refuse')) throw new BridgeError('DENIED', 'path not allowed by the app');
          if (request.path.startsWith('/__html')) return { status: 502, headers: { 'Content-Type': 'text/html' }, malformed: true };
          const result = await fetchTransport(location.origin).request({ method: request.method, path: request.path, headers: request.headers, signal });
          // Native stacks report header names in their own casing.
          const headers = Object.fromEntries(Object.entries(result.headers).map(([k, v]) => [k.toUpperCase(), v]));
          return { status: result.status, headers, ...(result.body === undefined ? {} : { body: result.body }), ...(result.malformed ? { malformed: true } : {}) };
        },
      },
    });
    bridge = createBridge({ adapters: [reactNativeAdapter()], handshakeTimeout: 300 });
    await bridge.ready;
  });

  afterEach(() => {
    bridge.dispose();
    fake.uninstall();
  });

  it('returns what the SDK’s fetch transport returns: 200 with JSON body, and 404 as a status, not a rejection', async () => {
    const transport = createBridgeTransport(bridge);
    const reference = fetchTransport(location.origin);
    // Per-connection headers (date, keep-alive) differ between any two requests.
    const stable = ({ headers: { date: _d, connection: _c, 'keep-alive': _k, ...headers }, ...rest }: TransportResponse): TransportResponse => ({ ...rest, headers });
    const statuses: number[] = [];
    for (const path of ['/packages/bridge/package.json', '/packages/bridge/__missing__.json']) {
      const expected = await reference.request({ method: 'GET', path, headers: { Accept: 'application/json' } });
      const actual = await transport.request({ method: 'GET', path, headers: { Accept: 'application/json' } });
      expect(stable(actual)).to.deep.equal(stable(expected));
      statuses.push(actual.status);
    }
    expect(statuses).to.deep.equal([200, 404]);
    expect(seen[0]).to.deep.equal({ method: 'GET', path: '/packages/bridge/package.json', headers: { Accept: 'application/json' } });
  });

  it('passes a non-JSON body on as malformed, like the fetch transport', async () => {
    const response = await createBridgeTransport(bridge).request({ method: 'GET', path: '/__html', headers: {} });
    expect(response).to.deep.equal({ status: 502, headers: { 'content-type': 'text/html' }, body: undefined, malformed: true });
  });

  it('sends the JSON body as a value, never an absolute URL', async () => {
    const transport = createBridgeTransport(bridge);
    await transport.request({ method: 'POST', path: '/packages/bridge/__missing__.json', headers: { 'Idempotency-Key': 'k1' }, body: { amount: 12345, currency: 'CNY' } });
    expect(seen[0].body).to.deep.equal({ amount: 12345, currency: 'CNY' });
    const error = await failure(transport.request({ method: 'GET', path: 'https://evil.example/steal', headers: {} }));
    expect(error).to.be.instanceOf(TypeError);
    expect(seen).to.have.length(1);
  });

  it('host failures reject like fetch failures: TypeError, AbortError, TimeoutError', async () => {
    const transport = createBridgeTransport(bridge, { timeout: 80 });
    const fetchOffline = await failure(fetch('http://127.0.0.1:9/'));
    const offline = await failure(transport.request({ method: 'GET', path: '/__offline', headers: {} }));
    expect(offline.constructor).to.equal(fetchOffline.constructor);
    expect((offline.cause as BridgeError).code).to.equal('INTERNAL');

    const refused = await failure(transport.request({ method: 'GET', path: '/__refuse', headers: {} }));
    expect(refused).to.be.instanceOf(TypeError);
    expect((refused.cause as BridgeError).code).to.equal('DENIED');

    const controller = new AbortController();
    const pending = transport.request({ method: 'GET', path: '/__hang', headers: {}, signal: controller.signal });
    controller.abort();
    const fetchAborted = await failure(fetchTransport(location.origin).request({ method: 'GET', path: '/packages/bridge/package.json', headers: {}, signal: controller.signal }));
    const aborted = await failure(pending);
    expect([aborted.constructor, aborted.name]).to.deep.equal([fetchAborted.constructor, fetchAborted.name]);

    const fetchTimedOut = await failure(fetch('/packages/bridge/package.json', { signal: AbortSignal.timeout(0) }));
    const timedOut = await failure(transport.request({ method: 'GET', path: '/__hang', headers: {} }));
    expect([timedOut.constructor, timedOut.name]).to.deep.equal([fetchTimedOut.constructor, fetchTimedOut.name]);
    expect(bridge.pendingCount).to.equal(0);
  });

  it('a host without http.request rejects with a TypeError, like an unreachable server', async () => {
    fake.uninstall();
    bridge.dispose();
    fake = installFakeHost('react-native-ios', { methods: {} });
    bridge = createBridge({ adapters: [reactNativeAdapter()], handshakeTimeout: 300 });
    await bridge.ready;
    const error = await failure(createBridgeTransport(bridge).request({ method: 'GET', path: '/x', headers: {} }));
    expect(error).to.be.instanceOf(TypeError);
    expect((error.cause as BridgeError).code).to.equal('UNSUPPORTED');
  });
});
