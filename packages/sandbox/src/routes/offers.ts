/**
 * Offers per placement with A/B attribution. Each placement runs one experiment; a member's
 * variant is a stable hash of member and experiment (seed.ts), so the same member sees the same
 * variant on every device and in every test run, and analytics can attribute conversions to it.
 */
import type { components } from '../../../sdk/src/generated/openapi.js';
import { assetUrl } from '../assets.js';
import type { HandlerMap, Services } from '../context.js';
import { reply } from '../context.js';
import { notFound, unprocessable } from '../errors.js';
import { localize, type Text } from '../i18n.js';
import { newId, newReference } from '../ids.js';
import { EXPERIMENTS, variantFor } from '../seed.js';
import { iso } from '../time.js';

type S = components['schemas'];
type Variants = Partial<Record<string, { sort: number; badge: Text | null }>>;

interface OfferRow {
  id: string;
  placement: S['Placement'];
  type: S['OfferType'];
  variants: string;
  cta_kind: 'claim' | 'link';
  cta_url: string | null;
  expires_at: number;
  texts: string;
}

interface ClaimRow {
  id: string;
  offer_id: string;
  coupon_code: string | null;
  created_at: number;
}

const claimJson = (row: ClaimRow): S['OfferClaim'] => ({
  id: row.id,
  offerId: row.offer_id,
  status: 'claimed',
  couponCode: row.coupon_code,
  claimedAt: iso(row.created_at),
});

export function offerHandlers({ db }: Services): HandlerMap {
  const selectByPlacement = db.prepare<[string, number], OfferRow>('SELECT * FROM offers WHERE placement = ? AND expires_at > ? ORDER BY sort');
  const selectOffer = db.prepare<[string], OfferRow>('SELECT * FROM offers WHERE id = ?');
  const selectClaims = db.prepare<[string], { offer_id: string }>('SELECT offer_id FROM offer_claims WHERE member_id = ?');
  const selectClaim = db.prepare<[string, string], ClaimRow>(
    'SELECT id, offer_id, coupon_code, created_at FROM offer_claims WHERE member_id = ? AND offer_id = ?',
  );
  const insertClaim = db.prepare('INSERT INTO offer_claims (id, member_id, offer_id, coupon_code, created_at) VALUES (?, ?, ?, ?, ?)');

  /** The offer as this member's variant shows it, or undefined when the variant does not include it. */
  function visible(row: OfferRow, memberId: string) {
    const variant = variantFor(memberId, EXPERIMENTS[row.placement]);
    const shown = (JSON.parse(row.variants) as Variants)[variant];
    return shown ? { variant, ...shown } : undefined;
  }

  return {
    listOffers({ memberId, query, locale, now, origin }) {
      const placement = query.placement as S['Placement'];
      const experimentId = EXPERIMENTS[placement];
      const claimed = new Set(selectClaims.all(memberId).map((c) => c.offer_id));
      const offers = selectByPlacement
        .all(placement, now)
        .map((row) => ({ row, shown: visible(row, memberId) }))
        .filter((entry): entry is { row: OfferRow; shown: NonNullable<ReturnType<typeof visible>> } => entry.shown !== undefined)
        .sort((a, b) => a.shown.sort - b.shown.sort)
        .map(({ row, shown }): S['Offer'] => {
          const texts = localize<'title' | 'terms' | 'imageAlt'>(row.texts, locale);
          return {
            id: row.id,
            type: row.type,
            title: texts.title,
            terms: texts.terms,
            imageUrl: assetUrl(origin, 'offer', row.id),
            imageAlt: texts.imageAlt,
            badge: shown.badge ? shown.badge[locale] : null,
            expiresAt: iso(row.expires_at),
            cta: row.cta_kind === 'link' && row.cta_url ? { kind: 'link', url: row.cta_url } : { kind: 'claim' },
            claimed: claimed.has(row.id),
          };
        });
      const result: S['OfferList'] = { placement, experiment: { id: experimentId, variant: variantFor(memberId, experimentId) }, offers };
      return reply(200, result);
    },

    claimOffer({ memberId, params, now }) {
      const row = selectOffer.get(params.offerId);
      // An offer outside the member's variant does not exist for them.
      if (!row || !visible(row, memberId)) throw notFound('Offer');
      const existing = selectClaim.get(memberId, row.id);
      if (existing) return reply(200, claimJson(existing));
      if (now >= row.expires_at) throw unprocessable('OFFER_EXPIRED', 'This offer has ended');
      if (row.cta_kind !== 'claim') throw unprocessable('OFFER_NOT_CLAIMABLE', 'This offer is a link, not a claim');
      const id = newId('ofc');
      insertClaim.run(id, memberId, row.id, row.type === 'instalment' ? null : newReference('BKC'), now);
      return reply(201, claimJson(selectClaim.get(memberId, row.id)!));
    },
  };
}
