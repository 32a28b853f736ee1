import { html, nothing } from 'lit';
import { validateOtp } from '@banklet/sdk';
import { FIELD_RULES } from '../rules.js';
import type { BankletField } from '../../internal/field/field.js';
import { fieldsOnScreen } from '../steps.js';
import { errorLine, textField, type StepContext } from './context.js';

/** The SMS code sent for the current number, while it is not verified yet. */
export interface OtpChallengeView {
  maskedMobile: string;
  /** Seconds until a new code may be requested (0: now). */
  resendIn: number;
}

export interface IdentityStepContext extends StepContext {
  challenge?: OtpChallengeView;
  /** The verified number, masked, once the code was accepted. */
  verifiedMobile?: string;
  sending: boolean;
  verifying: boolean;
  onSendCode(): void;
  onVerify(code: string): void;
}

function otpBlock(c: IdentityStepContext) {
  const { msg } = c;
  if (c.verifiedMobile) return html`<p class="verified" part="verified" role="status">✓ ${msg.verified(c.verifiedMobile)}</p>`;
  const challenge = c.challenge;
  const send = challenge && challenge.resendIn > 0
    ? html`<p class="hint" aria-live="off">${msg.resendIn(challenge.resendIn)}</p>`
    : html`<banklet-button id="send-code" variant="secondary" ?loading=${c.sending}
        @click=${c.onSendCode}>${challenge ? msg.resend : msg.sendCode}</banklet-button>`;
  if (!challenge) return html`${send}${errorLine(c, 'otp')}`;
  return html`<p class="hint" role="status">${msg.codeSent(challenge.maskedMobile)}</p>
    <div class="otp-row">
      <banklet-field id="otp" name="otp" part="field" label=${msg.otp} inputmode="numeric" autocomplete="one-time-code" maxlength="6"
        required .validators=${[validateOtp]} .error=${c.errors.otp}></banklet-field>
      <banklet-button class="verify" variant="secondary" ?loading=${c.verifying}
        @click=${(event: Event) => {
          const field = ((event.currentTarget as HTMLElement).getRootNode() as ShadowRoot).getElementById('otp') as BankletField;
          if (field.reportValidity()) c.onVerify(String(field.modelValue));
        }}>${msg.verify}</banklet-button>
    </div>
    ${send}`;
}

/** Step 2: name, resident ID (check digit, real birth date, adult), mobile with SMS code, email. */
export function renderIdentityStep(c: IdentityStepContext) {
  const { msg } = c;
  const shown = new Set(fieldsOnScreen('identity', c.senior, c.screen));
  return html`
    ${shown.has('name') ? textField(c, 'name', { label: msg.name, hint: msg.nameHint, autocomplete: 'name', maxlength: 40, validators: FIELD_RULES.name.validators }) : nothing}
    ${shown.has('idNumber')
      ? textField(c, 'idNumber', {
          label: msg.idNumber,
          hint: msg.idNumberHint,
          // Not `numeric`: the last character may be an X, which numeric keypads do not have.
          inputmode: 'text',
          autocomplete: 'off',
          validators: FIELD_RULES.idNumber.validators,
        })
      : nothing}
    ${shown.has('mobile')
      ? html`${textField(c, 'mobile', { label: msg.mobile, hint: msg.mobileHint, type: 'tel', inputmode: 'tel', autocomplete: 'tel-national', validators: FIELD_RULES.mobile.validators })}
          <div class="otp" part="otp">${otpBlock(c)}</div>`
      : nothing}
    ${shown.has('email') ? textField(c, 'email', { label: msg.email, hint: msg.emailHint, type: 'email', inputmode: 'email', autocomplete: 'email', maxlength: 254, validators: FIELD_RULES.email.validators }) : nothing}
  `;
}
