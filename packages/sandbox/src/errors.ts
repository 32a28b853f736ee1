/**
 * The one error shape of the contract (`ErrorResponse`) and the exception handlers throw to
 * produce it. The `type` union is the SDK's (packages/sdk/src/errors.ts): the server only ever
 * sends the kinds that can come from a server.
 */
import type { components } from '../../sdk/src/generated/openapi.js';

export type ErrorType = components['schemas']['ErrorType'];
export type FieldError = components['schemas']['FieldError'];
export type ErrorResponse = components['schemas']['ErrorResponse'];

/** Server-side error kinds mirror the SDK's retry policy: only these may be retried as-is. */
const RETRYABLE = new Set<ErrorType>(['network', 'timeout', 'rate_limited', 'server']);

/**
 * Thrown by handlers to refuse a request. A thrown error rolls back everything the handler wrote
 * (it runs in a savepoint); a handler that must keep a write while refusing (an OTP attempt
 * counter) returns `errorReply(...)` instead.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorBody(
  type: ErrorType,
  code: string,
  message: string,
  requestId: string,
  fields?: FieldError[],
): ErrorResponse {
  return {
    error: { type, code, message, retryable: RETRYABLE.has(type), requestId, ...(fields?.length ? { fields } : {}) },
  };
}

/** Shorthands for the refusals handlers use most; each names the status the contract declares. */
export const badRequest = (code: string, message: string, fields?: FieldError[]) =>
  new ApiError(400, 'validation', code, message, fields);
export const notFound = (what: string) => new ApiError(404, 'validation', 'NOT_FOUND', `${what} not found`);
export const conflict = (code: string, message: string) => new ApiError(409, 'validation', code, message);
export const unprocessable = (code: string, message: string, fields?: FieldError[]) =>
  new ApiError(422, 'validation', code, message, fields);
export const declined = (code: string, message: string) => new ApiError(422, 'declined', code, message);
export const unauthorized = (code: string, message: string) => new ApiError(401, 'auth', code, message);

/** The error type a plain HTTP status implies (injected faults, framework-level failures). */
export function typeForStatus(status: number): ErrorType {
  if (status === 401 || status === 403) return 'auth';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'validation';
  return 'unknown';
}
