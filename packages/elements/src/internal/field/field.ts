import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ValidationFailure, Validator } from '@banklet/sdk';
import { BankletElement } from '../banklet-element.js';
import { fieldStyles } from './field.styles.js';

type MessageFn = (params: Record<string, string | number>) => string;

/** Forms whose first invalid field already took focus during the current submit attempt. */
const formsFocusedThisTask = new WeakSet<HTMLFormElement>();

/**
 * @summary A labelled text input that takes part in forms through `ElementInternals`, with a
 * hint, a localized error message and Lion's three values (model, formatted, serialized).
 *
 * Errors appear after the first blur, on `reportValidity()` or when the form is submitted; while
 * shown, they update as the person types, so a fix is confirmed at once.
 *
 * @event input - Native, as the person types.
 * @event change - Re-dispatched from the host when the value is committed.
 *
 * @slot prefix - Content before the input, e.g. a `+86` country code.
 * @slot suffix - Content after the input, e.g. a "send code" button.
 *
 * @csspart label - The label.
 * @csspart control - The box around the input.
 * @csspart input - The native input.
 * @csspart hint - The hint text.
 * @csspart error - The error text.
 *
 * @cssprop --banklet-field-border-color - Border colour of the control.
 * @cssprop --banklet-field-background - Background of the control.
 * @cssprop --banklet-field-radius - Corner radius of the control.
 *
 * @tagname banklet-field
 * @since 0.1.0
 */
export class BankletField extends BankletElement {
  static override styles = [BankletElement.styles, fieldStyles];
  static override shadowRootOptions: ShadowRootInit = { ...BankletElement.shadowRootOptions, delegatesFocus: true };
  static readonly formAssociated = true;

  private readonly internals: ElementInternals = this.attachInternals();

  @query('input') private readonly input!: HTMLInputElement;

  /** Set once the person has left the field or a submit was attempted: errors show from then on. */
  @state() private touched = false;
  @state() private failure: ValidationFailure | null = null;

  /** Visible label; required for accessibility. */
  @property() label = '';

  /** Name under which the serialized value is submitted with the form. */
  @property({ reflect: true }) name = '';

  /** Text in the input, as the person sees it. The `value` attribute is the reset default. */
  @property() value = '';

  /** Native input type: `text`, `tel`, `email`, `password`, `search` or `url`. */
  @property() type: 'text' | 'tel' | 'email' | 'password' | 'search' | 'url' = 'text';

  /** Passed to the input, so phones show the right keyboard (`numeric`, `tel`, `email`…). */
  @property() inputmode?: string;

  /** Passed to the input for autofill (`name`, `tel-national`, `one-time-code`…). */
  @property() autocomplete?: string;

  /** Placeholder text; never a replacement for the label. */
  @property() placeholder?: string;

  /** Help text under the field, linked with `aria-describedby`. */
  @property() hint?: string;

  /** An error from outside (e.g. the server's field error). Shown until the value changes. */
  @property() error?: string;

  /** The field must be filled in (`REQUIRED`). */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Not editable, not submitted, skipped by validation. Also set by a disabled `<fieldset>`. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Shown and submitted but not editable. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Minimum number of characters (`TOO_SHORT`). */
  @property({ type: Number }) minlength?: number;
  /** Maximum number of characters; the input stops accepting more. */
  @property({ type: Number }) maxlength?: number;

  /** Reflects whether an error is shown; for styling only. */
  @property({ type: Boolean, reflect: true }) invalid = false;

  /** Checks run on the model value in order; the first failure is shown. */
  @property({ attribute: false }) validators: Validator<any>[] = [];

  /** Text → model value (e.g. strip spaces, upper-case an ID). Pure. */
  @property({ attribute: false }) parser: (text: string) => unknown = (text) => text.trim();

  /** Model value → text shown after blur (e.g. group a card number in fours). Pure. */
  @property({ attribute: false }) formatter: (model: unknown) => string = (model) => (model == null ? '' : String(model));

  /** Model value → string submitted with the form. Pure. */
  @property({ attribute: false }) serializer: (model: unknown) => string = (model) => (model == null ? '' : String(model));

  /** Messages per validation code that replace the built-in ones for this field. */
  @property({ attribute: false }) messages: Partial<Record<string, MessageFn>> = {};

  /** What the API gets: the parsed value. */
  get modelValue(): unknown {
    return this.parser(this.value);
  }

  /** What the person sees once the field is left. */
  get formattedValue(): string {
    return this.formatter(this.modelValue);
  }

  /** What the form submits. */
  get serializedValue(): string {
    return this.serializer(this.modelValue);
  }

