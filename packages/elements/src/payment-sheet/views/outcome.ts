import { html, nothing } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import type { PaymentSheetMessages } from '../locales/messages.js';
import type { Outcome, Payment, PaymentMethods } from '../types.js';

export interface OutcomeContext {
  msg: PaymentSheetMessages;
  localize: LocalizeController<PaymentSheetMessages>;
  outcome: Outcome;
  payment?: Payment;
  reason?: string;
  methods?: PaymentMethods;
  rating: boolean;
  stars: number;
  onStars(stars: number): void;
  onRate(stars: number, comment: string): void;
  onDone(): void;
  onRetry(): void;
  onCheck(): void;
}

function methodLabel(c: OutcomeContext, payment: Payment): string {
  const { msg, methods } = c;
  if (payment.method.kind === 'card') {
    const card = methods?.cards.find((x) => x.id === payment.method.cardId);
    return card ? msg.card(msg.networks[card.network] ?? card.network, card.kind, card.maskedNumber) : msg.creditKind;
  }
  return payment.method.kind === 'balance' ? msg.balanceMethod : msg.pointsMethod;
}

function renderRating(c: OutcomeContext) {
  const { msg } = c;
  return html`<form @submit=${(event: SubmitEvent) => {
    event.preventDefault();
    const comment = (event.target as HTMLFormElement).querySelector('banklet-field')?.value ?? '';
    if (c.stars > 0) c.onRate(c.stars, comment);
  }}>
    <fieldset>
      <legend>${msg.ratePrompt}</legend>
      <div class="stars">
        ${[1, 2, 3, 4, 5].map((n) => html`<label class=${n <= c.stars ? 'on' : ''}>
          <input type="radio" name="stars" .checked=${c.stars === n} @change=${() => c.onStars(n)} aria-label=${msg.stars(n)} />
          <span aria-hidden="true">★</span></label>`)}
      </div>
    </fieldset>
    <banklet-field label=${msg.ratingComment} maxlength="500"></banklet-field>
    <banklet-button type="submit" variant="secondary" full-width ?disabled=${c.stars === 0}>${msg.sendRating}</banklet-button>
  </form>`;
}

/** Receipt, processing, failure and unknown screens. */
export function renderOutcome(c: OutcomeContext) {
  const { msg, localize: l, payment } = c;
  switch (c.outcome) {
    case 'succeeded':
      return html`<div class="center">
        <span class="outcome-icon" aria-hidden="true">✓</span>
        <h3>${msg.succeeded}</h3>
        ${payment
          ? html`<dl class="receipt">
              <div><dt>${msg.amount}</dt><dd>${l.formatMoney(payment.amount)}</dd></div>
              <div><dt>${msg.method}</dt><dd>${methodLabel(c, payment)}</dd></div>
              <div><dt>${msg.reference}</dt><dd>${payment.reference}</dd></div>
              ${payment.pointsEarned > 0 ? html`<div><dt>${msg.pointsEarned}</dt><dd>${msg.pointsEarnedValue(l.formatNumber(payment.pointsEarned))}</dd></div>` : nothing}
            </dl>`
          : nothing}
      </div>
      ${c.rating && payment ? renderRating(c) : nothing}
      <banklet-button slot="footer" full-width @click=${c.onDone}>${msg.done}</banklet-button>`;
    case 'processing':
      return html`<div class="center">
        <span class="outcome-icon pending" aria-hidden="true">…</span>
        <h3>${msg.processing}</h3>
        <p>${msg.processingNote}</p>
      </div>
      <banklet-button slot="footer" variant="secondary" full-width @click=${c.onDone}>${msg.done}</banklet-button>`;
    case 'unknown':
      return html`<div class="center">
        <span class="outcome-icon pending" aria-hidden="true">?</span>
        <h3>${msg.unknown}</h3>
        <p>${msg.unknownNote}</p>
      </div>
      <banklet-button slot="footer" variant="secondary" full-width @click=${c.onCheck}>${msg.checkAgain}</banklet-button>`;
    case 'failed':
    case 'cancelled':
      return html`<div class="center">
        <span class="outcome-icon failed" aria-hidden="true">!</span>
        <h3>${msg.failed}</h3>
        ${c.reason ? html`<p>${c.reason}</p>` : nothing}
      </div>
      <div slot="footer" class="actions">
        <banklet-button full-width @click=${c.onRetry}>${msg.tryAgain}</banklet-button>
      </div>`;
  }
}
