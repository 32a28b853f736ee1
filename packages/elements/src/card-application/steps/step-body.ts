import { html } from 'lit';
import type { FieldName, FormStep } from '../steps.js';
import type { CardProduct, TermsDocument } from '../types.js';
import type { StepContext } from './context.js';
import type { OtpChallengeView } from './identity-step.js';
import { renderProductStep } from './product-step.js';

/** The code of the steps after the card choice (later-steps.ts), once loaded. */
export type LaterSteps = typeof import('./later-steps.js');

/** What the person can do on the form steps; the element implements them. */
export interface StepActions {
  selectProduct(productId: string): void;
  compare(productId: string, on: boolean): void;
  clearCompare(): void;
  sendCode(): void;
  verifyCode(code: string): void;
  chooseIncome(band: string): void;
  consent(document: TermsDocument, accepted: boolean): void;
  edit(field: FieldName): void;
  retryTerms(): void;
}

export interface StepBodyContext extends StepContext {
  step: FormStep;
  products: readonly CardProduct[];
  compare: ReadonlySet<string>;
  terms: readonly TermsDocument[];
  termsFailed: boolean;
  retryLabel: string;
  challenge?: OtpChallengeView;
  verifiedMobile?: string;
  sending: boolean;
  verifying: boolean;
  /** The answers were sent and wait for an outcome: no edit links. */
  locked: boolean;
  actions: StepActions;
  /** Undefined while the later steps' code is loading. */
  later: LaterSteps | undefined;
}

/** The body of the form step on screen. */
export function renderStepBody(c: StepBodyContext) {
  const a = c.actions;
  if ((c.step === 'consent' || c.step === 'review') && c.termsFailed) {
    return html`<div class="alert" part="alert" role="alert"><p>${c.msg.termsFailed}</p>
      <banklet-button variant="secondary" @click=${a.retryTerms}>${c.retryLabel}</banklet-button></div>`;
  }
  if (c.step === 'product') {
    return renderProductStep({ ...c, onSelect: a.selectProduct, onCompare: a.compare, onClearCompare: a.clearCompare });
  }
  const later = c.later;
  if (!later) return html`<banklet-skeleton lines="4" height="48px"></banklet-skeleton>`;
  switch (c.step) {
    case 'identity':
      return later.renderIdentityStep({ ...c, onSendCode: a.sendCode, onVerify: a.verifyCode });
    case 'employment':
      return later.renderEmploymentStep({ ...c, onIncomeBand: a.chooseIncome });
    case 'address':
      return later.renderAddressStep(c);
    case 'consent':
      return later.renderConsentStep({ ...c, onConsent: a.consent });
    case 'review':
      return later.renderReviewStep({ ...c, product: c.products.find((p) => p.id === c.draft.productId), onEdit: a.edit });
  }
}
