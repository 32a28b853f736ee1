import { html, nothing } from 'lit';
import { INCOME_BANDS } from '@banklet/sdk';
import { fieldsOnScreen } from '../steps.js';
import { errorLine, textField, type StepContext } from './context.js';

export interface EmploymentStepContext extends StepContext {
  onIncomeBand(band: string): void;
}

/** Step 3: employer, occupation and monthly income band (radio buttons: plain words, big targets). */
export function renderEmploymentStep(c: EmploymentStepContext) {
  const { msg } = c;
  const shown = new Set(fieldsOnScreen('employment', c.senior, c.screen));
  const invalid = !!c.errors.incomeBand;
  return html`
    ${shown.has('employer') ? textField(c, 'employer', { label: msg.employer, autocomplete: 'organization', maxlength: 100 }) : nothing}
    ${shown.has('occupation')
      ? textField(c, 'occupation', { label: msg.occupation, hint: msg.occupationHint, autocomplete: 'organization-title', maxlength: 60 })
      : nothing}
    ${shown.has('incomeBand')
      ? html`<fieldset id="incomeBand" class="options" tabindex="-1" aria-describedby="incomeBand-error" aria-invalid=${invalid ? 'true' : 'false'}>
          <legend>${msg.incomeBand}</legend>
          ${errorLine(c, 'incomeBand')}
          ${INCOME_BANDS.map(
            (band) => html`<label class="option">
              <input type="radio" name="incomeBand" .value=${band} .checked=${c.draft.values.incomeBand === band}
                @change=${() => c.onIncomeBand(band)} />
              <span>${msg.incomeBands[band]}</span>
            </label>`,
          )}
        </fieldset>`
      : nothing}
  `;
}
