import { html, nothing } from 'lit';
import type { CardApplicationMessages } from '../locales/messages.js';
import type { VirtualCard } from '../types.js';

export interface ActivationContext {
  msg: CardApplicationMessages;
  /** `first` entry, then `confirm` (the same PIN again). */
  stage: 'first' | 'confirm';
  error: string;
  busy: boolean;
  /** No bank key configured: the PIN cannot be encrypted, so it is not asked for. */
  unavailable: boolean;
  /** An activation whose answer was lost can be sent again with the same encrypted block. */
  canRetry: boolean;
  shuffle: boolean;
  onPinComplete(): void;
  onRetry(): void;
}

/** Step 8a: set the card PIN on the PIN pad, twice. The digits never reach this template. */
export function renderActivation(c: ActivationContext) {
  const { msg } = c;
  if (c.unavailable) {
    return html`<div class="outcome"><h3 id="step-heading" tabindex="-1">${msg.steps.activation}</h3><p role="alert">${msg.pinKeyMissing}</p></div>`;
  }
  if (c.canRetry) {
    return html`<div class="outcome">
      <h3 id="step-heading" tabindex="-1">${msg.steps.activation}</h3>
      <p role="alert">${c.error}</p>
      <banklet-button ?loading=${c.busy} @click=${c.onRetry}>${msg.retrySubmit}</banklet-button>
    </div>`;
  }
  return html`<div class="outcome" aria-busy=${c.busy ? 'true' : 'false'}>
    <h3 id="step-heading" tabindex="-1">${c.busy ? msg.activating : c.stage === 'first' ? msg.setPin : msg.confirmPin}</h3>
    <p class="hint">${msg.setPinHint}</p>
    <banklet-pin-pad part="pin-pad" length="6" ?shuffle=${c.shuffle} ?disabled=${c.busy} .error=${c.error}
      @banklet-pin-complete=${c.onPinComplete}></banklet-pin-pad>
  </div>`;
}

/** Step 8b: the instant virtual card — masked number and last four digits only. */
export function renderVirtualCard(msg: CardApplicationMessages, card: VirtualCard | undefined) {
  if (!card) {
    return html`<div class="outcome"><h3 id="step-heading" tabindex="-1">${msg.activated}</h3><p>${msg.alreadyActivated}</p></div>`;
  }
  return html`<div class="outcome">
    <span class="outcome-icon approved" aria-hidden="true">✓</span>
    <h3 id="step-heading" tabindex="-1">${msg.activated}</h3>
    <p>${msg.activatedBody}</p>
    <div class="virtual-card" part="virtual-card" role="group" aria-label=${`${msg.networks[card.network] ?? card.network} ${msg.last4(card.last4)}`}>
      <span class="network">${msg.networks[card.network] ?? card.network}</span>
      <span class="pan" aria-hidden="true">${card.maskedNumber}</span>
      <dl>
        <div><dt>${msg.cardNumber}</dt><dd part="last4">${msg.last4(card.last4)}</dd></div>
        <div><dt>${msg.expiry}</dt><dd>${card.expiry}</dd></div>
        <div><dt>${msg.cardholder}</dt><dd>${card.cardholderName}</dd></div>
      </dl>
    </div>
    ${nothing}
  </div>`;
}
