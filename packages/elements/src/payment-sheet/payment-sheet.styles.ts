import { css } from 'lit';

export const paymentSheetStyles = css`
  :host {
    display: contents;
  }
  .summary {
    text-align: center;
    margin-block-end: var(--bk-space-4);
  }
  .merchant {
    margin: 0;
    color: var(--bk-color-on-surface-variant);
  }
  .amount {
    margin: var(--bk-space-1) 0 0;
    font-size: var(--bk-font-size-2xl);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  details {
    margin-block-end: var(--bk-space-3);
    color: var(--bk-color-on-surface-variant);
    font-size: var(--bk-font-size-sm);
  }
  summary {
    min-block-size: var(--bk-target-size);
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .lines {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .lines li,
  .row {
    display: flex;
    justify-content: space-between;
    gap: var(--bk-space-3);
    padding-block: var(--bk-space-1);
  }
  fieldset {
    margin: 0 0 var(--bk-space-4);
    padding: 0;
    border: 0;
  }
  legend {
    margin-block-end: var(--bk-space-2);
    padding: 0;
    font-weight: 600;
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--bk-space-3);
    min-block-size: var(--bk-target-size);
    padding: var(--bk-space-2) var(--bk-space-3);
    border: 1.5px solid var(--bk-color-outline);
    border-radius: var(--bk-radius-sm);
    cursor: pointer;
  }
  .option + .option {
    margin-block-start: var(--bk-space-2);
  }
  .option:has(input:checked) {
    border-color: var(--bk-color-primary);
    box-shadow: 0 0 0 1px var(--bk-color-primary);
  }
  .option:has(input:disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .option input {
    inline-size: 22px;
    block-size: 22px;
    margin: 0;
    accent-color: var(--bk-color-primary);
    flex: none;
  }
  .option-text {
    display: flex;
    flex-direction: column;
  }
  .hint {
    color: var(--bk-color-on-surface-variant);
    font-size: var(--bk-font-size-sm);
  }
  .stepper {
    display: flex;
    align-items: center;
    gap: var(--bk-space-2);
    margin-block-start: var(--bk-space-2);
  }
  .stepper input[type='range'] {
    flex: 1;
    accent-color: var(--bk-color-primary);
    min-block-size: var(--bk-target-size);
  }
  .round {
    inline-size: var(--bk-target-size);
    block-size: var(--bk-target-size);
    border: 1.5px solid var(--bk-color-outline);
    border-radius: 50%;
    background: var(--bk-color-surface);
    color: var(--bk-color-on-surface);
    font: inherit;
    font-size: var(--bk-font-size-lg);
    cursor: pointer;
  }
  .total {
    border-block-start: 1px solid var(--bk-color-surface-variant);
    margin-block-start: var(--bk-space-2);
    padding-block-start: var(--bk-space-2);
    font-weight: 700;
  }
  .note {
    margin: var(--bk-space-2) 0 0;
    color: var(--bk-color-on-surface-variant);
    font-size: var(--bk-font-size-sm);
    text-align: center;
  }
  .center {
    text-align: center;
  }
  h3 {
    margin: 0 0 var(--bk-space-2);
    font-size: var(--bk-font-size-xl);
  }
`;
