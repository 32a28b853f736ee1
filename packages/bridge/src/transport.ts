/**
 * An SDK `Transport` that sends API requests through the host app (`http.request`), so a bank's
 * app can use its own session, certificate pinning and networking stack instead of the WebView's.
 *
 * It behaves like the fetch transport, so the SDK client needs no special case:
 * - any HTTP status, 4xx and 5xx included, resolves as `{ status, headers, body }` (plus
 *   `malformed: true` when the host got a body that was not JSON), header names in lower case;
 * - transport-level failures reject the way `fetch` rejects: a `DOMException` named `AbortError`
 *   when the caller's signal aborted, one named `TimeoutError` when the host did not answer in
 *   time, and a `TypeError` for everything else (host unreachable, no `http.request`, refused).
 *   The `BridgeError` is kept as `cause` for diagnostics.
 *
 * The host resolves `path` against its own configured API base URL; the page cannot choose the
 * server, so the app's session never leaves for another host.
 */
import type { Transport, TransportRequest, TransportResponse } from '@banklet/sdk';
import type { Bridge } from './bridge.js';
import { BridgeError } from './errors.js';

export interface BridgeTransportOptions {
  /** Milliseconds to wait for the host per request (default: the `network` class, 30 s). */
  timeout?: number;
}

/** Header names compared case-insensitively, as fetch's `Headers` does: we hand back lower case. */
function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

function asFetchFailure(error: unknown): Error {
  const cause = error instanceof BridgeError ? error : new BridgeError('INTERNAL', String(error));
  let failure: Error;
  if (cause.code === 'CANCELLED') failure = new DOMException('The request was aborted.', 'AbortError');
  else if (cause.code === 'TIMEOUT') failure = new DOMException('The host did not answer in time.', 'TimeoutError');
  else failure = new TypeError(`Request through the host app failed (${cause.code}): ${cause.message}`);
  Object.defineProperty(failure, 'cause', { value: cause, configurable: true, writable: true });
  return failure;
}

export function createBridgeTransport(bridge: Bridge, options: BridgeTransportOptions = {}): Transport {
  return {
    async request(request: TransportRequest): Promise<TransportResponse> {
      try {
        const result = await bridge.call(
          'http.request',
          {
            method: request.method,
            path: request.path,
            headers: request.headers,
            ...(request.body === undefined ? {} : { body: request.body }),
          },
          { ...(request.signal ? { signal: request.signal } : {}), ...(options.timeout ? { timeout: options.timeout } : {}) },
        );
        return {
          status: result.status,
          headers: lowerCaseKeys(result.headers),
          body: result.body,
          ...(result.malformed ? { malformed: true } : {}),
        };
      } catch (error) {
        throw asFetchFailure(error);
      }
    },
  };
}
