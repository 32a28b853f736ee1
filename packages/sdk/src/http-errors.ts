import { bankletError, type BankletError, type BankletErrorType, type FieldError } from './errors.js';
import { errorMessage } from './error-messages.js';

const TYPES: ReadonlySet<string> = new Set<BankletErrorType>([
  'network', 'timeout', 'auth', 'validation', 'declined', 'rate_limited', 'server', 'cancelled', 'unknown',
]);

/**
 * The fallback when a response carries no well-formed `ErrorResponse` (a proxy's HTML page, a
 * gateway timeout). 404 is a `validation` error coded `NOT_FOUND`: the caller asked for something
 * that does not exist for this member (the contract answers foreign ids the same way), which a
 * retry cannot fix and which is not a server fault.
 */
export function statusClass(status: number): [BankletErrorType, string] {
  switch (status) {
    case 400:
    case 422:
      return ['validation', 'INVALID_REQUEST'];
    case 401:
      return ['auth', 'UNAUTHORIZED'];
    case 402:
      return ['declined', 'DECLINED'];
    case 403:
      return ['auth', 'FORBIDDEN'];
    case 404:
      return ['validation', 'NOT_FOUND'];
    case 408:
      return ['timeout', 'REQUEST_TIMEOUT'];
    case 409:
      return ['validation', 'CONFLICT'];
    case 413:
      return ['validation', 'PAYLOAD_TOO_LARGE'];
    case 429:
      return ['rate_limited', 'RATE_LIMITED'];
    case 504:
      return ['timeout', 'GATEWAY_TIMEOUT'];
  }
  if (status >= 500 && status <= 599) return ['server', 'SERVER_ERROR'];
  return ['unknown', `HTTP_${status}`];
}

function readFields(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const fields = value.filter(
    (f): f is FieldError => typeof f === 'object' && f !== null && typeof f.field === 'string' && typeof f.code === 'string',
  );
  return fields.length ? fields : undefined;
}

/**
 * Turns a non-2xx response into a typed error: the server's `{ error: { type, code, … } }` when it
 * is well-formed, the status class otherwise. The message is always the SDK's localized one.
 */
export function errorFromResponse(status: number, body: unknown, requestId: string, locale?: string): BankletError {
  const server = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof server === 'object' && server !== null) {
    const e = server as Record<string, unknown>;
    if (typeof e.type === 'string' && TYPES.has(e.type) && typeof e.code === 'string' && e.code) {
      const type = e.type as BankletErrorType;
      const fields = readFields(e.fields);
      return bankletError(type, e.code, errorMessage(type, e.code, locale), {
        status,
        requestId: typeof e.requestId === 'string' && e.requestId ? e.requestId : requestId,
        ...(typeof e.retryable === 'boolean' ? { retryable: e.retryable } : {}),
        ...(fields ? { fields } : {}),
      });
    }
  }
  const [type, code] = statusClass(status);
  return bankletError(type, code, errorMessage(type, code, locale), { status, requestId });
}

/** An error that never reached (or never came back from) the server. */
export function clientError(
  type: BankletErrorType,
  code: string,
  requestId: string,
  locale?: string,
  extra: Partial<BankletError> = {},
): BankletError {
  return bankletError(type, code, errorMessage(type, code, locale), { requestId, ...extra });
}
