import { css } from 'lit';

/**
 * Styles of the steps after the card choice, and the error summary's list (shown only after a
 * continue, which loads these steps); they arrive with the later steps' code (later-steps.ts).
 */
export const laterStepStyles = css`
  fieldset.group {
    display: grid;
    gap: var(--bk-space-3);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--bk-space-4);
  }
  .error-summary a {
    color: var(--bk-color-error);
    font-weight: 600;
    line-height: 2;
  }
  .option {
    padding: var(--bk-space-2) var(--bk-space-3);
    border: 1.5px solid var(--bk-color-outline);
    border-radius: var(--bk-radius-sm);
  }
  .option + .option {
    margin-block-start: var(--bk-space-2);
  }
  .option:has(input:checked) {
    border-color: var(--bk-color-primary);
  }
  .plain {
    padding: 0;
    list-style: none;
  }
  .otp {
    display: grid;
    gap: var(--bk-space-2);
  }
  .otp-row {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: end;
    gap: var(--bk-space-2);
  }
  :host([bk-senior]) .otp-row {
    grid-template-columns: 1fr;
  }
  .otp-row .verify {
    margin-block-end: 1.6em;
  }
  .verified {
    margin: 0;
    color: var(--bk-color-success);
    font-weight: 600;
  }
  .document {
    display: grid;
    gap: var(--bk-space-2);
    padding-block: var(--bk-space-3);
    border-block-end: 1px solid var(--bk-color-surface-variant);
  }
  details summary {
    min-block-size: var(--bk-target-size);
    display: flex;
    align-items: center;
    color: var(--bk-color-primary);
    cursor: pointer;
  }
  .document-text {
    white-space: pre-line;
  }
  .review-section {
    padding-block: var(--bk-space-2);
    border-block-end: 1px solid var(--bk-color-surface-variant);
  }
  .review-section dl {
    margin: 0;
  }
  .review-row {
    display: grid;
    grid-template-columns: minmax(6em, 1fr) 2fr auto;
    align-items: center;
    gap: var(--bk-space-2);
  }
  :host([bk-senior]) .review-row {
    grid-template-columns: 1fr;
    gap: 0;
    padding-block: var(--bk-space-2);
  }
  .review-row dd {
    text-align: start;
  }
  /* Narrow (a 320 px phone, or 1280 px at 400%): one column, as in senior mode, not a value squeezed to one letter a line. */
  @container (max-width: 30em) {
    .review-row {
      grid-template-columns: 1fr;
      gap: 0;
      padding-block: var(--bk-space-2);
    }
    .review-row dt {
      max-inline-size: none;
    }
  }
`;
