import { html, nothing } from 'lit';
import { normalizeMobile } from '@banklet/sdk';
import type { TextField } from '../draft.js';
import type { FieldName } from '../steps.js';
import type { StepContext } from './context.js';
import type { CardProduct, TermsDocument } from '../types.js';

export interface ReviewStepContext extends StepContext {
  product?: CardProduct;
  terms: readonly TermsDocument[];
  /** No edit links: the answers were sent and must stay as they are until the outcome is known. */
  locked: boolean;
  onEdit(field: FieldName): void;
}

/** Shows a resident ID with the middle masked: enough to spot a typo, not enough to copy it off a shoulder. */
const maskId = (id: string) => (id.length > 8 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}` : id);

/** Step 6: every answer, each with a link back to the question that asks it. */
export function renderReviewStep(c: ReviewStepContext) {
  const { msg, draft } = c;
  const v = draft.values;
  const row = (field: FieldName, label: string, value: unknown) => html`<div class="review-row">
    <dt>${label}</dt>
    <dd>${value === '' || value == null ? html`<span class="muted">${msg.notProvided}</span>` : value}</dd>
    ${c.locked ? nothing : html`<dd class="edit"><button class="link" type="button" part="edit-link" @click=${() => c.onEdit(field)}>${msg.edit(label)}</button></dd>`}
  </div>`;
  const text = (field: TextField, label: string) => row(field, label, v[field].trim());
  const section = (title: string, rows: unknown) => html`<section class="review-section"><h4>${title}</h4><dl>${rows}</dl></section>`;
  const accepted = c.terms.filter((doc) => draft.consents[doc.id] === doc.version);
  return html`
    <p>${msg.reviewIntro}</p>
    ${section(msg.steps.product, row('productId', msg.chooseCard, c.product?.name ?? ''))}
    ${section(
      msg.steps.identity,
      html`${text('name', msg.name)}${row('idNumber', msg.idNumber, maskId(v.idNumber.replace(/\s/g, '').toUpperCase()))}${row('mobile', msg.mobile, normalizeMobile(v.mobile))}${text('email', msg.email)}`,
    )}
    ${section(
      msg.steps.employment,
      html`${text('employer', msg.employer)}${text('occupation', msg.occupation)}${row('incomeBand', msg.incomeBand, msg.incomeBands[v.incomeBand as keyof typeof msg.incomeBands] ?? '')}`,
    )}
    ${section(
      msg.steps.address,
      html`${row('province', msg.region, [v.province, v.city, v.district].map((s) => s.trim()).filter(Boolean).join(' '))}${text('line1', msg.line1)}${text('postalCode', msg.postalCode)}`,
    )}
    ${section(
      msg.steps.consent,
      row('consents', msg.accepted, accepted.length ? html`<ul class="plain">${accepted.map((doc) => html`<li>${doc.title}</li>`)}</ul>` : ''),
    )}
  `;
}
