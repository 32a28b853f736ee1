import { html, nothing } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import { cashPart, needsStepUp, pointsToMinor, quoteInstalments } from '../amounts.js';
import type { PaymentSheetMessages } from '../locales/messages.js';
import type { MethodSelection, PaymentIntent, PaymentMethods } from '../types.js';

export interface ChooseContext {
  msg: PaymentSheetMessages;
  localize: LocalizeController<PaymentSheetMessages>;
  intent: PaymentIntent;
  methods: PaymentMethods;
  selection: MethodSelection;
  pointsToUse: number;
  maxPoints: number;
  instalmentPlan: number | null;
  cashAmount: number;
  notice?: string;
  /** Senior mode: one decision per screen, so only the method is asked (no points or plans). */
  simple: boolean;
  onSelect(selection: MethodSelection): void;
  onPoints(points: number): void;
  onPlan(plan: number | null): void;
  onConfirm(): void;
}

const same = (a: MethodSelection, b: MethodSelection) => a.kind === b.kind && (a.kind !== 'card' || a.cardId === b.cardId);

/** Why a card cannot pay, in words: the API's code is free-form, so an unknown one gets a plain fallback. */
function cardHint(msg: ChooseContext['msg'], card: { available: boolean; unavailableReason: string | null }): string | null {
  if (card.available) return null;
  const reasons = msg.cardUnavailable;
  return card.unavailableReason === 'CARD_EXPIRED' || card.unavailableReason === 'CARD_BLOCKED' ? reasons[card.unavailableReason] : reasons.other;
}

/** Order summary, method choice, points + cash, instalments and the confirm button. */
export function renderChoose(c: ChooseContext) {
  const { msg, localize: l, intent, methods } = c;
  const currency = intent.amount.currency;
  const money = (amount: number) => l.formatMoney({ amount, currency });
  const points = (n: number) => l.formatNumber(n);
  const rate = methods.points.rate;
  const card = c.selection.kind === 'card' ? methods.cards.find((x) => x.id === c.selection.cardId) : undefined;
  const instalmentsShown = !c.simple && card?.kind === 'credit' && methods.instalments.available && c.cashAmount >= methods.instalments.minAmount.amount;
  const passwordFree = !needsStepUp(intent.amount.amount, methods.passwordFreeLimit.amount, c.instalmentPlan);
  const option = (selection: MethodSelection, label: string, enabled: boolean, hint?: string | null) =>
    html`<label class="option">
      <input type="radio" name="method" .checked=${same(selection, c.selection)} ?disabled=${!enabled}
        @change=${() => c.onSelect(selection)} />
      <span class="option-text">${label}${hint ? html`<span class="hint">${hint}</span>` : nothing}</span>
    </label>`;

  return html`
    <div class="summary">
      <p class="merchant">${msg.payTo(intent.merchant.name)}</p>
      <p class="amount">${money(intent.amount.amount)}</p>
    </div>
    ${intent.lines.length > 0
      ? html`<details>
          <summary>${msg.orderDetails}</summary>
          <ul class="lines">
            ${intent.lines.map((line) => html`<li><span>${line.description} ${msg.quantity(line.quantity)}</span><span>${l.formatMoney(line.amount)}</span></li>`)}
          </ul>
        </details>`
      : nothing}
    ${c.notice ? html`<p class="note" role="status">${c.notice}</p>` : nothing}
    <fieldset>
      <legend>${msg.chooseMethod}</legend>
      ${methods.cards.map((x) => option({ kind: 'card', cardId: x.id }, msg.card(msg.networks[x.network] ?? x.network, x.kind, x.maskedNumber), x.available, cardHint(msg, x)))}
      ${option({ kind: 'balance' }, msg.balance(l.formatMoney(methods.balance.available)), methods.balance.sufficient, methods.balance.sufficient ? null : msg.balanceInsufficient)}
      ${option(
        { kind: 'points' },
        msg.points(points(methods.points.balance), money(pointsToMinor(methods.points.balance, rate))),
        methods.points.coversFullAmount,
        methods.points.coversFullAmount ? null : msg.pointsInsufficient,
      )}
    </fieldset>
    ${!c.simple && c.selection.kind !== 'points' && c.maxPoints > 0
      ? html`<fieldset>
          <legend class="visually-hidden">${msg.usePoints}</legend>
          <label class="option">
            <input type="checkbox" .checked=${c.pointsToUse > 0} @change=${(e: Event) => c.onPoints((e.target as HTMLInputElement).checked ? c.maxPoints : 0)} />
            <span class="option-text">${msg.usePoints}
              <span class="hint">${msg.pointsUse(points(c.pointsToUse || c.maxPoints), money(pointsToMinor(c.pointsToUse || c.maxPoints, rate)))}</span></span>
          </label>
          ${c.pointsToUse > 0
            ? html`<div class="stepper">
                <button class="round" type="button" aria-label=${msg.fewerPoints}
                  @click=${() => c.onPoints(Math.max(methods.pointsCash.minPoints, c.pointsToUse - methods.pointsCash.stepPoints))}>−</button>
                <input type="range" aria-label=${msg.usePoints} min=${methods.pointsCash.minPoints} max=${c.maxPoints} step=${methods.pointsCash.stepPoints}
                  .value=${String(c.pointsToUse)} aria-valuetext=${msg.pointsUse(points(c.pointsToUse), money(pointsToMinor(c.pointsToUse, rate)))}
                  @input=${(e: Event) => c.onPoints(Number((e.target as HTMLInputElement).value))} />
                <button class="round" type="button" aria-label=${msg.morePoints}
                  @click=${() => c.onPoints(Math.min(c.maxPoints, c.pointsToUse + methods.pointsCash.stepPoints))}>+</button>
              </div>`
            : nothing}
        </fieldset>`
      : nothing}
    ${instalmentsShown
      ? html`<fieldset>
          <legend>${msg.instalments}</legend>
          <label class="option"><input type="radio" name="plan" .checked=${c.instalmentPlan === null} @change=${() => c.onPlan(null)} />
            <span class="option-text">${msg.noInstalments}</span></label>
          ${methods.instalments.plans.map((plan) => {
            const q = quoteInstalments(c.cashAmount, plan);
            return html`<label class="option"><input type="radio" name="plan" .checked=${c.instalmentPlan === plan.periods} @change=${() => c.onPlan(plan.periods)} />
              <span class="option-text">${msg.instalmentPlan(plan.periods, money(q.perPeriod))}
                <span class="hint">${q.fee === 0 ? msg.interestFree : msg.instalmentFee(money(q.fee), money(q.total))}</span></span></label>`;
          })}
        </fieldset>`
      : nothing}
    <div class="row"><span>${msg.pointsDeduction}</span><span>${money(intent.amount.amount - cashPart(intent.amount.amount, c.selection.kind === 'points' ? methods.points.pointsForFullAmount : c.pointsToUse, rate))}</span></div>
    <div class="row total"><span>${msg.toPay}</span><span>${money(c.cashAmount)}</span></div>
    <banklet-button slot="footer" full-width @click=${c.onConfirm}>${msg.payNow(money(c.cashAmount))}</banklet-button>
    ${passwordFree ? html`<p class="note">${msg.passwordFree}</p>` : nothing}
  `;
}
