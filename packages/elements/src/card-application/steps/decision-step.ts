import { html, nothing } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import type { CardApplicationMessages } from '../locales/messages.js';
import type { CardApplication } from '../types.js';

export interface DecisionContext {
  msg: CardApplicationMessages;
  localize: LocalizeController<CardApplicationMessages>;
  application: CardApplication;
  /** A pending decision is being polled. */
  polling: boolean;
  onActivate(): void;
  onCheckAgain(): void;
}

const ICONS = { approved: '✓', pending: '…', declined: '!', referred: 'i' } as const;

/** The decision in plain words: the limit when approved, the reason when not, the reference always. */
export function renderDecision(c: DecisionContext) {
  const { msg, localize: l, application: a } = c;
  const reason = (code: string | null) => msg.reasons[code ?? 'DEFAULT'] ?? msg.reasons.DEFAULT;
  const reference = html`<dl class="receipt"><div><dt>${msg.reference}</dt><dd part="reference">${a.reference}</dd></div></dl>`;
  const icon = html`<span class="outcome-icon ${a.status}" aria-hidden="true">${ICONS[a.status]}</span>`;
  switch (a.status) {
    case 'approved':
      return html`<div class="outcome" part="decision">
        ${icon}
        <h3 id="step-heading" tabindex="-1">${msg.approved}</h3>
        ${a.creditLimit
          ? html`<p class="limit-label">${msg.creditLimit}</p><p class="limit" part="credit-limit">${l.formatMoney(a.creditLimit, { maximumFractionDigits: 0 })}</p>`
          : nothing}
        <p>${msg.approvedBody}</p>
        ${reference}
        ${a.activated ? html`<p>${msg.alreadyActivated}</p>` : html`<banklet-button full-width @click=${c.onActivate}>${msg.activateNow}</banklet-button>`}
      </div>`;
    case 'pending':
      return c.polling
        ? html`<div class="outcome" part="decision" aria-busy="true">
            ${icon}<h3 id="step-heading" tabindex="-1">${msg.pendingChecking}</h3><p>${reason(a.reasonCode)}</p>${reference}
          </div>`
        : html`<div class="outcome" part="decision">
            ${icon}<h3 id="step-heading" tabindex="-1">${msg.pendingNotify}</h3><p>${msg.pendingNotifyBody}</p>${reference}
            <banklet-button variant="secondary" @click=${c.onCheckAgain}>${msg.checkAgain}</banklet-button>
          </div>`;
    case 'declined':
      return html`<div class="outcome" part="decision">
        ${icon}<h3 id="step-heading" tabindex="-1">${msg.declined}</h3><p part="reason">${reason(a.reasonCode)}</p>${reference}
      </div>`;
    case 'referred':
      return html`<div class="outcome" part="decision">
        ${icon}<h3 id="step-heading" tabindex="-1">${msg.referred}</h3>
        <p part="reason">${reason(a.reasonCode)}</p>
        <ol class="next-steps">${msg.referredSteps.map((s) => html`<li>${s}</li>`)}</ol>
        ${reference}
      </div>`;
  }
}
