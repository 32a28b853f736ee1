/** Lazy CDN entry (`dist/cdn/payment-sheet.js`): registers <banklet-payment-sheet> on top of core.js. */
export * from './core.js';
import '../payment-sheet/define.js';
export { BankletPaymentSheet } from '../payment-sheet/payment-sheet.js';
