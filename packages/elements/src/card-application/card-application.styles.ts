import { css } from 'lit';

export const cardApplicationStyles = css`
  :host {
    display: block;
    max-inline-size: var(--banklet-card-application-max-width, 640px);
    margin-inline: auto;
    background: var(--bk-color-surface);
    color: var(--bk-color-on-surface);
  }
  .base {
    padding: var(--bk-space-4);
    /* The review rows stack when the journey is narrow, wherever the host puts it (steps.styles.ts). */
    container-type: inline-size;
  }
  .title {
    margin: 0 0 var(--bk-space-3);
    font-size: var(--bk-font-size-xl);
  }
  h3 {
    margin: 0 0 var(--bk-space-3);
    font-size: var(--bk-font-size-lg);
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid var(--bk-color-focus);
  }
  h4 {
    margin: 0 0 var(--bk-space-1);
    font-size: var(--bk-font-size);
  }
  .question {
    display: block;
    margin-block-start: var(--bk-space-1);
    color: var(--bk-color-on-surface-variant);
    font-size: var(--bk-font-size-sm);
    font-weight: 400;
  }
  .progress p {
    margin: 0 0 var(--bk-space-1);
    color: var(--bk-color-on-surface-variant);
    font-size: var(--bk-font-size-sm);
  }
  progress {
    display: block;
    inline-size: 100%;
    block-size: 6px;
    margin-block-end: var(--bk-space-4);
    accent-color: var(--bk-color-primary);
  }
  form {
    display: grid;
    gap: var(--bk-space-3);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    margin-block-end: var(--bk-space-2);
    padding: 0;
    font-weight: 600;
  }
  .hint,
  .note {
    margin: 0;
    color: var(--bk-color-on-surface-variant);
    font-size: var(--bk-font-size-sm);
  }
  .note {
    margin-block: var(--bk-space-3) 0;
  }
  .field-error {
    margin: var(--bk-space-1) 0 0;
    color: var(--bk-color-error);
    font-size: var(--bk-font-size-sm);
    font-weight: 600;
  }
  .field-error:empty {
    display: none;
  }
  .error-summary,
  .alert {
    margin-block-end: var(--bk-space-3);
    padding: var(--bk-space-3) var(--bk-space-4);
    border: 2px solid var(--bk-color-error);
    border-radius: var(--bk-radius-sm);
  }
  .alert p {
    margin: 0 0 var(--bk-space-2);
  }
  .actions {
    display: grid;
    gap: var(--bk-space-2);
    margin-block-start: var(--bk-space-2);
  }
  .products {
    display: grid;
    gap: var(--bk-space-3);
    margin: var(--bk-space-2) 0 0;
    padding: 0;
    list-style: none;
  }
  @media (min-width: 560px) {
    :host(:not([bk-senior])) .products {
      grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    }
  }
  .product {
    display: grid;
    gap: var(--bk-space-2);
    align-content: start;
    padding: var(--bk-space-3);
    border: 1.5px solid var(--bk-color-outline);
    border-radius: var(--bk-radius-md);
  }
  .product.selected {
    border-color: var(--bk-color-primary);
    box-shadow: 0 0 0 1px var(--bk-color-primary);
  }
  .product img {
    inline-size: 100%;
    block-size: auto;
    border-radius: var(--bk-radius-sm);
  }
  .choice,
  .option,
  .compare {
    display: flex;
    align-items: center;
    gap: var(--bk-space-2);
    min-block-size: var(--bk-target-size);
    cursor: pointer;
  }
  .choice {
    flex-wrap: wrap;
    font-weight: 700;
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    inline-size: 22px;
    block-size: 22px;
    margin: 0;
    accent-color: var(--bk-color-primary);
  }
  :host([bk-senior]) input[type='radio'],
  :host([bk-senior]) input[type='checkbox'] {
    inline-size: 28px;
    block-size: 28px;
  }
  .badge {
    padding: 2px var(--bk-space-2);
    border-radius: 999px;
    background: var(--bk-color-primary);
    color: var(--bk-color-on-primary);
    font-size: var(--bk-font-size-sm);
    font-weight: 600;
  }
  .tagline {
    margin: 0;
    color: var(--bk-color-on-surface-variant);
  }
  .facts,
  .receipt,
  .virtual-card dl {
    display: grid;
    gap: var(--bk-space-1);
    margin: 0;
  }
  .facts div,
  .receipt div,
  .virtual-card dl div {
    display: flex;
    justify-content: space-between;
    gap: var(--bk-space-3);
  }
  dt {
    /* Labels keep their words whole (年费减免, Fee waiver); the value takes what is left, and a
       label gives way (down to its longest word) before an amount is split. */
    flex: 0 1 auto;
    max-inline-size: 45%;
    overflow-wrap: normal;
    color: var(--bk-color-on-surface-variant);
  }
  dd {
    margin: 0;
    font-weight: 600;
    text-align: end;
  }
  .facts dd,
  .receipt dd {
    /* Amounts stay whole: with the host's "anywhere" a squeezed value read "¥300,000.0 / 0" at 320 px. */
    overflow-wrap: break-word;
  }
  .benefits-title {
    margin: 0;
    font-weight: 600;
  }
  .benefits,
  .plain {
    margin: 0;
    padding-inline-start: var(--bk-space-4);
  }
  .compare-table {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    margin-block-end: var(--bk-space-2);
    font-weight: 700;
    text-align: start;
  }
  th,
  td {
    /* Whole words: the table scrolls sideways in .compare-table when it is wider (a data table, WCAG 1.4.10). */
    overflow-wrap: break-word;
    padding: var(--bk-space-2);
    border-block-end: 1px solid var(--bk-color-surface-variant);
    text-align: start;
    vertical-align: top;
  }
  td ul {
    margin: 0;
    padding-inline-start: var(--bk-space-3);
  }
  .link {
    min-block-size: var(--bk-target-size);
    padding: 0;
    border: 0;
    background: none;
    color: var(--bk-color-primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  a {
    color: var(--bk-color-primary);
  }
  .muted {
    color: var(--bk-color-on-surface-variant);
    font-weight: 400;
  }
`;