  /** The form this field belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Native validity flags (`valueMissing`, `customError`…). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The localized message of the current error, or an empty string. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** The validation code currently failing, if any (`REQUIRED`, `ID_CHECK_DIGIT`…). */
  get validationCode(): string | undefined {
    return this.error ? 'SERVER' : this.failure?.code;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The form fires `invalid` on each invalid control when a submit is attempted.
    this.addEventListener('invalid', this.handleInvalid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.handleInvalid);
  }

  private readonly handleInvalid = (event: Event): void => {
    // Our inline, localized message replaces the browser's bubble (which would say the same thing
    // twice, in the browser's language). The browser also stops focusing the first invalid
    // control when the bubble is suppressed, so the first field of this submit attempt does it.
    event.preventDefault();
    this.touched = true;
    const form = this.internals.form;
    if (form && !formsFocusedThisTask.has(form)) {
      formsFocusedThisTask.add(form);
      queueMicrotask(() => formsFocusedThisTask.delete(form));
      this.focus();
    }
  };

  private handleInput(): void {
    this.value = this.input.value;
  }

  private handleChange(): void {
    // `change` is not composed, so the host re-dispatches it for listeners outside.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleBlur(): void {
    this.touched = true;
    if (!this.failure && this.value !== '') this.value = this.formattedValue;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // An outside error describes the value it was given for; a new value (typed or set) clears it.
    if (changed.has('value') && !changed.has('error') && this.hasUpdated) this.error = undefined;
    this.failure = this.runValidators();
    this.invalid = this.touched && (this.failure !== null || !!this.error);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.internals.setFormValue(this.serializedValue, this.value);
    const message = this.currentMessage();
    if (!message) this.internals.setValidity({});
    else if (this.failure?.code === 'REQUIRED' && !this.error) this.internals.setValidity({ valueMissing: true }, message, this.input);
    else this.internals.setValidity({ customError: true }, message, this.input);
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.error = undefined;
    this.touched = false;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** Whether the field is valid, without showing anything. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Shows the error if invalid, moves focus to the field, and returns validity. */
  reportValidity(): boolean {
    this.touched = true;
    const valid = this.internals.checkValidity();
    if (!valid) this.focus();
    return valid;
  }

  /**
   * Enter submits the form around the field, as it would for a native input: the input lives in
   * this shadow root, so the browser's implicit submission never reaches the host's form. Not
   * while an input method is composing (Enter picks the candidate there: pinyin users press it
   * to confirm a word).
   */
  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229 || event.defaultPrevented) return;
    const form = this.internals.form;
    if (!form) return;
    event.preventDefault();
    // The last keystroke's value reaches validity in the next update.
    void this.updateComplete.then(() => form.requestSubmit());
  };

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  private runValidators(): ValidationFailure | null {
    if (this.disabled) return null;
    const text = this.value;
    const model = this.modelValue;
    if (model === '' || model == null) return this.required ? { code: 'REQUIRED' } : null;
    if (this.minlength !== undefined && text.length < this.minlength) return { code: 'TOO_SHORT', params: { min: this.minlength } };
    if (this.maxlength !== undefined && text.length > this.maxlength) return { code: 'TOO_LONG', params: { max: this.maxlength } };
    for (const validator of this.validators) {
      const failure = validator(model);
      if (failure) return failure;
    }
    return null;
  }

  private currentMessage(): string {
    if (this.error) return this.error;
    if (!this.failure) return '';
    const { code, params = {} } = this.failure;
    const builtIn = this.localize.msg.validation;
    const message = this.messages[code] ?? builtIn[code] ?? builtIn.INVALID;
    return message(params);
  }

  override render() {
    const message = this.invalid ? this.currentMessage() : '';
    const describedBy = [this.hint ? 'hint' : '', message ? 'error' : ''].filter(Boolean).join(' ');
    return html`
      <label part="label" for="input"
        >${this.label}${this.required ? nothing : html` <span class="optional">(${this.localize.msg.optional})</span>`}</label
      >
      <div part="control" class="control">
        <slot name="prefix"></slot>
        <input
          part="input"
          id="input"
          .value=${this.value}
          type=${this.type}
          name=${this.name || nothing}
          inputmode=${this.inputmode ?? nothing}
          autocomplete=${(this.autocomplete ?? nothing) as never}
          placeholder=${this.placeholder ?? nothing}
          maxlength=${this.maxlength ?? nothing}
          ?required=${this.required}
          ?disabled=${this.disabled}
          ?readonly=${this.readonly}
          aria-invalid=${this.invalid ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          @input=${this.handleInput}
          @change=${this.handleChange}
          @blur=${this.handleBlur}
          @keydown=${this.handleKeydown}
        />
        <slot name="suffix"></slot>
      </div>
      ${this.hint ? html`<div part="hint" id="hint" class="hint">${this.hint}</div>` : nothing}
      <div part="error" id="error" class="error">${message ? html`<span class="visually-hidden">${this.localize.msg.errorPrefix}</span>${message}` : nothing}</div>
    `;
  }
}
