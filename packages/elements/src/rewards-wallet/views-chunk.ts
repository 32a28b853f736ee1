/**
 * The catalogue (with the redeem sheet) and the check-in and tasks views, loaded when one of
 * them is first opened, or when the browser is idle after the balance has painted. The summary,
 * which is what most visits are for, paints without them.
 */
import '../internal/sheet/define.js';

export { renderCatalogue, renderRedeemSheet } from './views/catalogue.js';
export { renderEngagement } from './views/engagement.js';
export { walletViewStyles as styles } from './views.styles.js';
