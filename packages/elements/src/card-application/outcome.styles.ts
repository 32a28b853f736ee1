import { css } from 'lit';

/** Styles of the decision and activation screens; they arrive with the outcome controller's code. */
export const outcomeStyles = css`
  .outcome {
    display: grid;
    gap: var(--bk-space-2);
    justify-items: center;
    text-align: center;
  }
  .outcome .receipt {
    inline-size: 100%;
  }
  .outcome-icon {
    display: inline-grid;
    place-items: center;
    inline-size: 64px;
    block-size: 64px;
    border-radius: 50%;
    background: var(--bk-color-success);
    color: var(--bk-color-surface);
    font-size: 32px;
    font-weight: 700;
  }
  .outcome-icon.declined {
    background: var(--bk-color-error);
  }
  .outcome-icon.pending,
  .outcome-icon.referred {
    background: var(--bk-color-warning);
  }
  .limit-label {
    margin: 0;
    color: var(--bk-color-on-surface-variant);
  }
  .limit {
    margin: 0;
    font-size: var(--bk-font-size-2xl);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .next-steps {
    margin: 0;
    text-align: start;
  }
  .outcome banklet-pin-pad {
    inline-size: 100%;
  }
  .virtual-card {
    display: grid;
    gap: var(--bk-space-3);
    inline-size: min(100%, 360px);
    padding: var(--bk-space-4);
    border-radius: var(--bk-radius-lg);
    background: var(--bk-color-primary);
    color: var(--bk-color-on-primary);
    text-align: start;
  }
  .virtual-card dt,
  .virtual-card dd {
    color: inherit;
  }
  .virtual-card .network {
    font-weight: 700;
  }
  .virtual-card .pan {
    font-size: var(--bk-font-size-xl);
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.08em;
  }
`;
