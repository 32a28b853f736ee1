/**
 * Locale-aware formatting through `Intl`, with formatters cached per locale and options because
 * constructing them is one of the costlier calls a mid-range phone makes while rendering a list.
 */

/** Money in integer minor units plus an ISO 4217 currency. Never a float. */
export interface Money {
  amount: number;
  currency: string;
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** Minor-unit exponent of a currency as `Intl` knows it (CNY 2, JPY 0, BHD 3). */
export function currencyDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Formats integer minor units exactly: the division happens on the decimal string, not in floats. */
export function formatMoney(money: Money, locale: string, options: Intl.NumberFormatOptions = {}): string {
  if (!Number.isSafeInteger(money.amount)) throw new RangeError(`Money amount must be an integer of minor units, got ${money.amount}`);
  const digits = currencyDigits(money.currency);
  const negative = money.amount < 0;
  const text = Math.abs(money.amount).toString().padStart(digits + 1, '0');
  const decimal = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  const formatter = numberFormat(locale, { style: 'currency', currency: money.currency, ...options });
  // Intl accepts decimal strings (a "StringNumericLiteral") and formats them without float rounding.
  return formatter.format(((negative ? '-' : '') + decimal) as unknown as number);
}

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

export function formatDate(value: Date | number | string, locale: string, options?: Intl.DateTimeFormatOptions): string {
  const date = new Date(value);
  // A date the API sent that is not one renders as nothing: Intl throws a RangeError on it, which
  // took down the whole render of the wallet's history and tasks (hostile-input.test.ts).
  if (Number.isNaN(date.getTime())) return '';
  return dateFormat(locale, options ?? { dateStyle: 'medium' }).format(date);
}
