import { html, nothing } from 'lit';
import type { BankletError } from '@banklet/sdk';
import type { LedgerEntryType, LedgerFilter, LedgerModel, LedgerRow } from '../ledger-model.js';
import { LEDGER_ZONE, monthLabel, signed, type WalletLocalize } from './format.js';
import { rowWindow, type RowLook } from './row-window.js';

const TYPES: LedgerEntryType[] = ['earn', 'redeem', 'expire', 'adjust'];

export interface LedgerViewProps {
  model: LedgerModel | undefined;
  filter: LedgerFilter;
  /** Months the month filter offers, newest first. */
  months: string[];
  /** Month of the first row in view, for the sticky header. */
  stickyMonth: string | undefined;
  loadingMore: boolean;
  error: BankletError | undefined;
  onFilter: (filter: LedgerFilter) => void;
  /** The first and last rows in view (indexes into the model's rows). */
  onVisible: (first: number, last: number) => void;
  onRetry: () => void;
}

function totalsText(t: WalletLocalize, model: LedgerModel, month: string): string {
  const totals = model.summary.months[month];
  if (!totals) return '';
  const text = t.msg.monthTotals(signed(t, totals.earned), signed(t, -totals.spent));
  return model.isPartial(month) ? text + t.msg.partialTotals : text;
}

function rowLook(t: WalletLocalize, model: LedgerModel, row: LedgerRow): RowLook {
  if (row.kind === 'month') {
    return {
      className: 'month-row',
      part: '',
      content: html`<h3 class="month-title">${monthLabel(t, row.month)}</h3
        ><span class="month-totals">${totalsText(t, model, row.month)}</span>`,
    };
  }
  const { entry } = row;
  const source = entry.merchant ?? entry.reason;
  const amount = t.msg.signedPoints(signed(t, entry.points));
  const when = t.formatDate(entry.date, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: LEDGER_ZONE });
  // Four elements in a 2×2 grid, with no white space between them (the line breaks are inside
  // the tags): a fast fling rewrites a dozen rows a frame, and every node of a row that moves is
  // restyled.
  return {
    className: 'entry',
    part: 'ledger-entry',
    content: html`<span class="entry-description">${entry.description}</span
      ><span class=${entry.points >= 0 ? 'amount plus' : 'amount minus'}>${amount}</span
      ><span class="entry-meta"><span class="entry-type">${t.msg.types[entry.type] ?? entry.type}</span>${source ? ` · ${source}` : ''}</span
      ><time datetime=${entry.date}>${when}</time>`,
  };
}

/**
 * Points history: filters, then one scrolling region holding a sticky month header and the
 * virtualized rows (see row-window.ts). Only the rows near the viewport exist in the DOM, whatever
 * the length of the history; month headers are rows of their own, and the sticky copy on top
 * follows the first visible row (a row of the window cannot be `position: sticky` itself, because
 * every row is positioned absolutely). The copy sits in a zero-height sticky slot, so
 * it covers the row under it instead of pushing the list down: at the top of a month it lies
 * exactly over that month's own header row, and the header is never seen twice.
 */
export function renderLedger(t: WalletLocalize, props: LedgerViewProps) {
  const msg = t.msg;
  const { model, filter } = props;
  const change = (patch: Partial<LedgerFilter>) => props.onFilter({ ...filter, ...patch });
  const sticky = props.stickyMonth ?? model?.rows[0]?.month;
  return html`<div class="filters" part="ledger-filters">
      <label class="filter">
        <span>${msg.filterType}</span>
        <select @change=${(e: Event) => change({ type: (e.target as HTMLSelectElement).value as LedgerFilter['type'] })}>
          <option value="" ?selected=${filter.type === ''}>${msg.allTypes}</option>
          ${TYPES.map((type) => html`<option value=${type} ?selected=${filter.type === type}>${msg.types[type]}</option>`)}
        </select>
      </label>
      <label class="filter">
        <span>${msg.filterMonth}</span>
        <select @change=${(e: Event) => change({ month: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${filter.month === ''}>${msg.allMonths}</option>
          ${props.months.map((month) => html`<option value=${month} ?selected=${filter.month === month}>${monthLabel(t, month)}</option>`)}
        </select>
      </label>
    </div>
    ${model && filter.type === '' && model.summary.total.count > 0 ? renderTypeTotals(t, model) : nothing}
    <div class="ledger" part="ledger" role="region" aria-label=${msg.ledgerRegion} tabindex="0" aria-busy=${model ? 'false' : 'true'}>
      ${model && sticky
        ? html`<div class="sticky-slot"><div class="sticky-month" part="ledger-month" aria-hidden="true">
            <span class="month-title">${monthLabel(t, sticky)}</span>
            <span class="month-totals">${totalsText(t, model, sticky)}</span>
          </div></div>`
        : nothing}
      ${model
        ? model.rows.length > 0
          ? html`<div
              class="rows"
              role="list"
              ${rowWindow({
                items: model.rows,
                complete: model.done,
                look: (row: LedgerRow) => rowLook(t, model, row),
                onVisible: props.onVisible,
              })}
            ></div>`
          : props.error
            ? nothing
            : html`<p class="list-end">${msg.noEntries}</p>`
        : html`<banklet-skeleton height="3em" lines="4"></banklet-skeleton>`}
      ${renderListEnd(t, props)}
    </div>`;
}

/** Totals per type (the ledger's categories) of the entries loaded so far. */
function renderTypeTotals(t: WalletLocalize, model: LedgerModel) {
  const { types } = model.summary;
  return html`<dl class="type-totals" part="ledger-totals" aria-label=${model.done ? t.msg.typeTotals : t.msg.typeTotals + t.msg.partialTotals}>
    ${TYPES.filter((type) => types[type].count > 0).map(
      (type) => html`<div><dt>${t.msg.types[type]}</dt><dd>${signed(t, types[type].earned - types[type].spent)}</dd></div>`,
    )}
  </dl>`;
}

function renderListEnd(t: WalletLocalize, props: LedgerViewProps) {
  const { model } = props;
  if (props.error) {
    return html`<div class="list-end" part="ledger-end">
      <p>${model ? t.msg.loadMoreFailed : t.msg.loadFailed}</p>
      <banklet-button variant="secondary" @click=${props.onRetry}>${t.msg.retry}</banklet-button>
    </div>`;
  }
  if (!model || model.rows.length === 0) return nothing;
  if (props.loadingMore || !model.done) return html`<p class="list-end" part="ledger-end">${t.msg.loadingMore}</p>`;
  return html`<p class="list-end" part="ledger-end">${t.msg.endOfList}</p>`;
}
