/**
 * CDN entry with every widget (`dist/cdn/banklet.js`): the shared core and the SDK client, and
 * the four widget tags registered to load their code the first time one is on the page (each
 * from its own entry, sharing core.js). `load(tag)` loads one ahead of time, e.g. before
 * creating it inside another component's shadow root. Also what `banklet.iife.js` loads for
 * pages without modules.
 */
import { defineLazy } from '../internal/autoload.js';

export * from './core.js';
export { createClient } from '@banklet/sdk';
export { load, discover } from '../internal/autoload.js';

defineLazy({
  // Primitives not in core.js, for pages that use them on their own.
  'banklet-sheet': () => import('../internal/sheet/define.js'),
  'banklet-pin-pad': () => import('../internal/pin-pad/define.js'),
  'banklet-offer-carousel': () => import('./offer-carousel.js'),
  'banklet-payment-sheet': () => import('./payment-sheet.js'),
  'banklet-rewards-wallet': () => import('./rewards-wallet.js'),
  'banklet-card-application': () => import('./card-application.js'),
});
