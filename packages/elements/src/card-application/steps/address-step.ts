import { html, nothing } from 'lit';
import { fieldsOnScreen } from '../steps.js';
import { FIELD_RULES } from '../rules.js';
import { textField, type StepContext } from './context.js';

/** Step 4: home address, with the browser's address autofill tokens on every line. */
export function renderAddressStep(c: StepContext) {
  const { msg } = c;
  const shown = new Set(fieldsOnScreen('address', c.senior, c.screen));
  const region = shown.has('province');
  const street = shown.has('line1');
  return html`
    ${region
      ? html`<fieldset class="group">
          <legend>${msg.region}</legend>
          ${textField(c, 'province', { label: msg.province, autocomplete: 'address-level1', maxlength: 40 })}
          ${textField(c, 'city', { label: msg.city, autocomplete: 'address-level2', maxlength: 40 })}
          ${textField(c, 'district', { label: msg.district, autocomplete: 'address-level3', maxlength: 40, required: false })}
        </fieldset>`
      : nothing}
    ${street
      ? html`<fieldset class="group">
          <legend>${msg.street}</legend>
          ${textField(c, 'line1', { label: msg.line1, hint: msg.line1Hint, autocomplete: 'address-line1', maxlength: 120 })}
          ${textField(c, 'postalCode', {
            label: msg.postalCode,
            inputmode: 'numeric',
            autocomplete: 'postal-code',
            maxlength: 6,
            required: false,
            validators: FIELD_RULES.postalCode.validators,
            messages: { PATTERN: () => msg.fieldErrors.POSTAL_CODE!({}) },
          })}
        </fieldset>`
      : nothing}
  `;
}
