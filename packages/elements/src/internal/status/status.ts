import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BankletElement } from '../banklet-element.js';

/** Long enough for screen readers to register the cleared region, short enough to feel instant. */
const ANNOUNCE_GAP_MS = 60;

/**
 * @summary A live region that announces status messages to screen readers ("payment sent",
 * "3 errors") and optionally shows them.
 *
 * The region is rendered empty first and filled afterwards, because screen readers only announce
 * changes to a live region that already existed. Announcing the same text twice is announced
 * twice (the region is cleared in between).
 *
 * @csspart base - The message box.
 *
 * @tagname banklet-status
 * @since 0.1.0
 */
export class BankletStatus extends BankletElement {
  static override styles = [
    BankletElement.styles,
    css`
      :host {
        display: block;
      }
      .box {
        padding: var(--bk-space-3) var(--bk-space-4);
        border-radius: var(--bk-radius-sm);
        border-inline-start: 4px solid var(--_tone);
        background: var(--bk-color-surface-variant);
        color: var(--bk-color-on-surface);
        --_tone: var(--bk-color-focus);
      }
      .box:empty {
        display: none;
      }
      :host([tone='success']) .box {
        --_tone: var(--bk-color-success);
      }
      :host([tone='warning']) .box {
        --_tone: var(--bk-color-warning);
      }
      :host([tone='error']) .box {
        --_tone: var(--bk-color-error);
      }
    `,
  ];

  @state() private text = '';

  /** `info`, `success`, `warning` or `error`; sets the colour. */
  @property({ reflect: true }) tone: 'info' | 'success' | 'warning' | 'error' = 'info';

  /** `polite` (after current speech, default) or `assertive` (interrupts; errors that block). */
  @property() politeness: 'polite' | 'assertive' = 'polite';

  /** Announce without showing anything on screen. */
  @property({ type: Boolean, attribute: 'visually-hidden' }) visuallyHidden = false;

  /** The current message. */
  get message(): string {
    return this.text;
  }

  /** Announces `message` (and shows it unless `visually-hidden`); an empty string clears it. */
  async announce(message: string, tone?: BankletStatus['tone']): Promise<void> {
    if (tone) this.tone = tone;
    this.text = '';
    await this.updateComplete;
    // Give the accessibility tree time to see the empty region before the new text lands. A timer,
    // not requestAnimationFrame: rAF does not run in background tabs and hidden WebViews.
    await new Promise<void>((resolve) => setTimeout(resolve, ANNOUNCE_GAP_MS));
    this.text = message;
    await this.updateComplete;
  }

  /** Clears the message. */
  clear(): void {
    this.text = '';
  }

  override render() {
    const role = this.politeness === 'assertive' ? 'alert' : 'status';
    return html`<div
      part="base"
      class=${this.visuallyHidden ? 'visually-hidden' : 'box'}
      role=${role}
      aria-live=${this.politeness}
      aria-atomic="true"
    >${this.text || nothing}</div>`;
  }
}
