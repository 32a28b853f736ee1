import { css } from 'lit';

/**
 * Styles of the views whose code loads on first use (history, catalogue and redeem sheet,
 * check-in and tasks). Each lazy chunk adopts them into the wallet's shadow root when it loads,
 * so the summary's first paint does not carry them.
 */
export const walletViewStyles = css`
  /* Ledger. */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--bk-space-3);
  }
  .filter {
    display: flex;
    flex: 1 1 10em;
    flex-direction: column;
    gap: var(--bk-space-1);
    font-size: var(--bk-font-size-sm);
    color: var(--bk-color-on-surface-variant);
  }
  select {
    min-block-size: var(--bk-target-size);
    padding-inline: var(--bk-space-2);
    border: 1.5px solid var(--bk-color-outline);
    border-radius: var(--bk-radius-sm);
    background: var(--bk-color-surface);
    color: var(--bk-color-on-surface);
    font: inherit;
    font-size: var(--bk-font-size);
  }
  .type-totals {
    display: flex;
    flex-wrap: wrap;
    gap: var(--bk-space-1) var(--bk-space-4);
    margin: 0;
    font-size: var(--bk-font-size-sm);
  }
  .type-totals div {
    display: flex;
    gap: var(--bk-space-1);
  }
  .type-totals dt {
    color: var(--bk-color-on-surface-variant);
  }
  .type-totals dd {
    margin: 0;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .ledger {
    position: relative;
    block-size: var(--_ledger-height);
    overflow-y: auto;
    overscroll-behavior: contain;
    border-radius: var(--bk-radius-md);
    background: var(--bk-color-surface);
    border: 1px solid var(--bk-color-outline);
    /* Rows are placed by the row window (views/row-window.ts), never by the browser's anchoring. */
    overflow-anchor: none;
    /*
     * Its size never depends on its content, so a new page (a taller list) lays out this region
     * alone, not the wallet around it.
     */
    contain: strict;
  }
  /*
   * Every row of the history has the same height: two lines (the larger text size over the
   * smaller) and the same padding, month headers included. That is what lets the row window place
   * row N at N × height without measuring anything, and draw a fling with a fixed set of reused
   * elements. Lines do not wrap; what is long (a description, a merchant name) ends in an ellipsis
   * and is still read in full by screen readers. Amount, type and time are short and never cut.
   */
  .ledger {
    --_line: calc(var(--bk-font-size) * 1.5);
    --_line-sm: calc(var(--bk-font-size-sm) * 1.5);
    --_row: calc(var(--_line) + var(--_line-sm) + 2 * var(--bk-space-2) + 1px);
  }
  .sticky-month,
  .month-row,
  .entry {
    display: grid;
    align-content: center;
    box-sizing: border-box;
    inline-size: 100%;
    block-size: var(--_row);
    padding: var(--bk-space-2) var(--bk-space-3);
    border-block-end: 1px solid var(--bk-color-surface-variant);
    line-height: 1.5;
    overflow: hidden;
  }
  /* An entry: description and amount over type, merchant or reason, and time. */
  .entry {
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: var(--bk-space-3);
  }
  /* A month header: its name over its totals. */
  .sticky-month,
  .month-row {
    background: var(--bk-color-surface-variant);
  }
  .sticky-slot {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    block-size: 0;
  }
  .sticky-month {
    box-shadow: var(--bk-elevation-1);
  }
  .month-title {
    margin: 0;
    font-size: var(--bk-font-size);
    font-weight: 700;
  }
  .month-totals {
    color: var(--bk-color-on-surface-variant);
    font-size: var(--bk-font-size-sm);
    font-variant-numeric: tabular-nums;
  }
  /*
   * The list is as tall as all its rows (set by the row window); each row is laid out on its own
   * (strict containment: its size is fixed), so rewriting one row while scrolling lays out that
   * row alone. Element s of the window's pool sits at (base + s) rows, or one pool further down
   * with the class "wrapped": numbers the window sets on the list and the rows once, so scrolling
   * writes no inline style per row (see views/row-window.ts).
   */
  .rows {
    position: relative;
    inline-size: 100%;
    contain: strict;
  }
  .rows > [role='listitem'] {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    contain: strict;
    transform: translateY(calc((var(--base, 0) + var(--slot, 0)) * var(--_row)));
  }
  .rows > .wrapped {
    transform: translateY(calc((var(--base, 0) + var(--pool, 0) + var(--slot, 0)) * var(--_row)));
  }
  .rows > [hidden] {
    display: none;
  }
  .row-probe {
    position: absolute;
    visibility: hidden;
    inline-size: 0;
    block-size: var(--_row);
  }
  .entry-description,
  .entry-meta,
  .month-title,
  .month-totals {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .entry-meta,
  .entry time {
    color: var(--bk-color-on-surface-variant);
    font-size: var(--bk-font-size-sm);
  }
  .entry time {
    text-align: end;
  }
  .entry-type {
    font-weight: 600;
  }
  .amount {
    text-align: end;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .amount.plus {
    color: var(--bk-color-success);
  }
  .amount.minus {
    color: var(--bk-color-on-surface);
  }
  .ledger > banklet-skeleton {
    padding: var(--bk-space-3);
  }

  /* Catalogue. */
  .items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr));
    gap: var(--bk-space-3);
    padding: 0;
    list-style: none;
  }
  :host([bk-senior]) .items {
    grid-template-columns: 1fr;
  }
  .item {
    display: flex;
    flex-direction: column;
    border-radius: var(--bk-radius-md);
    background: var(--_card);
    overflow: hidden;
  }
  .item-media {
    position: relative;
    aspect-ratio: 16 / 9;
    background: var(--bk-color-surface);
  }
  .item-media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  img[hidden] {
    display: none;
  }
  .badge {
    position: absolute;
    inset-block-start: var(--bk-space-2);
    inset-inline-start: var(--bk-space-2);
    padding: 2px var(--bk-space-2);
    border-radius: var(--bk-radius-sm);
    background: var(--bk-color-primary);
    color: var(--bk-color-on-primary);
    font-size: var(--bk-font-size-sm);
    font-weight: 600;
  }
  .item-body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: var(--bk-space-1);
    padding: var(--bk-space-3);
  }
  .item-body banklet-button {
    margin-block-start: auto;
    padding-block-start: var(--bk-space-2);
  }
  .price {
    font-weight: 700;
    font-size: var(--bk-font-size-lg);
  }
  .blocked {
    color: var(--bk-color-error);
    font-weight: 600;
  }
  .empty {
    padding: var(--bk-space-4);
    text-align: center;
    color: var(--bk-color-on-surface-variant);
  }

  /* Redeem sheet content (slotted into <banklet-sheet>, styled from here). */
  .sheet-body {
    display: flex;
    flex-direction: column;
    gap: var(--bk-space-2);
  }
  .sheet-lead {
    font-size: var(--bk-font-size-lg);
    font-weight: 600;
  }
  .sheet-lead.success {
    color: var(--bk-color-success);
  }
  .sheet-lead.error {
    color: var(--bk-color-error);
  }
  .voucher {
    font-family: ui-monospace, monospace;
    font-size: var(--bk-font-size-lg);
  }
  .sheet-actions {
    display: flex;
    gap: var(--bk-space-2);
  }
  .sheet-actions > banklet-button {
    flex: 1;
  }
  :host([bk-senior]) .sheet-actions {
    flex-direction: column-reverse;
  }

  /* Engagement. */
  .streak {
    font-weight: 700;
  }
  .ladder {
    display: grid;
    /* Seven days in a row where they fit whole; on a 320 px phone in English two rows, not "Da/y 1". */
    grid-template-columns: repeat(auto-fit, minmax(3.5em, 1fr));
    gap: var(--bk-space-1);
    padding: 0;
    list-style: none;
  }
  :host([bk-senior]) .ladder {
    grid-template-columns: repeat(4, 1fr);
  }
  .rung {
    display: flex;
    flex-direction: column;
    align-items: center;
    padding: var(--bk-space-1);
    border: 1.5px solid var(--bk-color-outline);
    border-radius: var(--bk-radius-sm);
    font-size: var(--bk-font-size-sm);
  }
  .rung.done {
    background: var(--bk-color-surface);
    color: var(--bk-color-success);
  }
  .rung.today {
    border-color: var(--_accent);
    border-width: 3px;
    font-weight: 700;
  }
  .rung-points {
    font-weight: 700;
  }
  .tasks {
    display: grid;
    gap: var(--bk-space-3);
    padding: 0;
    list-style: none;
  }
  .task {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--bk-space-2);
  }
  .task-text {
    display: flex;
    flex: 1 1 14em;
    flex-direction: column;
    gap: var(--bk-space-1);
  }
  progress {
    inline-size: 100%;
    block-size: 10px;
    accent-color: var(--_accent);
  }
  .claimed {
    color: var(--bk-color-success);
    font-weight: 600;
  }
`;
