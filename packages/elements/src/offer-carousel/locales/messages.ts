import { defineCatalogue } from '../../internal/localize.js';

type OfferType = 'cashback' | 'spend_save' | 'discount' | 'instalment';

/** Strings of <banklet-offer-carousel>; every locale implements all of them. */
export interface OfferCarouselMessages {
  region: string;
  /** aria-roledescription of the region and of each slide. */
  carouselRole: string;
  slideRole: string;
  slide: (position: number, total: number) => string;
  previous: string;
  next: string;
  picker: string;
  pickSlide: (position: number, total: number) => string;
  pause: string;
  play: string;
  claim: string;
  claiming: string;
  claimed: string;
  claimedAnnouncement: (title: string) => string;
  open: string;
  /** `relative` is Intl.RelativeTimeFormat output, e.g. "in 2 days" / "2天后". */
  endsIn: (relative: string) => string;
  types: Record<OfferType, string>;
}

export const offerCarouselCatalogue = defineCatalogue<OfferCarouselMessages>('offer-carousel', {
  'zh-CN': () => import('./zh-CN.js'),
  en: () => import('./en.js'),
});
