import { css } from 'lit';

export const sheetStyles = css`
  :host {
    display: contents;
  }
  dialog {
    /* Phone: a bottom sheet across the full width. */
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    max-block-size: min(92dvh, 100%);
    margin: auto 0 0;
    padding: 0;
    border: 0;
    border-start-start-radius: var(--banklet-sheet-radius, var(--bk-radius-lg));
    border-start-end-radius: var(--banklet-sheet-radius, var(--bk-radius-lg));
    background: var(--banklet-sheet-background, var(--bk-color-surface));
    color: var(--bk-color-on-surface);
    box-shadow: var(--bk-elevation-2);
    overflow: hidden;
    font: inherit;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
    animation: slide-up calc(var(--bk-motion-duration) * 1.5) var(--bk-motion-easing);
  }
  dialog::backdrop {
    background: var(--bk-color-scrim, rgb(0 0 0 / 0.45));
  }
  @media (min-width: 600px) {
    /* Wider screens: a centred dialog. */
    dialog {
      inline-size: min(100% - 2 * var(--bk-space-5), var(--banklet-sheet-width, 480px));
      margin: auto;
      border-radius: var(--banklet-sheet-radius, var(--bk-radius-lg));
    }
    dialog[open] {
      animation-name: fade-in;
    }
  }
  header {
    display: flex;
    align-items: center;
    gap: var(--bk-space-2);
    padding-block: var(--bk-space-2);
    padding-inline: var(--bk-space-4) var(--bk-space-2);
    border-block-end: 1px solid var(--bk-color-surface-variant);
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: var(--bk-font-size-lg);
    font-weight: 600;
  }
  .close {
    display: inline-grid;
    place-items: center;
    inline-size: var(--bk-target-size);
    block-size: var(--bk-target-size);
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    font-size: var(--bk-font-size-xl);
    line-height: 1;
    cursor: pointer;
  }
  .close:hover {
    background: var(--bk-color-surface-variant);
  }
  .body:focus {
    /* Focus lands here only so screen readers start at the content; Tab moves on from it. */
    outline: none;
  }
  .body {
    flex: 1;
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--bk-space-4);
  }
  footer {
    padding-block: var(--bk-space-3);
    padding-inline: var(--bk-space-4);
    /* Clear the home indicator and, when it is open, the on-screen keyboard. */
    padding-block-end: calc(max(env(safe-area-inset-bottom, 0px), var(--bk-space-3)) + var(--bk-keyboard-inset, 0px));
  }
  footer:not(.filled) {
    padding-block-start: 0;
  }
  @keyframes slide-up {
    from {
      transform: translateY(100%);
    }
  }
  @keyframes fade-in {
    from {
      opacity: 0;
      transform: scale(0.97);
    }
  }
`;
