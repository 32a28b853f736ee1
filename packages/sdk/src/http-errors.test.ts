import { expect } from '@open-wc/testing';
import type { BankletErrorType } from './errors.js';
import { createCoreClient } from './core-client.js';
import { fetchTransport } from './transport.js';
import { freshDbName } from './testing/fake-transport.js';

/** A client over the real fetch transport, with `fetch` answering `respond()` and no retries. */
function clientAnswering(respond: () => Response | Promise<Response>, locale?: string) {
  const fetchImpl = (async () => respond()) as typeof fetch;
  return createCoreClient(
    { baseUrl: 'https://api.test/v1', fetchToken: async () => 't', retry: { retries: 0 }, locale },
    { fetch: fetchImpl, dbName: freshDbName() },
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('HTTP → error mapping', () => {
  // status, expected type, expected code, retryable
  const table: Array<[number, BankletErrorType, string, boolean]> = [
    [400, 'validation', 'INVALID_REQUEST', false],
    [422, 'validation', 'INVALID_REQUEST', false],
    [401, 'auth', 'UNAUTHORIZED', false],
    [402, 'declined', 'DECLINED', false],
    [403, 'auth', 'FORBIDDEN', false],
    [404, 'validation', 'NOT_FOUND', false],
    [408, 'timeout', 'REQUEST_TIMEOUT', true],
    [409, 'validation', 'CONFLICT', false],
    [413, 'validation', 'PAYLOAD_TOO_LARGE', false],
    [429, 'rate_limited', 'RATE_LIMITED', true],
    [500, 'server', 'SERVER_ERROR', true],
    [502, 'server', 'SERVER_ERROR', true],
    [503, 'server', 'SERVER_ERROR', true],
    [504, 'timeout', 'GATEWAY_TIMEOUT', true],
    [418, 'unknown', 'HTTP_418', false],
    [302, 'unknown', 'HTTP_302', false],
  ];
  for (const [status, type, code, retryable] of table) {
    it(`maps a bare ${status} to ${type} / ${code}`, async () => {
      const client = clientAnswering(() => new Response('<html>gateway</html>', { status, headers: { 'x-request-id': 'req-1' } }));
      const { error } = await client.request({ method: 'GET', path: '/x' });
      expect(error).to.deep.include({ type, code, retryable, status, requestId: 'req-1' });
      expect(error!.message).to.be.a('string').and.not.equal('');
    });
  }

  it('prefers a well-formed error body: its type, code, retryable, requestId and fields', async () => {
    const body = {
      error: { type: 'declined', code: 'INSUFFICIENT_POINTS', message: 'log text', retryable: false, requestId: 'srv-9', fields: [{ field: 'itemId', code: 'INVALID' }, { bogus: 1 }] },
    };
    const client = clientAnswering(() => Response.json(body, { status: 422 }), 'en');
    const { error } = await client.request({ method: 'POST', path: '/x', body: {} });
    expect(error).to.deep.include({ type: 'declined', code: 'INSUFFICIENT_POINTS', retryable: false, requestId: 'srv-9', status: 422 });
    expect(error!.fields).to.deep.equal([{ field: 'itemId', code: 'INVALID' }]);
    expect(error!.message).to.equal('This request was declined.'); // never the server's log text
  });

  it('falls back to the status when the error body is not the contract shape', async () => {
    const client = clientAnswering(() => Response.json({ error: { type: 'nonsense', code: 'X' } }, { status: 409 }));
    expect((await client.request({ method: 'GET', path: '/x' })).error).to.include({ type: 'validation', code: 'CONFLICT' });
  });

  it('reports malformed JSON in a 2xx as server / MALFORMED_RESPONSE', async () => {
    const client = clientAnswering(() => new Response('{"half":', { status: 200 }));
    expect((await client.request({ method: 'GET', path: '/x' })).error).to.include({ type: 'server', code: 'MALFORMED_RESPONSE' });
  });

  it('reports a 2xx body failing its runtime check as MALFORMED_RESPONSE instead of crashing', async () => {
    const client = clientAnswering(() => Response.json({ amount: 1.5 }));
    const { error } = await client.request({ method: 'GET', path: '/x', check: (b) => Number.isInteger((b as { amount: unknown }).amount) });
    expect(error).to.include({ type: 'server', code: 'MALFORMED_RESPONSE', retryable: false });
  });

  it('maps a fetch TypeError to network, with a generated request id', async () => {
    const client = clientAnswering(() => Promise.reject(new TypeError('Failed to fetch')));
    const { error } = await client.request({ method: 'GET', path: '/x' });
    expect(error).to.include({ type: 'network', code: 'NETWORK_ERROR', retryable: true });
    expect(error!.requestId).to.match(UUID);
  });

  it('maps the client timeout to timeout and the caller abort to cancelled', async () => {
    const hang = (_: unknown, init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
    const client = createCoreClient(
      { baseUrl: 'https://api.test/v1', fetchToken: async () => 't', retry: { retries: 0 }, timeoutMs: 20 },
      { fetch: hang as typeof fetch },
    );
    expect((await client.request({ method: 'GET', path: '/x' })).error?.type).to.equal('timeout');
    const controller = new AbortController();
    const pending = client.request({ method: 'GET', path: '/x', signal: controller.signal, timeoutMs: 5000 });
    controller.abort();
    expect((await pending).error?.type).to.equal('cancelled');
  });

  it('localizes messages for zh-CN (the default) and en', async () => {
    const zh = await clientAnswering(() => new Response(null, { status: 503 })).request({ method: 'GET', path: '/x' });
    const en = await clientAnswering(() => new Response(null, { status: 503 }), 'en').request({ method: 'GET', path: '/x' });
    expect(zh.error!.message).to.equal('服务暂时不可用，请稍后重试。');
    expect(en.error!.message).to.equal('The service is temporarily unavailable. Please try again later.');
  });

  it('parses JSON and passes 204 through the fetch transport', async () => {
    const seen: RequestInit[] = [];
    const transport = fetchTransport('https://api.test/v1/', (async (url: string, init: RequestInit) => {
      seen.push({ ...init, body: `${url}|${init.body}` });
      return new Response(null, { status: 204 });
    }) as typeof fetch);
    const response = await transport.request({ method: 'POST', path: '/a', headers: {}, body: { x: 1 } });
    expect(response).to.deep.equal({ status: 204, headers: {}, body: undefined });
    expect(seen[0]).to.include({ body: 'https://api.test/v1/a|{"x":1}', credentials: 'omit' });
  });
});
