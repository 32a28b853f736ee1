import { defineElement } from '../internal/define.js';
import { BankletCardApplication } from './card-application.js';

defineElement('banklet-card-application', BankletCardApplication);

declare global {
  interface HTMLElementTagNameMap {
    'banklet-card-application': BankletCardApplication;
  }
}
