import { html, nothing } from 'lit';
import type { Validator } from '@banklet/sdk';
import type { BankletField } from '../../internal/field/field.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { ApplicationDraft, TextField } from '../draft.js';
import type { CardApplicationMessages } from '../locales/messages.js';

/**
 * What every step view gets from the element. Views are render functions: they read the context
 * and call its callbacks; the element owns all state, so a step can be re-rendered, resumed or
 * shown in senior mode without a view keeping anything of its own.
 */
export interface StepContext {
  msg: CardApplicationMessages;
  localize: LocalizeController<CardApplicationMessages>;
  draft: ApplicationDraft;
  /** Senior mode: one question per screen. */
  senior: boolean;
  screen: number;
  /** Read by screen readers before an error ("Error:"), from the core catalogue. */
  errorPrefix: string;
  /** Errors the element shows itself (server field errors, checks that are not a field's), by control id. */
  errors: Readonly<Record<string, string>>;
  onText(field: TextField, value: string): void;
}

export interface TextFieldOptions {
  label: string;
  hint?: string;
  type?: BankletField['type'];
  inputmode?: string;
  autocomplete: string;
  required?: boolean;
  maxlength?: number;
  validators?: Validator<any>[];
  messages?: BankletField['messages'];
}

/**
 * One text answer as a `<banklet-field>`: id and name are the field name (the error summary and
 * server errors find it by id), the value comes from the draft, and every keystroke goes back to
 * the element, which saves it.
 */
export function textField(c: StepContext, field: TextField, o: TextFieldOptions) {
  return html`<banklet-field
    id=${field}
    name=${field}
    part="field"
    label=${o.label}
    hint=${o.hint ?? nothing}
    type=${o.type ?? 'text'}
    inputmode=${o.inputmode ?? nothing}
    autocomplete=${o.autocomplete}
    maxlength=${o.maxlength ?? nothing}
    ?required=${o.required !== false}
    .value=${c.draft.values[field]}
    .validators=${o.validators ?? []}
    .messages=${o.messages ?? {}}
    .error=${c.errors[field]}
    @input=${(event: Event) => c.onText(field, (event.currentTarget as BankletField).value)}
  ></banklet-field>`;
}

/** An error line for a control that is not a `<banklet-field>` (radio groups, checkboxes, the SMS code). */
export function errorLine(c: StepContext, id: string) {
  const message = c.errors[id];
  return html`<p class="field-error" part="field-error" id=${`${id}-error`}>${message
    ? html`<span class="visually-hidden">${c.errorPrefix}</span>${message}`
    : nothing}</p>`;
}

