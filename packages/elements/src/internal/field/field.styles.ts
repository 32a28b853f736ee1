import { css } from 'lit';

export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: var(--bk-space-4);
  }
  label {
    display: block;
    margin-block-end: var(--bk-space-1);
    font-weight: 600;
  }
  .optional {
    font-weight: 400;
    color: var(--bk-color-on-surface-variant);
    font-size: var(--bk-font-size-sm);
  }
  .control {
    display: flex;
    align-items: center;
    gap: var(--bk-space-2);
    min-block-size: var(--bk-target-size);
    padding-inline: var(--bk-space-3);
    border: 1.5px solid var(--banklet-field-border-color, var(--bk-color-outline));
    border-radius: var(--banklet-field-radius, var(--bk-radius-sm));
    background: var(--banklet-field-background, var(--bk-color-surface));
    transition: border-color var(--bk-motion-duration) var(--bk-motion-easing);
  }
  .control:focus-within {
    border-color: var(--bk-color-focus);
    box-shadow: 0 0 0 1px var(--bk-color-focus);
  }
  :host([invalid]) .control {
    border-color: var(--bk-color-error);
  }
  :host([disabled]) .control {
    opacity: 0.6;
  }
  input {
    flex: 1;
    min-inline-size: 0;
    block-size: 100%;
    padding-block: var(--bk-space-2);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: max(16px, var(--bk-font-size));
    outline: none;
  }
  input::placeholder {
    color: var(--bk-color-on-surface-variant);
    opacity: 1;
  }
  .hint,
  .error {
    margin-block-start: var(--bk-space-1);
    font-size: var(--bk-font-size-sm);
  }
  .hint {
    color: var(--bk-color-on-surface-variant);
  }
  .error {
    color: var(--bk-color-error);
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
`;
