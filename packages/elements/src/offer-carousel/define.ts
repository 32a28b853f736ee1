// Primitives this widget renders, registered before it (the class module itself defines nothing).
import '../internal/button/define.js';
import '../internal/skeleton/define.js';
import '../internal/status/define.js';
import { defineElement } from '../internal/define.js';
import { BankletOfferCarousel } from './offer-carousel.js';

defineElement('banklet-offer-carousel', BankletOfferCarousel);

declare global {
  interface HTMLElementTagNameMap {
    'banklet-offer-carousel': BankletOfferCarousel;
  }
}
