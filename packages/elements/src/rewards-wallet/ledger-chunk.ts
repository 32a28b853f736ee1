/**
 * The ledger's code, loaded the first time the history is opened: the virtualized view and the
 * worker client (with comlink). A member who only checks the balance or redeems never downloads
 * either.
 */
export { renderLedger } from './views/ledger.js';
export { acquireAggregator, releaseAggregator } from './aggregator.js';
export { walletViewStyles as styles } from './views.styles.js';
