import { defineElement } from '../internal/define.js';
import { BankletPaymentSheet } from './payment-sheet.js';

defineElement('banklet-payment-sheet', BankletPaymentSheet);

declare global {
  interface HTMLElementTagNameMap {
    'banklet-payment-sheet': BankletPaymentSheet;
  }
}
