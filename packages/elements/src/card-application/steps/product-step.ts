import { html, nothing } from 'lit';
import { errorLine, type StepContext } from './context.js';
import type { CardProduct } from '../types.js';
import { webUrl } from '../../internal/urls.js';

export interface ProductStepContext extends StepContext {
  /** Ranked for the member's segment, best fit first. */
  products: readonly CardProduct[];
  compare: ReadonlySet<string>;
  onSelect(productId: string): void;
  onCompare(productId: string, on: boolean): void;
  onClearCompare(): void;
}

function facts(c: ProductStepContext, product: CardProduct) {
  const { msg, localize: l } = c;
  return html`<dl class="facts">
    <div><dt>${msg.annualFee}</dt><dd>${l.formatMoney(product.annualFee)}</dd></div>
    <div><dt>${msg.feeWaiver}</dt><dd>${product.annualFeeWaiver}</dd></div>
    <div><dt>${msg.creditLimit}</dt><dd>${msg.limitRange(l.formatMoney(product.creditLimitRange.min), l.formatMoney(product.creditLimitRange.max))}</dd></div>
  </dl>`;
}

function productCard(c: ProductStepContext, product: CardProduct) {
  const { msg } = c;
  const image = webUrl(product.imageUrl);
  const selected = c.draft.productId === product.id;
  const describedBy = `${product.id}-tagline ${product.id}-details`;
  return html`<li class="product ${selected ? 'selected' : ''}" part="product">
    <label class="choice">
      <input type="radio" name="productId" .value=${product.id} .checked=${selected}
        aria-describedby=${describedBy} @change=${() => c.onSelect(product.id)} />
      <span class="product-name">${product.name}</span>
      ${product.recommended ? html`<span class="badge" part="badge">${msg.recommended}</span>` : nothing}
    </label>
    ${image ? html`<img part="card-image" src=${image} alt=${product.imageAlt} width="320" height="202" loading="lazy" decoding="async"
      @error=${(event: Event) => ((event.target as HTMLElement).hidden = true)} />` : nothing}
    <p class="tagline" id=${`${product.id}-tagline`}>${product.tagline} · ${msg.networks[product.network] ?? product.network}</p>
    <div id=${`${product.id}-details`}>
      ${facts(c, product)}
      <p class="benefits-title">${msg.benefits}</p>
      <ul class="benefits">${product.benefits.slice(0, 3).map((b) => html`<li>${b}</li>`)}</ul>
    </div>
    ${c.senior
      ? nothing
      : html`<label class="compare"><input type="checkbox" .checked=${c.compare.has(product.id)}
          @change=${(event: Event) => c.onCompare(product.id, (event.target as HTMLInputElement).checked)} />
          <span aria-hidden="true">${msg.compare}</span><span class="visually-hidden">${msg.compareAdd(product.name)}</span></label>`}
  </li>`;
}

/** Side by side, as a real table, so a screen reader can move along rows and columns. */
function comparison(c: ProductStepContext) {
  const { msg, localize: l } = c;
  const chosen = c.products.filter((p) => c.compare.has(p.id));
  if (c.senior || chosen.length < 2) return nothing;
  const rows: [string, (p: CardProduct) => unknown][] = [
    [msg.annualFee, (p) => l.formatMoney(p.annualFee)],
    [msg.feeWaiver, (p) => p.annualFeeWaiver],
    [msg.creditLimit, (p) => msg.limitRange(l.formatMoney(p.creditLimitRange.min), l.formatMoney(p.creditLimitRange.max))],
    [msg.benefits, (p) => html`<ul>${p.benefits.map((b) => html`<li>${b}</li>`)}</ul>`],
  ];
  return html`<div class="compare-table" part="compare">
    <table>
      <caption>${msg.compareTitle}</caption>
      <thead><tr><th scope="col">${msg.feature}</th>${chosen.map((p) => html`<th scope="col">${p.name}</th>`)}</tr></thead>
      <tbody>${rows.map(([label, cell]) => html`<tr><th scope="row">${label}</th>${chosen.map((p) => html`<td>${cell(p)}</td>`)}</tr>`)}</tbody>
    </table>
    <button class="link" type="button" @click=${c.onClearCompare}>${msg.compareClear}</button>
  </div>`;
}

/** Step 1: the products ranked for the member, the recommended one first and marked. */
export function renderProductStep(c: ProductStepContext) {
  const { msg } = c;
  return html`<fieldset id="productId" tabindex="-1" aria-describedby="productId-error">
      <legend class="visually-hidden">${msg.chooseCard}</legend>
      ${c.senior ? nothing : html`<p class="hint">${msg.compareHint}</p>`}
      ${errorLine(c, 'productId')}
      <ul class="products" role="list">${c.products.map((p) => productCard(c, p))}</ul>
    </fieldset>
    ${comparison(c)}`;
}
