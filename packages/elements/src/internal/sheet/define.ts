import { defineElement } from '../define.js';
import { BankletSheet } from './sheet.js';

defineElement('banklet-sheet', BankletSheet);

declare global {
  interface HTMLElementTagNameMap {
    'banklet-sheet': BankletSheet;
  }
}
