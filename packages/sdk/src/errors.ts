/**
 * Every SDK call resolves to a `Result`: either `{ data }` or `{ error }`, never a thrown
 * exception for HTTP or network trouble. Widgets and hosts branch on `error.type`, which is a
 * closed union, so a `switch` over it is checked for exhaustiveness by the compiler.
 */

/** The kinds of failure a caller can act on differently. */
export type BankletErrorType =
  | 'network'
  | 'timeout'
  | 'auth'
  | 'validation'
  | 'declined'
  | 'rate_limited'
  | 'server'
  | 'cancelled'
  | 'unknown';

/** One field-level problem reported by the server or by a client-side validator. */
export interface FieldError {
  /** Dotted path of the field in the request body, e.g. `applicant.idNumber`. */
  field: string;
  /** Stable machine code, e.g. `ID_CHECK_DIGIT`; messages are looked up per locale. */
  code: string;
  params?: Record<string, string | number>;
}

export interface BankletError {
  type: BankletErrorType;
  /** Stable machine-readable code, e.g. `INSUFFICIENT_POINTS`. */
  code: string;
  /** Human message, localized for the client's locale where the SDK knows one. */
  message: string;
  /** Whether repeating the same request may succeed. */
  retryable: boolean;
  /** Server request id (or a client-generated one) to quote to support. */
  requestId?: string;
  /** HTTP status where one was received. */
  status?: number;
  fields?: FieldError[];
}

export type Result<T> = { data: T; error?: undefined } | { data?: undefined; error: BankletError };

export const ok = <T>(data: T): Result<T> => ({ data });
export const fail = <T = never>(error: BankletError): Result<T> => ({ error });

const RETRYABLE: ReadonlySet<BankletErrorType> = new Set(['network', 'timeout', 'rate_limited', 'server']);

/** Builds an error with `retryable` derived from its type unless stated. */
export function bankletError(
  type: BankletErrorType,
  code: string,
  message: string,
  extra: Partial<Omit<BankletError, 'type' | 'code' | 'message'>> = {},
): BankletError {
  return { type, code, message, retryable: RETRYABLE.has(type), ...extra };
}

/** Narrowing helper for values that arrive from outside the type system (events, bridges). */
export function isBankletError(value: unknown): value is BankletError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.type === 'string' && typeof v.code === 'string' && typeof v.message === 'string';
}
