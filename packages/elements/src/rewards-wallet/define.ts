import { defineElement } from '../internal/define.js';
import { BankletRewardsWallet } from './rewards-wallet.js';

defineElement('banklet-rewards-wallet', BankletRewardsWallet);

declare global {
  interface HTMLElementTagNameMap {
    'banklet-rewards-wallet': BankletRewardsWallet;
  }
}
