/**
 * The SDK core for integrators who want typed raw calls in the smallest bundle: the core client
 * (`request` with auth, retries, timeouts, error mapping and persisted idempotency keys; `track`
 * to `onEvent`), the fetch transport and the error helpers. No resources, analytics outbox, money
 * helpers, validators or encrypted store: those come with `@banklet/sdk`'s `createClient` and
 * the main entry. Budget: 8 KB gzip (checked by `npm run size`).
 */
export { createCoreClient, assertConfig, type CoreClient, type ClientEnvironment } from './core-client.js';
export type { BankletConfig, AnalyticsDelivery, Transport, TransportRequest, TransportResponse } from './config.js';
export { bankletError, fail, isBankletError, ok, type BankletError, type BankletErrorType, type FieldError, type Result } from './errors.js';
export { errorFromResponse, statusClass } from './http-errors.js';
export { errorMessage } from './error-messages.js';
export { fetchTransport } from './transport.js';
export { DEFAULT_RETRY_POLICY, backoffDelay, parseRetryAfter, type RetryPolicy } from './backoff.js';
export { createIdempotencyKeys, IDEMPOTENCY_TTL_MS, type IdempotencyKeys } from './idempotency.js';
export type { ApiRequest, IdempotencyOptions, QueryValue, RequestOptions } from './request.js';
export type { Clock, RandomSource } from './runtime.js';
export type { AnalyticsEnvelope, Experiment, TrackInput } from './analytics-envelope.js';
