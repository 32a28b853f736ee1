import type { Appearance } from './appearance.js';
import type { AnalyticsEnvelope } from './analytics-envelope.js';

/** One HTTP-like request, as the client hands it to a transport. */
export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below `baseUrl`, starting with `/`, query string included. */
  path: string;
  headers: Record<string, string>;
  /** JSON-serializable body for mutating requests. */
  body?: unknown;
  signal?: AbortSignal;
}

export interface TransportResponse {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON body, or `undefined` when the response had none. */
  body: unknown;
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
}
