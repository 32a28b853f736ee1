/**
 * Lazy CDN entry (`dist/cdn/rewards-wallet.js`): registers <banklet-rewards-wallet> on top of
 * core.js. The ledger worker is built beside it as `dist/cdn/ledger.worker.js`; without that file
 * (or where the page's CSP refuses it) the wallet aggregates on the main thread instead.
 */
export * from './core.js';
import '../rewards-wallet/define.js';
export { BankletRewardsWallet } from '../rewards-wallet/rewards-wallet.js';
