import { defineElement } from '../define.js';
import { BankletSkeleton } from './skeleton.js';

defineElement('banklet-skeleton', BankletSkeleton);

declare global {
  interface HTMLElementTagNameMap {
    'banklet-skeleton': BankletSkeleton;
  }
}
