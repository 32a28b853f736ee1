import { css } from 'lit';

export const rewardsWalletStyles = css`
  :host {
    display: block;
    --_accent: var(--banklet-rewards-wallet-accent, var(--bk-color-primary));
    --_card: var(--banklet-rewards-wallet-card-background, var(--bk-color-surface-variant));
    --_ledger-height: var(--banklet-rewards-wallet-ledger-height, min(70vh, 560px));
  }
  .wallet {
    display: flex;
    flex-direction: column;
    gap: var(--bk-space-3);
    color: var(--bk-color-on-surface);
  }
  p,
  h2,
  h3,
  h4,
  ul,
  ol {
    margin: 0;
  }
  h2 {
    font-size: var(--bk-font-size-xl);
  }
  h3 {
    font-size: var(--bk-font-size-lg);
  }
  h4 {
    font-size: var(--bk-font-size);
  }
  .muted {
    color: var(--bk-color-on-surface-variant);
    font-size: var(--bk-font-size-sm);
  }

  /* Header: balance, tier, notices. */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--bk-space-2) var(--bk-space-4);
    padding: var(--bk-space-4);
    border-radius: var(--bk-radius-lg);
    background: var(--_card);
  }
  .header > banklet-skeleton {
    inline-size: 100%;
  }
  .balance {
    display: flex;
    flex-direction: column;
  }
  .balance-label {
    color: var(--bk-color-on-surface-variant);
    font-size: var(--bk-font-size-sm);
  }
  .balance-value {
    color: var(--_accent);
    font-size: var(--bk-font-size-2xl);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  .tier-chip {
    padding: 2px var(--bk-space-2);
    border: 1.5px solid var(--bk-color-outline);
    border-radius: var(--bk-radius-sm);
    font-weight: 600;
  }
  .expiring,
  .offline {
    display: flex;
    align-items: flex-start;
    gap: var(--bk-space-2);
    flex-basis: 100%;
    padding: var(--bk-space-2) var(--bk-space-3);
    border-inline-start: 4px solid var(--bk-color-warning);
    border-radius: var(--bk-radius-sm);
    background: var(--bk-color-surface);
    color: var(--bk-color-on-surface);
    font-weight: 600;
  }
  .expiring svg {
    flex: none;
    color: var(--bk-color-warning);
  }
  .offline {
    border-inline-start-color: var(--bk-color-outline);
    font-weight: 400;
  }

  /* Tabs (normal mode). */
  .tabs {
    display: flex;
    /* Wrap, never scroll: a strip with a hidden scrollbar cut "Earn" off at 320 px (WCAG 1.4.10). */
    flex-wrap: wrap;
    gap: var(--bk-space-1);
    border-block-end: 1px solid var(--bk-color-outline);
  }
  .tab {
    flex: 1 0 auto;
    min-block-size: var(--bk-target-size);
    padding: 0 var(--bk-space-3);
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    color: var(--bk-color-on-surface-variant);
    font: inherit;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_accent);
    color: var(--bk-color-on-surface);
    font-weight: 700;
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: var(--bk-space-3);
  }
  .senior-nav {
    display: flex;
    flex-direction: column;
    gap: var(--bk-space-3);
  }

  /* Cards (summary, engagement). */
  .summary,
  .engagement {
    display: grid;
    gap: var(--bk-space-3);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--bk-space-2);
    padding: var(--bk-space-4);
    border-radius: var(--bk-radius-md);
    background: var(--_card);
  }
  /* A native <progress> (no inline style, which a strict style-src would refuse), drawn flat. */
  .meter {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 10px;
    border-radius: 5px;
    background: var(--bk-color-surface);
    border: 1px solid var(--bk-color-outline);
    overflow: hidden;
  }
  .meter::-webkit-progress-bar {
    background: var(--bk-color-surface);
  }
  .meter::-webkit-progress-value {
    background: var(--_accent);
  }
  .meter::-moz-progress-bar {
    background: var(--_accent);
  }
  .benefits {
    padding-inline-start: 1.2em;
  }
  .tiers {
    display: grid;
    gap: var(--bk-space-1);
    padding: 0;
    list-style: none;
  }
  .tier {
    display: flex;
    justify-content: space-between;
    gap: var(--bk-space-2);
    padding: var(--bk-space-1) var(--bk-space-2);
    border-radius: var(--bk-radius-sm);
  }
  .tier.current {
    outline: 2px solid var(--_accent);
    font-weight: 700;
  }
  /* A failed load, and the history's end line (styled here so both look alike). */
  .load-error,
  .list-end {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--bk-space-2);
    padding: var(--bk-space-4);
    color: var(--bk-color-on-surface-variant);
    text-align: center;
  }
`;
