import { html, nothing } from 'lit';
import { errorLine, type StepContext } from './context.js';
import type { TermsDocument } from '../types.js';
import { webUrl } from '../../internal/urls.js';

export interface ConsentStepContext extends StepContext {
  /** The current documents for the chosen card, from the API. */
  terms: readonly TermsDocument[];
  onConsent(document: TermsDocument, accepted: boolean): void;
}

function documentBlock(c: ConsentStepContext, doc: TermsDocument) {
  const { msg } = c;
  const id = `consent-${doc.id}`;
  const link = webUrl(doc.url);
  // A checkbox is ticked only for the version on screen: a newer version must be read again.
  const accepted = c.draft.consents[doc.id] === doc.version;
  return html`<div class="document" part="document">
    <h4 class="document-title">${doc.title}</h4>
    <p class="hint">${msg.documentVersion(doc.version)}${doc.required ? nothing : html` · ${msg.optionalDocument}`}</p>
    <details>
      <summary>${msg.readDocument}</summary>
      <p class="document-text">${doc.content}</p>
      ${link ? html`<a href=${link} target="_blank" rel="noopener noreferrer">${msg.openDocument(doc.title)}</a>` : nothing}
    </details>
    <label class="option">
      <input type="checkbox" id=${id} .checked=${accepted} aria-describedby=${`${id}-error`}
        aria-invalid=${c.errors[id] ? 'true' : 'false'} @change=${(event: Event) => c.onConsent(doc, (event.target as HTMLInputElement).checked)} />
      <span>${msg.agree(doc.title)}</span>
    </label>
    ${errorLine(c, id)}
  </div>`;
}

/** Step 5: the current terms, one checkbox each; senior mode shows one document per screen. */
export function renderConsentStep(c: ConsentStepContext) {
  const docs = c.senior ? c.terms.slice(c.screen, c.screen + 1) : c.terms;
  return html`<p>${c.msg.consentIntro}</p>${docs.map((doc) => documentBlock(c, doc))}`;
}
