import type { components } from './generated/openapi.js';

/**
 * Normalizers and value sets: what a field shows and submits for what was typed (Lion's modelValue). Pure and
 * small, apart from the validators (validators.ts), so code that only normalizes (a saved draft,
 * a prefill) does not carry the checks.
 */

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

export const stripSeparators = (text: string) => toHalfWidth(text).replace(/[\s\-\u00a0]/g, '');

export const normalizeResidentId = (text: string): string => stripSeparators(text).toUpperCase();

/** Digits only, without a `+86` / `0086` / `86` country prefix. */
export function normalizeMobile(text: string): string {
  const digits = stripSeparators(text).replace(/[()]/g, '');
  return digits.replace(/^(?:\+86|0086|86(?=1\d{10}$))/, '');
}

export const normalizeEmail = (text: string): string => toHalfWidth(text).trim();

export const normalizeOtp = (text: string): string => stripSeparators(text);

export const normalizeCardNumber = (text: string): string => stripSeparators(text);

/**
 * Trims, folds full-width letters, collapses spaces, and unifies the separator of minority names
 * (`•`, `・`, `．`, `.` typed in its place) to the middle dot `·` used on ID cards.
 */
export function normalizeName(text: string): string {
  const name = toHalfWidth(text).trim().replace(/\s+/g, ' ');
  return /\p{Script=Han}/u.test(name) ? name.replace(/\s*[•・.·‧]\s*/g, '·') : name;
}

export type IncomeBand = components['schemas']['IncomeBand'];

/** Every band, lowest first (the order a picker shows them in). */
export const INCOME_BANDS = ['below_5k', '5k_10k', '10k_20k', '20k_50k', 'above_50k'] as const satisfies readonly IncomeBand[];

// Fails to compile when the contract gains a band this list does not have.
const everyBand: Record<IncomeBand, true> = { below_5k: true, '5k_10k': true, '10k_20k': true, '20k_50k': true, above_50k: true };

export const isIncomeBand = (value: unknown): value is IncomeBand => typeof value === 'string' && Object.prototype.hasOwnProperty.call(everyBand, value);
