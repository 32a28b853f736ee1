import { css } from 'lit';

/**
 * The sheet's styles for the views after "pay" (step-up, outcome, receipt, rating), which arrive
 * with their lazy chunk (later-views.ts) and are adopted next to paymentSheetStyles.
 */
export const laterViewStyles = css`
  .outcome-icon {
    display: inline-grid;
    place-items: center;
    inline-size: 64px;
    block-size: 64px;
    margin-block-end: var(--bk-space-3);
    border-radius: 50%;
    color: var(--bk-color-surface);
    background: var(--bk-color-success);
    font-size: 36px;
    font-weight: 700;
  }
  .outcome-icon.failed {
    background: var(--bk-color-error);
  }
  .outcome-icon.pending {
    background: var(--bk-color-warning);
  }
  .receipt {
    margin: var(--bk-space-4) 0 0;
    text-align: start;
  }
  .receipt dt {
    color: var(--bk-color-on-surface-variant);
  }
  .receipt div {
    display: flex;
    justify-content: space-between;
    gap: var(--bk-space-3);
    padding-block: var(--bk-space-1);
  }
  .receipt dd {
    margin: 0;
    font-weight: 600;
    text-align: end;
  }
  .actions {
    display: grid;
    gap: var(--bk-space-2);
  }
  form legend {
    inline-size: 100%;
    text-align: center;
  }
  .stars {
    display: flex;
    justify-content: center;
    gap: var(--bk-space-1);
  }
  .stars label {
    display: inline-grid;
    place-items: center;
    inline-size: var(--bk-target-size);
    block-size: var(--bk-target-size);
    font-size: 28px;
    color: var(--bk-color-outline);
    cursor: pointer;
  }
  .stars input {
    position: absolute;
    opacity: 0;
    inline-size: 1px;
    block-size: 1px;
  }
  .stars label.on {
    color: var(--bk-color-warning);
  }
  .stars input:focus-visible + span {
    outline: 3px solid var(--bk-color-focus);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .link {
    min-block-size: var(--bk-target-size);
    border: 0;
    background: none;
    color: var(--bk-color-primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
`;
