import type { Appearance } from './appearance.js';
import type { AnalyticsEnvelope } from './analytics-envelope.js';
import type { RetryPolicy } from './backoff.js';

/** One HTTP-like request, as the client hands it to a transport. */
export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below `baseUrl`, starting with `/`, query string included. */
  path: string;
  headers: Record<string, string>;
  /** JSON-serializable body for mutating requests. */
  body?: unknown;
  signal?: AbortSignal;
  /** Ask the transport to let the request outlive the page (analytics flushed on `pagehide`). */
  keepalive?: boolean;
}

export interface TransportResponse {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON body, or `undefined` when the response had none. */
  body: unknown;
  /** Set when a body arrived but was not JSON; the client reports `MALFORMED_RESPONSE`. */
  malformed?: boolean;
}

/**
 * Moves a request to the backend and back. The default uses `fetch`; a bank app can route
 * calls through its own networking (see `@banklet/bridge`). A transport rejects only for
 * transport-level failures (network, abort); HTTP errors come back as a status.
 */
export interface Transport {
  request(request: TransportRequest): Promise<TransportResponse>;
}

export interface BankletConfig {
  /** Base URL of the bank's Banklet API, e.g. `https://api.bank.example/banklet/v1`. */
  baseUrl: string;
  /** Supplied by the host; returns a short-lived access token. Kept in memory only. */
  fetchToken: () => Promise<string>;
  /** BCP 47 tag; `zh-CN` and `en` ship. Elements fall back to their `lang` ancestry when unset. */
  locale?: string;
  /** Initial look; can be changed live with `Banklet.configure({ appearance })`. */
  appearance?: Appearance;
  /** Replaces the fetch transport, e.g. with the host app's networking. */
  transport?: Transport;
  /** Receives every analytics envelope as it is emitted (for a host's own pipeline). */
  onEvent?: (event: AnalyticsEnvelope) => void;
  /** Overrides of the retry policy for every request (`retries: 0` turns retries off). */
  retry?: Partial<RetryPolicy>;
  /** Per-attempt timeout in milliseconds; 15 s by default. */
  timeoutMs?: number;
  /**
   * Delivery of analytics envelopes to `POST {baseUrl}/analytics/events`. On by default;
   * `false` keeps only `onEvent` (for hosts that ship events through their own pipeline).
   */
  analytics?: false | AnalyticsDelivery;
}

export interface AnalyticsDelivery {
  /** Events per request; a batch is sent as soon as this many are waiting. Default 20. */
  batchSize?: number;
  /** Longest wait before a partial batch is sent, in milliseconds. Default 5000. */
  flushIntervalMs?: number;
}
