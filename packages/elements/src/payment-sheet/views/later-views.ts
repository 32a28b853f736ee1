/**
 * The sheet's views after "pay", with their styles and the PIN pad: the step-up (PIN, SMS code,
 * biometric) and the outcome (receipt, rating). The sheet loads them while the person chooses a
 * method (when the browser is idle after `banklet-ready`), or at the latest together with the
 * request that leads to them, so the first view downloads and evaluates none of this.
 */
import '../../internal/pin-pad/define.js';

export { renderVerify, type VerifyContext } from './verify.js';
export { renderOutcome, type OutcomeContext } from './outcome.js';
export { laterViewStyles as styles } from './later-views.styles.js';
