/**
 * Typed bridge failures. A bridge call rejects with a `BridgeError` whose `code` is one of a
 * closed set, so a widget can `switch` on it and the compiler checks the cases. `retryable` tells
 * the caller whether trying the same call again later may succeed; it travels on the wire too,
 * because only the host knows whether, say, its biometric sensor is temporarily locked.
 */
export type BridgeErrorCode =
  | 'TIMEOUT'
  | 'UNSUPPORTED'
  | 'CANCELLED'
  | 'DENIED'
  | 'NOT_READY'
  | 'VERSION'
  | 'TOO_LARGE'
  | 'INTERNAL';

export const BRIDGE_ERROR_CODES: readonly BridgeErrorCode[] = [
  'TIMEOUT',
  'UNSUPPORTED',
  'CANCELLED',
  'DENIED',
  'NOT_READY',
  'VERSION',
  'TOO_LARGE',
  'INTERNAL',
];

/** The error as it travels inside a response frame. */
export interface BridgeErrorData {
  code: BridgeErrorCode;
  msg: string;
  retryable: boolean;
}

/** Defaults when a host (or we) state no `retryable`: only transient conditions are retryable. */
const RETRYABLE_BY_DEFAULT: ReadonlySet<BridgeErrorCode> = new Set(['TIMEOUT', 'NOT_READY']);

export class BridgeError extends Error {
  override readonly name = 'BridgeError';
  readonly code: BridgeErrorCode;
  readonly retryable: boolean;

  constructor(code: BridgeErrorCode, message: string, retryable = RETRYABLE_BY_DEFAULT.has(code)) {
    super(message);
    this.code = code;
    this.retryable = retryable;
  }

  /** The wire form, for hosts written in JavaScript (iframe parents, tests). */
  toData(): BridgeErrorData {
    return { code: this.code, msg: this.message, retryable: this.retryable };
  }

  static fromData(data: BridgeErrorData): BridgeError {
    return new BridgeError(data.code, data.msg, data.retryable);
  }
}

export function isBridgeErrorCode(value: unknown): value is BridgeErrorCode {
  return typeof value === 'string' && (BRIDGE_ERROR_CODES as readonly string[]).includes(value);
}

export function isBridgeError(value: unknown): value is BridgeError {
  return value instanceof BridgeError;
}
