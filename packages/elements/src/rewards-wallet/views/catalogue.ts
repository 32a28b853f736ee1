import { html, nothing } from 'lit';
import type { components } from '@banklet/sdk/generated';
import { safeImageUrl } from '../../internal/urls.js';
import { redeemBlock, type RedeemBlock } from '../wallet.js';
import { points, type WalletLocalize } from './format.js';

type S = components['schemas'];
export type CatalogueItem = S['CatalogueItem'];
type RewardsAccount = S['RewardsAccount'];
type Redemption = S['Redemption'];

/** Where one redemption is, from the confirm sheet opening to its outcome. */
export type RedemptionState =
  | { phase: 'confirm' | 'sending'; item: CatalogueItem }
  | { phase: 'succeeded'; item: CatalogueItem; result: Redemption }
  | { phase: 'failed'; item: CatalogueItem; code: string; message: string }
  | { phase: 'unknown'; item: CatalogueItem };

/** The sentence that explains a block, naming the shortfall or the tier needed. */
export function blockText(t: WalletLocalize, block: RedeemBlock, item: CatalogueItem, account: RewardsAccount | undefined): string {
  if (block === 'OUT_OF_STOCK') return t.msg.outOfStock;
  if (block === 'TIER_LOCKED') {
    const tier = account?.tiers.find((each) => each.id === item.minTier);
    return t.msg.tierLocked(tier?.name ?? item.minTier);
  }
  return t.msg.shortBy(points(t, Math.max(0, item.pointsPrice - (account?.balance ?? 0))));
}

function renderItem(t: WalletLocalize, item: CatalogueItem, account: RewardsAccount | undefined, onRedeem: (item: CatalogueItem) => void) {
  const msg = t.msg;
  const block = account ? redeemBlock(item, account.balance, account.tier, account.tiers) : undefined;
  const image = safeImageUrl(item.imageUrl);
  return html`<li class="item" part="catalogue-item" data-item=${item.id}>
    <div class="item-media">
      ${image
        ? html`<img src=${image} alt=${item.imageAlt} loading="lazy" decoding="async" width="320" height="180"
            @error=${(event: Event) => ((event.target as HTMLElement).hidden = true)} />`
        : nothing}
      <span class="badge">${msg.kinds[item.kind] ?? item.kind}</span>
    </div>
    <div class="item-body">
      <h3>${item.name}</h3>
      <p class="muted">${item.description}</p>
      <p class="price">${msg.price(points(t, item.pointsPrice))}</p>
      <p class="muted">${item.stock > 0 ? msg.stockLeft(points(t, item.stock)) : msg.outOfStock}</p>
      ${block ? html`<p class="blocked" part="redeem-reason">${blockText(t, block, item, account)}</p>` : nothing}
      <banklet-button part="redeem-button" full-width ?disabled=${!account || block !== undefined} label=${`${msg.redeem} ${item.name}`}
        @click=${() => onRedeem(item)}>${msg.redeem}</banklet-button>
    </div>
  </li>`;
}

/** The catalogue as a list of cards; each says why it cannot be redeemed when it cannot. */
export function renderCatalogue(t: WalletLocalize, items: CatalogueItem[], account: RewardsAccount | undefined, onRedeem: (item: CatalogueItem) => void) {
  if (items.length === 0) return html`<p class="empty">${t.msg.noItems}</p>`;
  return html`<ul class="items" role="list">${items.map((item) => renderItem(t, item, account, onRedeem))}</ul>`;
}

export interface RedeemSheetProps {
  state: RedemptionState | undefined;
  /** Set once the content has rendered, so the sheet can focus its action when it opens. */
  open: boolean;
  account: RewardsAccount | undefined;
  onConfirm: () => void;
  onClose: () => void;
  onCloseRequest: (event: CustomEvent) => void;
}

/** The confirm sheet: one decision (redeem or not), then the outcome in the same place. */
export function renderRedeemSheet(t: WalletLocalize, props: RedeemSheetProps) {
  const msg = t.msg;
  const { state, account } = props;
  const item = state?.item;
  const price = item ? item.pointsPrice : 0;
  let body: unknown = nothing;
  let footer: unknown = nothing;
  if (state && item) {
    switch (state.phase) {
      case 'confirm':
      case 'sending':
        body = html`<p class="sheet-lead">${msg.confirmBody(item.name, points(t, price))}</p>
          ${account ? html`<p class="muted">${msg.balanceAfter(points(t, account.balance - price))}</p>` : nothing}`;
        footer = html`<div class="sheet-actions">
          <banklet-button variant="secondary" ?disabled=${state.phase === 'sending'} @click=${props.onClose}>${msg.cancel}</banklet-button>
          <banklet-button part="confirm-button" autofocus ?loading=${state.phase === 'sending'} @click=${props.onConfirm}>
            ${state.phase === 'sending' ? msg.redeeming : msg.confirm}
          </banklet-button>
        </div>`;
        break;
      case 'succeeded':
        body = html`<p class="sheet-lead success">${msg.redeemed(item.name)}</p>
          ${state.result.voucherCode ? html`<p class="voucher">${msg.voucher(state.result.voucherCode)}</p>` : nothing}
          <p class="muted">${msg.balanceAfter(points(t, state.result.balanceAfter))}</p>`;
        footer = html`<banklet-button autofocus full-width @click=${props.onClose}>${msg.done}</banklet-button>`;
        break;
      case 'failed':
        body = html`<p class="sheet-lead error">${msg.redeemFailed}</p><p>${state.message}</p>`;
        footer = html`<banklet-button autofocus full-width @click=${props.onClose}>${msg.done}</banklet-button>`;
        break;
      case 'unknown':
        body = html`<p class="sheet-lead">${msg.redeemUnknown}</p>`;
        footer = html`<div class="sheet-actions">
          <banklet-button variant="secondary" @click=${props.onClose}>${msg.cancel}</banklet-button>
          <banklet-button autofocus @click=${props.onConfirm}>${msg.checkAgain}</banklet-button>
        </div>`;
        break;
    }
  }
  return html`<banklet-sheet part="redeem-sheet" label=${msg.confirmTitle} ?open=${props.open && state !== undefined}
    @banklet-close-request=${props.onCloseRequest} @banklet-close=${props.onClose}>
    <div class="sheet-body" role="status">${body}</div>
    <div slot="footer">${footer}</div>
  </banklet-sheet>`;
}
