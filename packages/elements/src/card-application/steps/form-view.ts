import { html, nothing, type TemplateResult } from 'lit';
import type { CardApplicationMessages } from '../locales/messages.js';
import { FORM_STEPS, type FieldName, type FormStep } from '../steps.js';

/** One problem in the error summary; its link focuses the control with `id`. */
export interface SummaryItem {
  id: string;
  field: FieldName;
  label: string;
  message: string;
}

export interface FormViewContext {
  msg: CardApplicationMessages;
  step: FormStep;
  screen: number;
  screens: number;
  senior: boolean;
  resumed: boolean;
  summary: readonly SummaryItem[];
  /** A continue is being handled: the button shows it and ignores taps. */
  busy: boolean;
  /** Set while the application is on its way to the bank: what the page says meanwhile. */
  sendingNote?: string;
  /** Why the last submission did not go through; set while it waits to be sent again. */
  submitError?: string;
  returnToReview: boolean;
  body: TemplateResult | typeof nothing;
  onContinue(): void;
  onBack(): void;
  onRetry(): void;
  onFocusOut(event: FocusEvent): void;
  onSummaryLink(id: string): void;
}

function summary(c: FormViewContext) {
  if (c.summary.length === 0) return nothing;
  const { msg } = c;
  return html`<div class="error-summary" part="error-summary" role="alert" aria-labelledby="summary-title">
    <h3 id="summary-title">${msg.errorSummary(c.summary.length)}</h3>
    <ul>${c.summary.map((item) => html`<li><a href=${`#${item.id}`} @click=${(event: Event) => {
      event.preventDefault();
      c.onSummaryLink(item.id);
    }}>${msg.summaryItem(item.label, item.message)}</a></li>`)}</ul>
  </div>`;
}

/** The frame of every form step: progress, error summary, heading, the step itself, and the buttons. */
export function renderFormView(c: FormViewContext) {
  const { msg, step, screen, screens } = c;
  const index = FORM_STEPS.indexOf(step) + 1;
  const label = step === 'review' ? msg.submit : c.returnToReview ? msg.backToReview : msg.continue;
  const waiting = c.sendingNote !== undefined || c.submitError !== undefined;
  return html`
    <div class="progress" part="progress">
      <p>${msg.progress(index, FORM_STEPS.length, msg.steps[step])}</p>
      <progress max=${FORM_STEPS.length} .value=${index} aria-hidden="true"></progress>
    </div>
    ${c.resumed && step !== 'review' ? html`<p class="note">${msg.resumed}</p>` : nothing}
    ${summary(c)}
    <form part="form" novalidate aria-labelledby="step-heading" @focusout=${c.onFocusOut}
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        c.onContinue();
      }}>
      <h3 id="step-heading" tabindex="-1">${msg.steps[step]}${c.senior && screens > 1
        ? html` <span class="question">${msg.question(screen + 1, screens)}</span>` : nothing}</h3>
      ${c.body}
      ${c.submitError !== undefined
        ? html`<div class="alert" part="alert" role="alert"><p>${c.submitError}</p>
            <banklet-button @click=${c.onRetry}>${msg.retrySubmit}</banklet-button></div>`
        : nothing}
      ${c.sendingNote ? html`<p class="note" role="status">${c.sendingNote}</p>` : nothing}
      <div class="actions">
        ${c.submitError !== undefined
          ? nothing
          : html`<banklet-button type="submit" part="continue-button" full-width ?loading=${c.busy}>${label}</banklet-button>`}
        ${(step !== 'product' || screen > 0) && !waiting
          ? html`<banklet-button part="back-button" variant="text" full-width @click=${c.onBack}>${msg.back}</banklet-button>`
          : nothing}
      </div>
    </form>
    <p class="note">${msg.autosave}</p>`;
}
