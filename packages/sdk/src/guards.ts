/**
 * Tiny runtime checks of response bodies, for the fields the widgets rely on. Hand-written on
 * purpose: a schema library would cost more bytes than the whole SDK core. A body that fails its
 * check becomes a `server` error coded `MALFORMED_RESPONSE` instead of a crash deep in a widget.
 */
export type Check = (value: unknown) => boolean;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isString: Check = (value) => typeof value === 'string';
export const isBoolean: Check = (value) => typeof value === 'boolean';
/** Amounts and points are integers; a float here is a contract breach, not a rounding detail. */
export const isInteger: Check = (value) => Number.isSafeInteger(value);
export const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);

export const nullable = (check: Check): Check => (value) => value === null || check(value);
export const optional = (check: Check): Check => (value) => value === undefined || check(value);
export const oneOf = (...allowed: readonly unknown[]): Check => (value) => allowed.includes(value);
export const arrayOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);

/** An object with at least these fields passing their checks; other fields are not looked at. */
export const shape = (fields: Record<string, Check>): Check => (value) =>
  isRecord(value) && Object.keys(fields).every((name) => fields[name]!(value[name]));

export const isMoney: Check = shape({ amount: isInteger, currency: (v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v) });
