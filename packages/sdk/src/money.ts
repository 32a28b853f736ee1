import { currencyDigits, numberFormat, type Money } from './format.js';

/**
 * Money arithmetic on integer minor units. Every result is an exact integer: products and
 * quotients go through BigInt with an explicit rounding mode, so no float ever decides a fen.
 * Mixing currencies or leaving the safe-integer range is a programming error and throws.
 */
export type { Money } from './format.js';

export type Rounding = 'floor' | 'ceil' | 'half-up' | 'half-even';

/** Points are worth `value` per `points` (the contract's `PointsRate`, e.g. 100 points = ¥1.00). */
export interface PointsRate {
  points: number;
  value: Money;
}

function safe(amount: bigint | number): number {
  const n = Number(amount);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Banklet: ${amount} is not a safe integer amount of minor units.`);
  return n;
}

export function money(amount: number, currency: string): Money {
  return { amount: safe(amount), currency };
}

function sameCurrency(a: Money, b: Money): string {
  if (a.currency !== b.currency) throw new TypeError(`Banklet: cannot combine ${a.currency} with ${b.currency}.`);
  return a.currency;
}

export const addMoney = (a: Money, b: Money): Money => money(safe(BigInt(a.amount) + BigInt(b.amount)), sameCurrency(a, b));
export const subtractMoney = (a: Money, b: Money): Money => money(safe(BigInt(a.amount) - BigInt(b.amount)), sameCurrency(a, b));

/** -1, 0 or 1, for sorting and for "is this enough". */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

/** `n / d` rounded as asked; `d` must be positive. */
export function divide(n: bigint, d: bigint, rounding: Rounding): bigint {
  if (d <= 0n) throw new RangeError('Banklet: division by a non-positive number.');
  let q = n / d; // truncates toward zero
  const r = n % d;
  if (r === 0n) return q;
  if (n < 0n) q -= 1n; // now q = floor(n / d)
  const rest = n - q * d; // 0 < rest < d
  switch (rounding) {
    case 'floor':
      return q;
    case 'ceil':
      return q + 1n;
    case 'half-up':
      return rest * 2n >= d ? q + 1n : q;
    case 'half-even':
      return rest * 2n > d || (rest * 2n === d && q % 2n !== 0n) ? q + 1n : q;
  }
}

/** Value of `points`; rounded down by default, so points never buy more than they are worth. */
export function pointsToMoney(points: number, rate: PointsRate, rounding: Rounding = 'floor'): Money {
  return money(safe(divide(BigInt(safe(points)) * BigInt(rate.value.amount), BigInt(rate.points), rounding)), rate.value.currency);
}

/** Points needed for `amount`; rounded up by default, so they always cover it. */
export function moneyToPoints(amount: Money, rate: PointsRate, rounding: Rounding = 'ceil'): number {
  sameCurrency(amount, rate.value);
  if (rate.value.amount <= 0) throw new RangeError('Banklet: a points rate must be worth something.');
  return safe(divide(BigInt(amount.amount) * BigInt(rate.points), BigInt(rate.value.amount), rounding));
}

export interface PointsCashSplit {
  /** Points actually used: never more than needed for the whole total. */
  points: number;
  /** What those points pay. */
  pointsValue: Money;
  /** What is left for card or balance. `pointsValue + cash` is always exactly the total. */
  cash: Money;
}

/** Splits a total into a points part and a cash part that add up to it exactly. */
export function splitPointsAndCash(total: Money, points: number, rate: PointsRate): PointsCashSplit {
  sameCurrency(total, rate.value);
  if (total.amount < 0 || points < 0) throw new RangeError('Banklet: totals and points are not negative.');
  if (rate.value.amount <= 0) throw new RangeError('Banklet: a points rate must be worth something.');
  // The points that would cover the whole total can exceed 2^53 for tiny rates; compare as bigint.
  const cap = divide(BigInt(total.amount) * BigInt(rate.points), BigInt(rate.value.amount), 'ceil');
  const coversAll = BigInt(safe(points)) >= cap;
  const used = coversAll ? Number(cap) : points;
  const value = coversAll ? total.amount : Math.min(total.amount, pointsToMoney(used, rate).amount);
  return { points: used, pointsValue: money(value, total.currency), cash: money(total.amount - value, total.currency) };
}

/** A fee of `rateTimes100` hundredths of a percent of `principal` (180 = 1.80%), rounded half up. */
export function instalmentFee(principal: Money, rateTimes100: number): Money {
  return money(safe(divide(BigInt(principal.amount) * BigInt(safe(rateTimes100)), 10_000n, 'half-up')), principal.currency);
}

/**
 * The amounts of `periods` instalments for `total` plus `fee`; they add up to exactly
 * `total + fee`. The remainder of the division goes, by default, wholly to the first period
 * (as the contract's `InstalmentPlan.firstPeriod`); `spread` gives one minor unit more to each of
 * the first periods instead. Either way the result is the same for the same input.
 */
export function allocateInstalments(total: Money, periods: number, fee: Money, remainder: 'first' | 'spread' = 'first'): Money[] {
  if (!Number.isSafeInteger(periods) || periods < 1) throw new RangeError('Banklet: periods must be a positive integer.');
  const grand = addMoney(total, fee);
  if (grand.amount < 0) throw new RangeError('Banklet: cannot split a negative amount.');
  const each = Math.floor(grand.amount / periods);
  const rest = grand.amount - each * periods;
  return Array.from({ length: periods }, (_, i) =>
    money(each + (remainder === 'first' ? (i === 0 ? rest : 0) : i < rest ? 1 : 0), grand.currency),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Decimal and group separators of a locale, as Intl writes them. */
function separators(locale: string): { decimal: string; group: string } {
  const parts = numberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

/**
 * Reads what a user typed into minor units, or `null` when it is not an amount. Accepts grouping
 * (`1,234.5`), a currency sign or code around the number (`¥1234.50`, `CN¥`, `CNY`, `元`) and
 * full-width characters from Chinese keyboards (`１２３４．５０`). More fraction digits than the
 * currency has are refused rather than rounded (unless they are zeros): the user meant something
 * this amount cannot be. Negative amounts are refused too.
 */
export function parseMoneyInput(text: string, currency: string, locale: string): number | null {
  const digits = currencyDigits(currency);
  const { decimal, group } = separators(locale);
  // NFKC folds full-width digits, commas, stops and ￥ to their ASCII (or ¥) forms.
  let s = text.normalize('NFKC').replace(/[\s\u00a0\u202f]/g, '');
  const symbol = numberFormat(locale, { style: 'currency', currency }).formatToParts(1).find((p) => p.type === 'currency')?.value ?? '';
  const marks = [symbol.normalize('NFKC').replace(/\s/g, ''), currency, '¥', '$', '€', '£', '元', 'RMB'].filter(Boolean);
  for (const mark of marks.sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`^${escape(mark)}|${escape(mark)}$`, 'i');
    if (re.test(s)) {
      s = s.replace(re, '');
      break;
    }
  }
  // Locales that group with a space (fr: U+202F) lost their groups with the spaces above.
  const g = escape(group.normalize('NFKC').replace(/\s/g, ''));
  const d = escape(decimal);
  const grouped = g ? `\\d{1,3}(?:${g}\\d{3})+|` : '';
  const match = new RegExp(`^(${grouped}\\d*)(?:${d}(\\d*))?$`).exec(s);
  if (!match || (match[1] === '' && !match[2])) return null;
  const whole = (g ? match[1]!.split(group.normalize('NFKC')).join('') : match[1]!) || '0';
  let fraction = match[2] ?? '';
  if (fraction.length > digits) {
    if (/[^0]/.test(fraction.slice(digits))) return null;
    fraction = fraction.slice(0, digits);
  }
  const minor = BigInt(whole + fraction.padEnd(digits, '0'));
  return minor > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(minor);
}
