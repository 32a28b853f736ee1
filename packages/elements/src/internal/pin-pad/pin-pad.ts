import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BankletElement } from '../banklet-element.js';

declare global {
  interface HTMLElementEventMap {
    'banklet-pin-complete': CustomEvent<{ length: number }>;
  }
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** Fisher–Yates with crypto randomness: a shuffled pad must not be predictable. */
function shuffled(items: string[]): string[] {
  const out = [...items];
  const random = new Uint32Array(out.length);
  crypto.getRandomValues(random);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = random[i]! % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * @summary A PIN pad for card PINs and payment passwords: no echo, no input element (so no
 * autofill, password manager or keyboard logger of the host page sees it), optional shuffled
 * keys, usable by touch, keyboard and screen reader.
 *
 * The digits live only in a private field of this element until the owning widget calls
 * `takePin()`, which returns them and wipes them; they are never in the DOM, an attribute, an
 * event detail or storage. `banklet-pin-complete` tells the owner that all digits are in; it
 * neither bubbles nor leaves the owner's shadow root.
 *
 * @event {{ length: number }} banklet-pin-complete - All digits entered; call `takePin()`. Does not bubble.
 *
 * @csspart dots - The row of filled / empty dots.
 * @csspart keypad - The grid of keys.
 * @csspart key - Each digit key.
 * @csspart delete-key - The delete key.
 * @csspart error - The error message.
 *
 * @tagname banklet-pin-pad
 * @since 0.1.0
 */
export class BankletPinPad extends BankletElement {
  static override styles = [
    BankletElement.styles,
    css`
      :host {
        display: block;
        max-inline-size: 360px;
        margin-inline: auto;
      }
      .entry {
        display: flex;
        justify-content: center;
        gap: var(--bk-space-3);
        padding: var(--bk-space-3);
        border-radius: var(--bk-radius-md);
        outline-offset: 4px;
      }
      .dot {
        inline-size: 14px;
        block-size: 14px;
        border: 2px solid var(--bk-color-on-surface-variant);
        border-radius: 50%;
      }
      .dot.filled {
        background: var(--bk-color-on-surface);
        border-color: var(--bk-color-on-surface);
      }
      :host([bk-senior]) .dot {
        inline-size: 18px;
        block-size: 18px;
      }
      .error {
        min-block-size: 1.5em;
        margin: 0 0 var(--bk-space-2);
        color: var(--bk-color-error);
        font-weight: 600;
        text-align: center;
      }
      .keypad {
        display: grid;
        grid-template-columns: repeat(3, 1fr);
        gap: var(--bk-space-2);
      }
      button {
        min-block-size: max(var(--bk-target-size), 52px);
        border: 0;
        border-radius: var(--bk-radius-md);
        background: var(--bk-color-surface-variant);
        color: var(--bk-color-on-surface);
        font: inherit;
        font-size: var(--bk-font-size-xl);
        font-weight: 600;
        cursor: pointer;
        touch-action: manipulation;
      }
      button:active {
        filter: brightness(0.9);
      }
      button:disabled {
        opacity: 0.5;
        cursor: default;
      }
      .zero {
        grid-column: 2;
      }
    `,
  ];

  @state() private entered = 0;
  @state() private keys: string[] = DIGITS;

  /** Number of digits (6 for payment passwords and card PINs). */
  @property({ type: Number }) length = 6;

  /** Show the digit keys in a random order, re-shuffled every time the pad is cleared. */
  @property({ type: Boolean }) shuffle = false;

  /** Error shown above the keys, e.g. "wrong PIN, 2 tries left"; cleared by the next key. */
  @property() error = '';

  /** Ignores input, e.g. while the PIN is being verified. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Digits in memory only; never rendered, reflected or dispatched. */
  private digits: string[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('shuffle')) this.keys = this.shuffle ? shuffled(DIGITS) : DIGITS;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clear();
  }

  private press(digit: string): void {
    if (this.disabled || this.digits.length >= this.length) return;
    this.digits.push(digit);
    this.entered = this.digits.length;
    this.error = '';
    if (this.digits.length === this.length) {
      this.dispatchEvent(new CustomEvent('banklet-pin-complete', { detail: { length: this.length }, bubbles: false, composed: false }));
    }
  }

  private deleteLast(): void {
    if (this.disabled) return;
    this.digits.pop();
    this.entered = this.digits.length;
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (/^[0-9]$/.test(event.key)) this.press(event.key);
    else if (event.key === 'Backspace') this.deleteLast();
    else return;
    event.preventDefault();
  }

  /** Returns the entered PIN and wipes it from memory; `undefined` until all digits are in. */
  takePin(): string | undefined {
    if (this.digits.length !== this.length) return undefined;
    const pin = this.digits.join('');
    this.clear();
    return pin;
  }

  /** Forgets the digits entered so far (and re-shuffles a shuffled pad). */
  clear(): void {
    this.digits.fill('');
    this.digits = [];
    this.entered = 0;
    if (this.shuffle) this.keys = shuffled(DIGITS);
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.entry')?.focus(options);
  }

  override render() {
    const msg = this.localize.msg;
    const key = (digit: string, index: number) =>
      html`<button part="key" type="button" class=${index === 9 ? 'zero' : ''} ?disabled=${this.disabled}
        @click=${() => this.press(digit)}>${digit}</button>`;
    return html`
      <div class="entry" part="dots" role="group" tabindex="0" aria-label=${msg.pinPad(this.length)}
        aria-describedby="progress" @keydown=${this.handleKeydown}>
        ${Array.from({ length: this.length }, (_, i) => html`<span class="dot ${i < this.entered ? 'filled' : ''}" aria-hidden="true"></span>`)}
      </div>
      <span id="progress" class="visually-hidden" role="status">${msg.pinProgress(this.entered, this.length)}</span>
      <p class="error" part="error" role="alert">${this.error || nothing}</p>
      <div class="keypad" part="keypad" @keydown=${this.handleKeydown}>
        ${this.keys.map(key)}
        <button part="delete-key" type="button" aria-label=${msg.pinDelete} ?disabled=${this.disabled} @click=${this.deleteLast}>⌫</button>
      </div>`;
  }
}
