import type { components } from './generated/openapi.js';
import type { ValidationFailure } from './validation.js';

/**
 * Field validators for the card application and payments. Each takes what the user typed,
 * normalises it the same way the matching `normalize*` function does, and returns `null` or a
 * failure code (messages live in the widgets' catalogues). Normalizers are pure and exported so a
 * field can show and submit the normalised value (Lion's modelValue).
 */

const fail = (code: ValidationFailure['code'], params?: ValidationFailure['params']): ValidationFailure =>
  params ? { code, params } : { code };

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const stripSeparators = (text: string) => toHalfWidth(text).replace(/[\s\-\u00a0]/g, '');

// ─── PRC resident ID (GB 11643-1999) ────────────────────────────────────────────────────────────

export const normalizeResidentId = (text: string): string => stripSeparators(text).toUpperCase();

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The ISO 7064 MOD 11-2 check character for the first 17 digits of an ID number. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Province-level codes of GB/T 2260 (the first two digits), plus 81–83 used by residence permits
 * of Hong Kong, Macao and Taiwan residents, which banks accept like ID cards.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(' '),
);

/** The birth date of a well-formed ID number, or `undefined` when it is not a calendar date. */
export function residentIdBirthDate(id: string): { year: number; month: number; day: number } | undefined {
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

export interface ResidentIdOptions {
  /** Minimum age in whole years on `today`; younger applicants fail with `ID_UNDER_AGE`. */
  minAge?: number;
  /** The reference date (injectable for tests); the current date by default. */
  today?: Date;
}

export function validateResidentId(value: string, options: ResidentIdOptions = {}): ValidationFailure | null {
  const id = normalizeResidentId(value);
  if (id === '') return fail('REQUIRED');
  if (!/^\d{17}[\dX]$/.test(id) || !PROVINCE_CODES.has(id.slice(0, 2))) return fail('ID_FORMAT');
  // The check character first: a single mistyped character anywhere shows up here, which is
  // the more helpful message than a date complaint caused by the same typo.
  if (residentIdCheckChar(id) !== id[17]) return fail('ID_CHECK_DIGIT');
  const birth = residentIdBirthDate(id);
  const today = options.today ?? new Date();
  const [y, m, d] = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  if (!birth || birth.year * 10_000 + birth.month * 100 + birth.day > y * 10_000 + m * 100 + d) return fail('ID_BIRTH_DATE');
  if (options.minAge !== undefined) {
    const age = y - birth.year - (m < birth.month || (m === birth.month && d < birth.day) ? 1 : 0);
    if (age < options.minAge) return fail('ID_UNDER_AGE', { min: options.minAge });
  }
  return null;
}

// ─── Mobile, email, OTP ─────────────────────────────────────────────────────────────────────────

/** Digits only, without a `+86` / `0086` / `86` country prefix. */
export function normalizeMobile(text: string): string {
  const digits = stripSeparators(text).replace(/[()]/g, '');
  return digits.replace(/^(?:\+86|0086|86(?=1\d{10}$))/, '');
}

export function validateMobile(value: string): ValidationFailure | null {
  const mobile = normalizeMobile(value);
  if (mobile === '') return fail('REQUIRED');
  return /^1[3-9]\d{9}$/.test(mobile) ? null : fail('MOBILE_FORMAT');
}

export const normalizeEmail = (text: string): string => toHalfWidth(text).trim();

/** A practical check (one @, a dotted domain, no spaces), not RFC 5322: the OTP proves ownership. */
export function validateEmail(value: string): ValidationFailure | null {
  const email = normalizeEmail(value);
  if (email === '') return fail('REQUIRED');
  if (email.length > 254) return fail('TOO_LONG', { max: 254 });
  const ok = /^[^\s@]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u.test(email);
  return ok && !/^\.|\.\.|\.@/.test(email) ? null : fail('EMAIL_FORMAT');
}

export const normalizeOtp = (text: string): string => stripSeparators(text);

export function validateOtp(value: string): ValidationFailure | null {
  const code = normalizeOtp(value);
  if (code === '') return fail('REQUIRED');
  return /^\d{6}$/.test(code) ? null : fail('OTP_FORMAT');
}

// ─── Bank card number ───────────────────────────────────────────────────────────────────────────

export const normalizeCardNumber = (text: string): string => stripSeparators(text);

/** The Luhn (mod 10) check over all digits, check digit included. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let n = Number(digits[i]);
    if (double) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    sum += n;
  }
  return sum % 10 === 0;
}

export function validateCardNumber(value: string): ValidationFailure | null {
  const digits = normalizeCardNumber(value);
  if (digits === '') return fail('REQUIRED');
  if (!/^\d+$/.test(digits)) return fail('PATTERN');
  if (digits.length < 16 || digits.length > 19) return fail('CARD_LENGTH', { min: 16, max: 19 });
  return luhnValid(digits) ? null : fail('CARD_CHECKSUM');
}

// ─── Names ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Trims, folds full-width letters, collapses spaces, and unifies the separator of minority names
 * (`•`, `・`, `．`, `.` typed in its place) to the middle dot `·` used on ID cards.
 */
export function normalizeName(text: string): string {
  const name = toHalfWidth(text).trim().replace(/\s+/g, ' ');
  return /\p{Script=Han}/u.test(name) ? name.replace(/\s*[•・.·‧]\s*/g, '·') : name;
}

const HAN_NAME = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u;
const LATIN_NAME = /^\p{Script=Latin}+(?:[ '’-]\p{Script=Latin}+)*$/u;

export function validateName(value: string): ValidationFailure | null {
  const name = normalizeName(value);
  if (name === '') return fail('REQUIRED');
  if (HAN_NAME.test(name)) {
    if (name.replace('·', '').length < 2) return fail('TOO_SHORT', { min: 2 });
    return name.length > 30 ? fail('TOO_LONG', { max: 30 }) : null;
  }
  if (LATIN_NAME.test(name)) return name.length > 60 ? fail('TOO_LONG', { max: 60 }) : null;
  return fail('NAME_FORMAT');
}

// ─── Income band ────────────────────────────────────────────────────────────────────────────────

export type IncomeBand = components['schemas']['IncomeBand'];

/** Every band, lowest first (the order a picker shows them in). */
export const INCOME_BANDS = ['below_5k', '5k_10k', '10k_20k', '20k_50k', 'above_50k'] as const satisfies readonly IncomeBand[];

// Fails to compile when the contract gains a band this list does not have.
const everyBand: Record<IncomeBand, true> = { below_5k: true, '5k_10k': true, '10k_20k': true, '20k_50k': true, above_50k: true };

export const isIncomeBand = (value: unknown): value is IncomeBand => typeof value === 'string' && Object.prototype.hasOwnProperty.call(everyBand, value);

export function validateIncomeBand(value: string | undefined | null): ValidationFailure | null {
  if (!value) return fail('REQUIRED');
  return isIncomeBand(value) ? null : fail('INVALID');
}
