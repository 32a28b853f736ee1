import { expect } from '@open-wc/testing';
import { useFakeTimers, type SinonFakeTimers } from 'sinon';
import fc from 'fast-check';
import { backoffDelay, parseRetryAfter, DEFAULT_RETRY_POLICY, type RetryPolicy } from './backoff.js';
import { createCoreClient } from './core-client.js';
import type { BankletConfig } from './config.js';
import { fakeTransport, freshDbName, type FakeTransport, type Reply } from './testing/fake-transport.js';

const START = 1_700_000_000_000; // a whole second, so HTTP dates round-trip exactly

describe('transport: retries and backoff', () => {
  let clock: SinonFakeTimers;
  beforeEach(() => {
    clock = useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => clock.restore());

  /** Runs one GET with the given script and records when (fake ms since start) each attempt went out. */
  async function run(script: Reply[], config: Partial<BankletConfig> = {}, random = () => 0.999, signal?: AbortSignal) {
    const transport: FakeTransport = fakeTransport(...script);
    const times: number[] = [];
    const t0 = Date.now();
    const inner = transport.request;
    transport.request = (req) => {
      times.push(Date.now() - t0);
      return inner(req);
    };
    const client = createCoreClient(
      { baseUrl: 'https://api.test/v1', fetchToken: async () => 'tok', transport, ...config },
      { random, dbName: freshDbName() },
    );
    const pending = client.request<unknown>({ method: 'GET', path: '/things', signal });
    await clock.runAllAsync();
    return { result: await pending, times, transport };
  }

  it('backs off exponentially with full jitter, then returns the last error', async () => {
    const { result, times } = await run([{ status: 503 }]);
    // random 0.999 of 300, 600, 1200 ms (retries: 3)
    expect(times).to.deep.equal([0, 299, 299 + 599, 299 + 599 + 1198]);
    expect(result.error).to.include({ type: 'server', status: 503 });
  });

  it('caps every pause at maxDelayMs', async () => {
    const { times } = await run([{ status: 500 }], { retry: { retries: 5, baseDelayMs: 1000, maxDelayMs: 3000 } });
    const pauses = times.slice(1).map((t, i) => t - times[i]!);
    expect(pauses).to.deep.equal([999, 1998, 2997, 2997, 2997]);
  });

  it('keeps every jittered delay within [0, min(cap, base * 2^attempt))', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY };
        const delay = backoffDelay(attempt, policy, () => r);
        const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
        return Number.isInteger(delay) && delay >= 0 && delay < ceiling;
      }),
    );
  });

  it('honours Retry-After in seconds and as an HTTP date, capped at maxRetryAfterMs', async () => {
    const inSeconds = await run([{ status: 429, headers: { 'Retry-After': '2' } }, { status: 200, body: {} }]);
    expect(inSeconds.times).to.deep.equal([0, 2000]);
    expect(inSeconds.result.data).to.deep.equal({});

    const date = new Date(Date.now() + 5000).toUTCString();
    const asDate = await run([{ status: 503, headers: { 'retry-after': date } }, { status: 200, body: {} }]);
    expect(asDate.times).to.deep.equal([0, 5000]);

    const tooLong = await run([{ status: 429, headers: { 'retry-after': '3600' } }, { status: 200, body: {} }]);
    expect(tooLong.times).to.deep.equal([0, DEFAULT_RETRY_POLICY.maxRetryAfterMs]);

    expect(parseRetryAfter('soon', START)).to.equal(undefined);
    expect(parseRetryAfter(new Date(START - 9000).toUTCString(), START)).to.equal(0);
  });

  for (const status of [400, 402, 403, 404, 409, 413, 422]) {
    it(`does not retry a ${status}`, async () => {
      const { transport, result } = await run([{ status }, { status: 200, body: {} }]);
      expect(transport.calls).to.have.length(1);
      expect(result.error?.status).to.equal(status);
    });
  }

  it('retries network errors and timeouts, and succeeds when the server comes back', async () => {
    const { transport, result, times } = await run(
      [{ throws: new TypeError('Failed to fetch') }, { hang: true }, { status: 200, body: { ok: true } }],
      { timeoutMs: 1000 },
      () => 0,
    );
    expect(transport.calls).to.have.length(3);
    expect(times).to.deep.equal([0, 0, 1000]);
    expect(result.data).to.deep.equal({ ok: true });
  });

  it('turns a hung request into a timeout error after the per-attempt timeout', async () => {
    const { result, times } = await run([{ hang: true }], { timeoutMs: 2000, retry: { retries: 1 } }, () => 0);
    expect(times).to.deep.equal([0, 2000]);
    expect(result.error).to.include({ type: 'timeout', code: 'TIMEOUT', retryable: true });
  });

  it('ends with cancelled, and no further attempt, when the caller aborts during a backoff pause', async () => {
    const controller = new AbortController();
    const transport = fakeTransport({ status: 503 });
    const client = createCoreClient({ baseUrl: 'https://api.test/v1', fetchToken: async () => 't', transport }, { random: () => 0.999 });
    const pending = client.request({ method: 'GET', path: '/x', signal: controller.signal });
    await clock.tickAsync(100); // first attempt done, waiting 299 ms
    controller.abort();
    await clock.runAllAsync();
    const { error } = await pending;
    expect(error).to.include({ type: 'cancelled', retryable: false });
    expect(transport.calls).to.have.length(1);
  });

  it('ends with cancelled, not retried, when the caller aborts an attempt in flight', async () => {
    const controller = new AbortController();
    const transport = fakeTransport({ hang: true });
    const client = createCoreClient({ baseUrl: 'https://api.test/v1', fetchToken: async () => 't', transport }, { random: () => 0 });
    const pending = client.request({ method: 'GET', path: '/x', signal: controller.signal });
    await clock.tickAsync(10);
    controller.abort();
    await clock.runAllAsync();
    expect((await pending).error?.type).to.equal('cancelled');
    expect(transport.calls).to.have.length(1);
    expect(transport.calls[0]!.signal?.aborted).to.equal(true);
  });

  it('does not send at all when the signal is already aborted', async () => {
    const transport = fakeTransport({ status: 200, body: {} });
    const client = createCoreClient({ baseUrl: 'https://api.test/v1', fetchToken: async () => 't', transport });
    const { error } = await client.request({ method: 'GET', path: '/x', signal: AbortSignal.abort() });
    expect(error?.type).to.equal('cancelled');
    expect(transport.calls).to.have.length(0);
  });

  it('sends retry: false requests exactly once', async () => {
    const transport = fakeTransport({ status: 503 });
    const client = createCoreClient({ baseUrl: 'https://api.test/v1', fetchToken: async () => 't', transport });
    const pending = client.request({ method: 'GET', path: '/x', retry: false });
    await clock.runAllAsync();
    expect((await pending).error?.type).to.equal('server');
    expect(transport.calls).to.have.length(1);
  });

  it('builds the request: bearer token, JSON body, query string, language and request id', async () => {
    const transport = fakeTransport({ status: 200, body: {} });
    const client = createCoreClient({ baseUrl: 'https://api.test/v1', fetchToken: async () => 'secret', transport, locale: 'en' });
    await client.request({ method: 'POST', path: '/things', query: { a: 1, b: undefined, c: 'x y' }, body: { n: 1 } });
    const [call] = transport.calls;
    expect(call!.path).to.equal('/things?a=1&c=x+y');
    expect(call!.headers).to.include({ authorization: 'Bearer secret', 'content-type': 'application/json', 'accept-language': 'en' });
    expect(call!.headers['x-request-id']).to.match(/^[0-9a-f-]{36}$/);
    expect(call!.body).to.deep.equal({ n: 1 });
  });
});
