/**
 * Validators return codes, never sentences: `{ code: 'ID_CHECK_DIGIT' }`. The words live in the
 * elements' locale catalogues, keyed by these codes, so every code has a zh-CN and an en message
 * (a missing one is a type error there).
 */
export type ValidationCode =
  | 'REQUIRED'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'PATTERN'
  | 'EMAIL_FORMAT'
  | 'MOBILE_FORMAT'
  | 'ID_FORMAT'
  | 'ID_CHECK_DIGIT'
  | 'ID_BIRTH_DATE'
  | 'ID_UNDER_AGE'
  | 'CARD_LENGTH'
  | 'CARD_CHECKSUM'
  | 'NAME_FORMAT'
  | 'OTP_FORMAT'
  | 'INVALID';

export interface ValidationFailure {
  code: ValidationCode;
  params?: Record<string, string | number>;
}

/** A pure check of a parsed value: `null` when valid. */
export type Validator<T = string> = (value: T) => ValidationFailure | null;
