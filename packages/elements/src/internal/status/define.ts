import { defineElement } from '../define.js';
import { BankletStatus } from './status.js';

defineElement('banklet-status', BankletStatus);

declare global {
  interface HTMLElementTagNameMap {
    'banklet-status': BankletStatus;
  }
}
