import { defineElement } from '../internal/define.js';
import { BankletOfferCarousel } from './offer-carousel.js';

defineElement('banklet-offer-carousel', BankletOfferCarousel);

declare global {
  interface HTMLElementTagNameMap {
    'banklet-offer-carousel': BankletOfferCarousel;
  }
}
