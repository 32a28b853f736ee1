import { css } from 'lit';

export const buttonStyles = css`
  :host {
    display: inline-block;
    --_bg: var(--banklet-button-background, var(--bk-color-primary));
    --_fg: var(--banklet-button-color, var(--bk-color-on-primary));
    --_border: var(--banklet-button-border-color, transparent);
  }
  :host([full-width]) {
    display: block;
  }
  :host([variant='secondary']) {
    --_bg: var(--banklet-button-background, var(--bk-color-surface));
    --_fg: var(--banklet-button-color, var(--bk-color-primary));
    --_border: var(--banklet-button-border-color, var(--bk-color-primary));
  }
  :host([variant='text']) {
    --_bg: transparent;
    --_fg: var(--banklet-button-color, var(--bk-color-primary));
  }
  :host([variant='danger']) {
    --_bg: var(--banklet-button-background, var(--bk-color-error));
    --_fg: var(--banklet-button-color, var(--bk-color-surface));
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--bk-space-2);
    inline-size: 100%;
    min-block-size: var(--bk-target-size);
    min-inline-size: var(--bk-target-size);
    padding-block: var(--bk-space-2);
    padding-inline: var(--bk-space-4);
    border: 1.5px solid var(--_border);
    border-radius: var(--banklet-button-radius, var(--bk-radius-md));
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-size: var(--bk-font-size);
    font-weight: 600;
    line-height: 1.25;
    cursor: pointer;
    transition: filter var(--bk-motion-duration) var(--bk-motion-easing);
    touch-action: manipulation;
  }
  button:hover:not([aria-disabled='true']) {
    filter: brightness(0.94);
  }
  button:active:not([aria-disabled='true']) {
    filter: brightness(0.88);
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  :host([loading]) button {
    cursor: progress;
    opacity: 1;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
