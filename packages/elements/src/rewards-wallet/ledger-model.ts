import type { components } from '@banklet/sdk/generated';
import { emptySummary, mergeSummaries, monthOf, type LedgerSummary } from './aggregate.js';

export type LedgerEntry = components['schemas']['LedgerEntry'];
export type LedgerEntryType = components['schemas']['LedgerEntryType'];

/** A row of the virtualized list: a month header, or one entry. */
export type LedgerRow = { kind: 'month'; month: string } | { kind: 'entry'; month: string; entry: LedgerEntry };

/** What the wallet keeps of one filtered view of the ledger (also what it caches). */
export interface LedgerFilter {
  type: LedgerEntryType | '';
  month: string;
}

export const filterKey = (filter: LedgerFilter): string => `ledger:${filter.type || 'all'}:${filter.month || 'all'}`;

/**
 * The loaded part of one ledger view: entries in server order (newest first), the flat row
 * list the history renders (a header row wherever the month changes), the cursor for the next
 * page, and the running summary.
 *
 * Appending is incremental — the rows of a new page are pushed after the existing ones instead of
 * regrouping or copying the whole history — because a member scrolling through 100,000 entries
 * appends a thousand pages. Entries already seen are skipped: a cursor can repeat an entry when
 * new points arrive while the member scrolls.
 */
export class LedgerModel {
  entries: LedgerEntry[] = [];
  rows: LedgerRow[] = [];
  cursor: string | null = null;
  /** True once the server said there is no next page. */
  done = false;
  summary: LedgerSummary = emptySummary();
  private readonly ids = new Set<string>();

  constructor(readonly filter: LedgerFilter) {}

  /** Adds a page after what is loaded; returns the entries that were new (to aggregate). */
  append(items: readonly LedgerEntry[], nextCursor: string | null): LedgerEntry[] {
    const fresh = items.filter((entry) => !this.ids.has(entry.id));
    for (const entry of fresh) this.ids.add(entry.id);
    // In place: copying 100,000 rows for every page made the garbage collector pause scrolling.
    this.entries.push(...fresh);
    this.rows.push(...toRows(fresh, this.rows.at(-1)?.month));
    this.cursor = nextCursor;
    this.done = nextCursor === null;
    return fresh;
  }

  /** Puts entries newer than everything loaded in front (a redemption just made, say). */
  prepend(items: readonly LedgerEntry[]): LedgerEntry[] {
    const fresh = items.filter((entry) => !this.ids.has(entry.id));
    if (fresh.length === 0) return fresh;
    for (const entry of fresh) this.ids.add(entry.id);
    this.entries = fresh.concat(this.entries);
    this.rows = toRows(this.entries, undefined);
    return fresh;
  }

  addSummary(summary: LedgerSummary): void {
    this.summary = mergeSummaries(this.summary, summary);
  }

  /** Whether the totals of `month` may still grow as more pages load. */
  isPartial(month: string): boolean {
    return !this.done && this.rows.at(-1)?.month === month;
  }
}

/** Rows for `entries`, continuing after a list whose last row is in `previousMonth`. */
export function toRows(entries: readonly LedgerEntry[], previousMonth: string | undefined): LedgerRow[] {
  const rows: LedgerRow[] = [];
  let month = previousMonth;
  for (const entry of entries) {
    const entryMonth = monthOf(entry.date);
    if (entryMonth !== month) {
      month = entryMonth;
      rows.push({ kind: 'month', month });
    }
    // `month`, not `entryMonth`: one string per month instead of one per entry (100,000 of them).
    rows.push({ kind: 'entry', month, entry });
  }
  return rows;
}
