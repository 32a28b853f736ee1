import type { components } from '../generated/openapi.js';
import { arrayOf, isBoolean, isMoney, isString, oneOf, shape } from '../guards.js';
import type { RequestOptions } from '../request.js';
import type { Caller } from './caller.js';

type S = components['schemas'];
export type CardProduct = S['CardProduct'];
export type CardProductList = S['CardProductList'];
export type TermsDocument = S['TermsDocument'];
export type TermsList = S['TermsList'];

const isProduct = shape({
  id: isString,
  name: isString,
  network: isString,
  annualFee: isMoney,
  creditLimitRange: shape({ min: isMoney, max: isMoney }),
  benefits: arrayOf(isString),
  recommended: isBoolean,
});
const isProductList = shape({ segment: oneOf('high', 'mid', 'low', 'potential'), items: arrayOf(isProduct) });
const isTermsList = shape({
  productId: isString,
  items: arrayOf(shape({ id: isString, title: isString, version: isString, required: isBoolean, content: isString })),
});

/** Card products and the terms an applicant accepts. */
export function cardsResource(call: Caller) {
  return {
    /** Products ranked for the caller's segment (rank 1 first). */
    products: (options?: RequestOptions) =>
      call<CardProductList>({ ...options, method: 'GET', path: '/card-products', check: isProductList }),
    /** Current terms documents for a product. */
    terms: (productId: string, options?: RequestOptions) =>
      call<TermsList>({ ...options, method: 'GET', path: '/terms', query: { product: productId }, check: isTermsList }),
  };
}

export type CardsResource = ReturnType<typeof cardsResource>;
