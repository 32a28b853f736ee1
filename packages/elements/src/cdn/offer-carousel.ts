/** Lazy CDN entry (`dist/cdn/offer-carousel.js`): registers <banklet-offer-carousel> on top of core.js. */
export * from './core.js';
import '../offer-carousel/define.js';
export { BankletOfferCarousel } from '../offer-carousel/offer-carousel.js';
