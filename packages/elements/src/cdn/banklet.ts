/**
 * CDN entry with every widget (`dist/cdn/banklet.js`), registered on load. Also the body of
 * `banklet.iife.js`, where the exports become `window.Banklet` (`Banklet.configure({...})`).
 */
import '../define.js';
export * from './core.js';
export { createClient } from '@banklet/sdk';
export { BankletSheet } from '../internal/sheet/sheet.js';
export { BankletPinPad } from '../internal/pin-pad/pin-pad.js';
export { BankletOfferCarousel } from './offer-carousel.js';
export { BankletPaymentSheet } from './payment-sheet.js';
