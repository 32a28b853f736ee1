// Primitives this widget renders, registered before it (the class module itself defines nothing).
// The PIN pad comes with the step-up view's chunk (views/later-views.ts).
import '../internal/button/define.js';
import '../internal/field/define.js';
import '../internal/sheet/define.js';
import '../internal/skeleton/define.js';
import '../internal/status/define.js';
import { defineElement } from '../internal/define.js';
import { BankletPaymentSheet } from './payment-sheet.js';

defineElement('banklet-payment-sheet', BankletPaymentSheet);

declare global {
  interface HTMLElementTagNameMap {
    'banklet-payment-sheet': BankletPaymentSheet;
  }
}
