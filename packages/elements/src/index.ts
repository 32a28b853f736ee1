/**
 * @banklet/elements: classes and helpers, no side effects. Import `@banklet/elements/define.js`
 * (or a widget's define file) to register the tags.
 */
export { BankletElement } from './internal/banklet-element.js';
export { BankletButton } from './internal/button/button.js';
export { BankletField } from './internal/field/field.js';
export { BankletSheet } from './internal/sheet/sheet.js';
export { BankletSkeleton } from './internal/skeleton/skeleton.js';
export { BankletStatus } from './internal/status/status.js';
export { BankletPinPad } from './internal/pin-pad/pin-pad.js';
export { BankletOfferCarousel } from './offer-carousel/offer-carousel.js';
export type { Offer, OfferList, OfferClaim, OfferEventDetail, Placement } from './offer-carousel/offer-carousel.js';
export { BankletPaymentSheet } from './payment-sheet/payment-sheet.js';
export type { PaymentResultDetail, PaymentHost, Outcome as PaymentOutcome } from './payment-sheet/types.js';
export { BankletRewardsWallet } from './rewards-wallet/rewards-wallet.js';
export { BankletCardApplication } from './card-application/card-application.js';
export { load, discover, defineLazy } from './internal/autoload.js';
export { configure, pageDefaults, type ConfigureOptions } from './internal/config.js';
export { defineElement } from './internal/define.js';
export { registerTranslations, defineCatalogue, matchLocale, LocalizeController, DEFAULT_LOCALE } from './internal/localize.js';
export { TOKENS, TOKEN_NAMES } from './internal/tokens.js';
export { VERSION } from './internal/version.js';
export type { ReadyDetail, ErrorDetail, CloseRequestDetail } from './internal/events.js';
export { createClient, createBaseClient } from '@banklet/sdk';
export type { Appearance, BaseClient, BankletClient, BankletConfig, BankletError, Result, Money } from '@banklet/sdk';
