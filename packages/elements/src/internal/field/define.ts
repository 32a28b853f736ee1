import { defineElement } from '../define.js';
import { BankletField } from './field.js';

defineElement('banklet-field', BankletField);

declare global {
  interface HTMLElementTagNameMap {
    'banklet-field': BankletField;
  }
}
