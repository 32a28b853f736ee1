import { html, nothing, svg } from 'lit';
import type { components } from '@banklet/sdk/generated';
import { dayLabel, points, timeLabel, type WalletLocalize } from './format.js';

type RewardsAccount = components['schemas']['RewardsAccount'];

const warningIcon = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="currentColor">
  ${svg`<path d="M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z"/>`}
</svg>`;

/**
 * The part of the wallet that is always on screen: balance, tier, and the two things a member
 * must not miss — points about to expire, and that the numbers are from an offline copy.
 */
export function renderHeader(t: WalletLocalize, account: RewardsAccount | undefined, offlineSince: number | undefined) {
  const msg = t.msg;
  return html`<header class="header" part="header">
    ${offlineSince !== undefined
      ? html`<p class="offline" part="offline-notice" role="status">${msg.offline(timeLabel(t, offlineSince))}</p>`
      : nothing}
    ${account
      ? html`<p class="balance" part="balance">
            <span class="balance-label">${msg.balance}</span>
            <span class="balance-value">${points(t, account.balance)}</span>
          </p>
          <p class="tier-chip" part="tier">${msg.tier(account.tier.name)}</p>
          ${account.expiring.points > 0 && account.expiring.firstExpiry
            ? html`<p class="expiring" part="expiring">
                ${warningIcon}<span>${msg.expiring(points(t, account.expiring.points), dayLabel(t, account.expiring.firstExpiry))}</span>
              </p>`
            : nothing}`
      : html`<banklet-skeleton height="4.5em"></banklet-skeleton>`}
  </header>`;
}

/** Tier, its benefits, progress to the next tier with what is still needed, and all four tiers. */
export function renderSummary(t: WalletLocalize, account: RewardsAccount) {
  const msg = t.msg;
  const { progress, tier, tiers } = account;
  const next = tiers.find((candidate) => candidate.id === progress.nextTier);
  return html`<div class="summary">
    <section class="card" aria-labelledby="tier-heading">
      <h3 id="tier-heading">${msg.currentTier}: ${tier.name}</h3>
      ${next
        ? html`<p class="progress-text">${msg.toNextTier(points(t, progress.pointsToNextTier), next.name)}</p>
            <progress class="meter" part="tier-progress" max="100" value=${progress.percent} aria-label=${msg.progressLabel(next.name)}></progress>`
        : html`<p class="progress-text">${msg.topTier}</p>`}
      ${tier.benefits.length > 0
        ? html`<h4>${msg.benefits}</h4>
            <ul class="benefits" part="benefits">${tier.benefits.map((benefit) => html`<li>${benefit}</li>`)}</ul>`
        : nothing}
      ${account.expiring.points === 0 ? html`<p class="muted">${msg.noExpiring}</p>` : nothing}
    </section>
    <section class="card" aria-labelledby="tiers-heading">
      <h3 id="tiers-heading">${msg.tiers}</h3>
      <ol class="tiers">
        ${[...tiers].sort((a, b) => a.rank - b.rank).map(
          (each) => html`<li class=${each.id === tier.id ? 'tier current' : 'tier'} aria-current=${each.id === tier.id ? 'true' : nothing}>
            <span>${each.name}</span><span class="muted">${msg.points(points(t, each.threshold))}</span>
          </li>`,
        )}
      </ol>
    </section>
  </div>`;
}
