import { defineElement } from '../define.js';
import { BankletButton } from './button.js';

defineElement('banklet-button', BankletButton);

declare global {
  interface HTMLElementTagNameMap {
    'banklet-button': BankletButton;
  }
}
