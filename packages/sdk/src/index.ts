/**
 * @banklet/sdk: the typed client every widget talks to the bank through — transport, auth,
 * errors, idempotency, encrypted storage, analytics, money, normalizers and validators. No
 * rendering. The backend contract it speaks is docs/reference/api.md.
 *
 * @module @banklet/sdk
 */
export * from './errors.js';
export * from './appearance.js';
export * from './analytics-envelope.js';
export * from './config.js';
export * from './client.js';
export * from './format.js';
export * from './validation.js';
export { errorFromResponse, statusClass } from './http-errors.js';
export { errorMessage } from './error-messages.js';
export { fetchTransport } from './transport.js';
export { DEFAULT_RETRY_POLICY, backoffDelay, parseRetryAfter, type RetryPolicy } from './backoff.js';
// The idempotency store and the analytics outbox are loaded on demand by the client (their own
// chunks); exporting their values here would pull them back into every bundle of this entry.
export type { IdempotencyKeys } from './idempotency.js';
export type { ApiRequest, IdempotencyOptions, QueryValue, RequestOptions } from './request.js';
export { systemClock, whenIdle, type Clock, type RandomSource } from './runtime.js';
export type { AnalyticsOutbox, DeliveryOutcome, OutboxOptions } from './analytics.js';
export * from './resources/index.js';
export * from './money.js';
export * from './validators.js';
// Apart from the validators, so code that only normalizes does not pull the checks into its chunk.
export * from './normalize.js';
export { createSecureStore, purgeExpiredDrafts, DRAFT_TTL_MS, type SecureStore } from './secure-store.js';
