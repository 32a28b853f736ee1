import type { Transport, TransportRequest, TransportResponse } from './config.js';

/** Header names as a plain object with lower-cased keys, the shape custom transports return too. */
function headersOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

/**
 * The default transport: one `fetch` per call, no retries or auth of its own (the client wraps
 * those around any transport). Cookies are never sent (`credentials: 'omit'`): the API is
 * authorised by the bearer token alone, so a partner page's cookies cannot leak into it.
 */
export function fetchTransport(baseUrl: string, fetchImpl?: typeof fetch): Transport {
  const root = baseUrl.replace(/\/+$/, '');
  return {
    async request(request: TransportRequest): Promise<TransportResponse> {
      const doFetch = fetchImpl ?? globalThis.fetch;
      const response = await doFetch(root + request.path, {
        method: request.method,
        headers: request.headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        credentials: 'omit',
        signal: request.signal,
        ...(request.keepalive ? { keepalive: true } : {}),
      });
      const text = await response.text();
      let body: unknown;
      let malformed = false;
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          malformed = true;
        }
      }
      return { status: response.status, headers: headersOf(response.headers), body, ...(malformed ? { malformed } : {}) };
    },
  };
}
