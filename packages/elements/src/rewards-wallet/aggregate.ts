/**
 * Ledger aggregation: monthly totals and totals per entry type. One pure module, run in the
 * ledger worker and, where no worker can start (strict CSP without a same-origin worker file,
 * old WebViews), on the main thread — so both paths compute exactly the same thing.
 *
 * A summary is a monoid: `mergeSummaries(summarize(a), summarize(b))` equals `summarize([...a,
 * ...b])` and `emptySummary()` is its identity. That is what lets the wallet aggregate one page
 * at a time as pages arrive (100 entries to the worker, not the whole history again) and still
 * hold the exact totals of everything loaded. The property tests check those laws.
 */

export type EntryType = 'earn' | 'redeem' | 'expire' | 'adjust';

/** The fields aggregation reads; a full ledger entry qualifies. */
export interface AggregatableEntry {
  type: EntryType;
  /** RFC 3339 timestamp (UTC). */
  date: string;
  /** Signed integer points. */
  points: number;
}

export interface Totals {
  /** Sum of positive amounts. */
  earned: number;
  /** Sum of negative amounts, as a positive number. */
  spent: number;
  count: number;
}

export interface LedgerSummary {
  /** Per calendar month in China Standard Time, keyed `YYYY-MM` like the API's `month` filter. */
  months: Record<string, Totals>;
  /** Per entry type: the ledger's categories. */
  types: Record<EntryType, Totals>;
  total: Totals;
}

/** The API's months are calendar months in UTC+8, whatever the device's zone (contract: `month`). */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `YYYY-MM` of a timestamp in China Standard Time. */
export function monthOf(date: string): string {
  const ms = Date.parse(date);
  if (!Number.isFinite(ms)) return 'invalid';
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 7);
}

const zero = (): Totals => ({ earned: 0, spent: 0, count: 0 });

export function emptySummary(): LedgerSummary {
  return { months: {}, types: { earn: zero(), redeem: zero(), expire: zero(), adjust: zero() }, total: zero() };
}

function add(totals: Totals, points: number): void {
  if (points >= 0) totals.earned += points;
  else totals.spent -= points;
  totals.count += 1;
}

const plus = (a: Totals, b: Totals): Totals => ({ earned: a.earned + b.earned, spent: a.spent + b.spent, count: a.count + b.count });

/** Totals of `entries` per month, per type and overall. Linear, no sorting needed. */
export function summarize(entries: readonly AggregatableEntry[]): LedgerSummary {
  const summary = emptySummary();
  for (const entry of entries) {
    add((summary.months[monthOf(entry.date)] ??= zero()), entry.points);
    // A type this build does not know (a newer API) still counts in months and the total.
    const byType = summary.types[entry.type] as Totals | undefined;
    if (byType) add(byType, entry.points);
    add(summary.total, entry.points);
  }
  return summary;
}

/** The summary of two disjoint sets of entries. Associative, with `emptySummary()` as identity. */
export function mergeSummaries(a: LedgerSummary, b: LedgerSummary): LedgerSummary {
  const months: Record<string, Totals> = { ...a.months };
  for (const [month, totals] of Object.entries(b.months)) months[month] = months[month] ? plus(months[month]!, totals) : { ...totals };
  const types = {} as Record<EntryType, Totals>;
  for (const type of Object.keys(a.types) as EntryType[]) types[type] = plus(a.types[type], b.types[type]);
  return { months, types, total: plus(a.total, b.total) };
}
