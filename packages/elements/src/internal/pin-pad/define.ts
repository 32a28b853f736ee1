import { defineElement } from '../define.js';
import { BankletPinPad } from './pin-pad.js';

defineElement('banklet-pin-pad', BankletPinPad);

declare global {
  interface HTMLElementTagNameMap {
    'banklet-pin-pad': BankletPinPad;
  }
}
