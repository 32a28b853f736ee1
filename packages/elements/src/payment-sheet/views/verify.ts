import { html, nothing } from 'lit';
import type { BankletField } from '../../internal/field/field.js';
import type { PaymentSheetMessages } from '../locales/messages.js';
import type { StepUpChallenge, StepUpKind } from '../types.js';

export interface VerifyContext {
  msg: PaymentSheetMessages;
  challenge: StepUpChallenge;
  kind: StepUpKind;
  error?: string;
  busy?: boolean;
  /** Shuffle the PIN pad keys. */
  shuffle: boolean;
  onBiometric(): void;
  onPinComplete(): void;
  onOtp(code: string): void;
  /** Switches to another step-up method the server offers. */
  onUse(kind: StepUpKind): void;
}

/**
 * An SMS code as typed: full-width digits (a Chinese keyboard's default) to ASCII, spaces and
 * dashes dropped. The SDK's `normalizeOtp` does the same for every full-width character; importing
 * it here would add its whole module to this chunk.
 */
const smsCode = (text: string): string => text.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\-\u3000]/g, '');

/** The step-up: the host's biometric, the PIN pad, or an SMS code, as the server's challenge allows. */
export function renderVerify(c: VerifyContext) {
  const { msg } = c;
  if (c.kind === 'biometric') {
    return html`<div class="center">
      <h3>${msg.verifyTitle}</h3>
      <p>${msg.biometricPrompt}</p>
      <div class="actions">
        <banklet-button full-width ?loading=${c.busy} @click=${c.onBiometric}>${msg.biometricStart}</banklet-button>
        ${c.challenge.methods.includes('pin')
          ? html`<button class="link" type="button" @click=${() => c.onUse('pin')}>${msg.usePin}</button>`
          : nothing}
      </div>
    </div>`;
  }
  if (c.kind === 'otp') {
    return html`<form class="center" @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const field = (event.target as HTMLFormElement).querySelector<BankletField>('banklet-field')!;
      if (field.reportValidity()) c.onOtp(String(field.modelValue));
    }}>
      <h3>${msg.verifyTitle}</h3>
      <p>${msg.otpPrompt}</p>
      <banklet-field label=${msg.otpLabel} inputmode="numeric" autocomplete="one-time-code" required .parser=${smsCode}
        .validators=${[(v: unknown) => (/^\d{6}$/.test(String(v)) ? null : { code: 'OTP_FORMAT' as const, params: { length: 6 } })]}
        .error=${c.error}></banklet-field>
      <banklet-button type="submit" full-width>${msg.confirm}</banklet-button>
    </form>`;
  }
  return html`<div class="center">
    <h3>${msg.verifyTitle}</h3>
    <p>${msg.pinPrompt}</p>
    <banklet-pin-pad ?shuffle=${c.shuffle} .error=${c.error ?? ''} @banklet-pin-complete=${c.onPinComplete}></banklet-pin-pad>
    ${c.challenge.methods.includes('otp')
      ? html`<button class="link" type="button" @click=${() => c.onUse('otp')}>${msg.useOtp}</button>`
      : nothing}
  </div>`;
}
