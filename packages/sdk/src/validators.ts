import type { ValidationFailure } from './validation.js';
import { isIncomeBand, normalizeCardNumber, normalizeEmail, normalizeMobile, normalizeName, normalizeOtp, normalizeResidentId } from './normalize.js';


/**
 * Field validators for the card application and payments. Each takes what the user typed,
 * normalises it the same way the matching `normalize*` function does, and returns `null` or a
 * failure code (messages live in the widgets' catalogues). Normalizers are pure and exported so a
 * field can show and submit the normalised value (Lion's modelValue).
 */

const fail = (code: ValidationFailure['code'], params?: ValidationFailure['params']): ValidationFailure =>
  params ? { code, params } : { code };


// ─── PRC resident ID (GB 11643-1999) ────────────────────────────────────────────────────────────


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


export function validateMobile(value: string): ValidationFailure | null {
  const mobile = normalizeMobile(value);
  if (mobile === '') return fail('REQUIRED');
  return /^1[3-9]\d{9}$/.test(mobile) ? null : fail('MOBILE_FORMAT');
}


/** A practical check (one @, a dotted domain, no spaces), not RFC 5322: the OTP proves ownership. */
export function validateEmail(value: string): ValidationFailure | null {
  const email = normalizeEmail(value);
  if (email === '') return fail('REQUIRED');
  if (email.length > 254) return fail('TOO_LONG', { max: 254 });
  const ok = /^[^\s@]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u.test(email);
  return ok && !/^\.|\.\.|\.@/.test(email) ? null : fail('EMAIL_FORMAT');
}


export function validateOtp(value: string): ValidationFailure | null {
  const code = normalizeOtp(value);
  if (code === '') return fail('REQUIRED');
  return /^\d{6}$/.test(code) ? null : fail('OTP_FORMAT');
}

// ─── Bank card number ───────────────────────────────────────────────────────────────────────────


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

export function validateIncomeBand(value: string | undefined | null): ValidationFailure | null {
  if (!value) return fail('REQUIRED');
  return isIncomeBand(value) ? null : fail('INVALID');
}
