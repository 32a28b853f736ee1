import type { components } from '../generated/openapi.js';
import { arrayOf, isBoolean, isString, nullable, oneOf, shape } from '../guards.js';
import type { RequestOptions } from '../request.js';
import { seg, type Caller } from './caller.js';

type S = components['schemas'];
export type Offer = S['Offer'];
export type OfferList = S['OfferList'];
export type OfferClaim = S['OfferClaim'];
export type Placement = S['Placement'];

const isOfferList = shape({
  placement: isString,
  experiment: shape({ id: isString, variant: isString }),
  offers: arrayOf(
    shape({
      id: isString,
      type: isString,
      title: isString,
      terms: isString,
      imageUrl: isString,
      expiresAt: isString,
      cta: shape({ kind: oneOf('claim', 'link') }),
      claimed: isBoolean,
    }),
  ),
});
const isOfferClaim = shape({ id: isString, offerId: isString, status: oneOf('claimed'), couponCode: nullable(isString) });

/** Offers per placement with the caller's experiment arm, and claiming them. */
export function offersResource(call: Caller) {
  return {
    list: (params: { placement: Placement }, options?: RequestOptions) =>
      call<OfferList>({ ...options, method: 'GET', path: '/offers', query: { placement: params.placement }, check: isOfferList }),
    /** Claiming twice is harmless (the server returns the existing claim), but still keyed. */
    claim: (offerId: string, options?: RequestOptions) =>
      call<OfferClaim>({
        ...options,
        method: 'POST',
        path: `/offers/${seg(offerId)}/claims`,
        idempotency: { intent: `offer-claim:${offerId}` },
        check: isOfferClaim,
      }),
  };
}

export type OffersResource = ReturnType<typeof offersResource>;
