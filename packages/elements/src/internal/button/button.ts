import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { BankletElement } from '../banklet-element.js';
import { buttonStyles } from './button.styles.js';

/**
 * @summary A button that can submit or reset the form it sits in, shows a busy state, and never
 * fires twice while busy.
 *
 * @slot - The label.
 * @slot start - An icon before the label.
 *
 * @csspart base - The native button.
 * @csspart spinner - The busy indicator shown while `loading`.
 *
 * @cssprop --banklet-button-background - Fill (defaults to the primary colour).
 * @cssprop --banklet-button-color - Label colour.
 * @cssprop --banklet-button-border-color - Border colour.
 * @cssprop --banklet-button-radius - Corner radius.
 *
 * @tagname banklet-button
 * @since 0.1.0
 */
export class BankletButton extends BankletElement {
  static override styles = [BankletElement.styles, buttonStyles];
  static override shadowRootOptions: ShadowRootInit = { ...BankletElement.shadowRootOptions, delegatesFocus: true };
  /** Lets the button submit or reset its form, like a native one (no monkey-patching of forms). */
  static readonly formAssociated = true;

  private readonly internals: ElementInternals = this.attachInternals();

  @query('button') private readonly button!: HTMLButtonElement;

  /** `primary`, `secondary`, `text` or `danger`. */
  @property({ reflect: true }) variant: 'primary' | 'secondary' | 'text' | 'danger' = 'primary';

  /** `button` (default), `submit` or `reset`. */
  @property() type: 'button' | 'submit' | 'reset' = 'button';

  /** Disables the button. It stays focusable (aria-disabled) so screen reader users can find it. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Shows a spinner, announces busy, and ignores activation, e.g. while a payment is sent. */
  @property({ type: Boolean, reflect: true }) loading = false;

  /** Stretches to the width of its container. */
  @property({ type: Boolean, reflect: true, attribute: 'full-width' }) fullWidth = false;

  /** Accessible name when the label is only an icon. */
  @property() label?: string;

  /** The form this button belongs to, as for a native button. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Stops activation while disabled or busy, then submits or resets the owning form. */
  private handleClick(event: MouseEvent): void {
    if (this.disabled || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const form = this.internals.form;
    if (!form) return;
    if (this.type === 'submit') form.requestSubmit();
    else if (this.type === 'reset') form.reset();
  }

  /** Blocks clicks on the host itself too (a click handler on <banklet-button> must not fire while busy). */
  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.guardHostClick, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.guardHostClick, { capture: true });
  }

  private readonly guardHostClick = (event: MouseEvent): void => {
    if (this.disabled || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  override focus(options?: FocusOptions): void {
    this.button?.focus(options);
  }

  override click(): void {
    this.button?.click();
  }

  override render() {
    const inactive = this.disabled || this.loading;
    return html`<button
      part="base"
      type="button"
      aria-disabled=${inactive ? 'true' : 'false'}
      aria-busy=${this.loading ? 'true' : nothing}
      aria-label=${this.label ?? nothing}
      @click=${this.handleClick}
    >
      ${this.loading ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : html`<slot name="start"></slot>`}
      <slot></slot>
    </button>`;
  }
}
