/**
 * @banklet/elements/react: React components for every Banklet element, made with `@lit/react`.
 *
 * Why wrappers at all: React 19 passes unknown props to custom elements as properties and
 * supports `on*` listeners, but only by naming convention; the wrappers give typed props (an
 * object `appearance`, a `client`), typed event props (`onBankletReady` receives a
 * `CustomEvent<ReadyDetail>`), and the same API in React 18. The prop names map to our DOM
 * events by the table below, never by guessing from casing.
 *
 * Importing this module registers the tags (through the define files, which are safe to import
 * twice and do nothing where no registry exists), so `<BankletButton>` renders with no other
 * import. In Node it only builds component objects: nothing touches the DOM until React renders
 * in a browser.
 *
 * Adding a widget is one line at the bottom: `export const BankletX = wrap('banklet-x', X, { …its events });`
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { CloseRequestDetail, ErrorDetail, ReadyDetail } from '../internal/events.js';
import { BankletButton as ButtonElement } from '../internal/button/button.js';
import { BankletField as FieldElement } from '../internal/field/field.js';
import { BankletSheet as SheetElement } from '../internal/sheet/sheet.js';
import { BankletSkeleton as SkeletonElement } from '../internal/skeleton/skeleton.js';
import { BankletStatus as StatusElement } from '../internal/status/status.js';
import '../internal/button/define.js';
import '../internal/field/define.js';
import '../internal/sheet/define.js';
import '../internal/skeleton/define.js';
import '../internal/status/define.js';
import { BankletOfferCarousel as OfferCarouselElement, type OfferEventDetail } from '../offer-carousel/offer-carousel.js';
import '../offer-carousel/define.js';
import { BankletPaymentSheet as PaymentSheetElement } from '../payment-sheet/payment-sheet.js';
import type { PaymentResultDetail } from '../payment-sheet/types.js';
import '../payment-sheet/define.js';

/** A DOM event name carrying its event type, so the React prop's handler is typed. */
const event = <T extends Event>(name: string): EventName<T> => name as EventName<T>;

/** Every Banklet element emits these two (BankletElement). */
const commonEvents = {
  onBankletReady: event<CustomEvent<ReadyDetail>>('banklet-ready'),
  onBankletError: event<CustomEvent<ErrorDetail>>('banklet-error'),
};

type CommonEvents = typeof commonEvents;
type EventMap = Record<string, EventName>;

/** Wraps one element class; `events` adds its own event props to the common ones. */
function wrap<I extends HTMLElement, E extends EventMap = {}>(
  tagName: string,
  elementClass: new () => I,
  events?: E,
): ReactWebComponent<I, CommonEvents & E> {
  return createComponent<I, CommonEvents & E>({
    react: React,
    tagName,
    elementClass,
    events: { ...commonEvents, ...events } as CommonEvents & E,
    // From the tag, not `elementClass.name`, which minifiers rename.
    displayName: tagName.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
  });
}

/** Native events re-dispatched by form fields; mapped explicitly so React 18 gets them too. */
const fieldEvents = {
  onInput: event<InputEvent>('input'),
  onChange: event<Event>('change'),
};

const sheetEvents = {
  onBankletOpen: event<CustomEvent<Record<string, never>>>('banklet-open'),
  onBankletClose: event<CustomEvent<Record<string, never>>>('banklet-close'),
  /** Cancelable: call `event.preventDefault()` to keep the sheet open. */
  onBankletCloseRequest: event<CustomEvent<CloseRequestDetail>>('banklet-close-request'),
};

export const BankletButton = wrap('banklet-button', ButtonElement);
export const BankletField = wrap('banklet-field', FieldElement, fieldEvents);
export const BankletSheet = wrap('banklet-sheet', SheetElement, sheetEvents);
export const BankletSkeleton = wrap('banklet-skeleton', SkeletonElement);
export const BankletStatus = wrap('banklet-status', StatusElement);

export type { ReadyDetail, ErrorDetail, CloseRequestDetail };

const offerEvents = {
  onBankletOfferImpression: event<CustomEvent<OfferEventDetail>>('banklet-offer-impression'),
  onBankletOfferClick: event<HTMLElementEventMap['banklet-offer-click']>('banklet-offer-click'),
  onBankletOfferClaim: event<HTMLElementEventMap['banklet-offer-claim']>('banklet-offer-claim'),
  onBankletOfferActivate: event<HTMLElementEventMap['banklet-offer-activate']>('banklet-offer-activate'),
};

const paymentEvents = {
  onBankletPaymentMethodChange: event<HTMLElementEventMap['banklet-payment-method-change']>('banklet-payment-method-change'),
  onBankletPaymentResult: event<CustomEvent<PaymentResultDetail>>('banklet-payment-result'),
  onBankletClose: event<CustomEvent<Record<string, never>>>('banklet-close'),
};

export const BankletOfferCarousel = wrap('banklet-offer-carousel', OfferCarouselElement, offerEvents);
export const BankletPaymentSheet = wrap('banklet-payment-sheet', PaymentSheetElement, paymentEvents);
