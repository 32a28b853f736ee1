/**
 * The steps after the card choice, with their styles: loaded while the person looks at the
 * cards (when the browser is idle), or at the latest when they continue. A resumed draft waits
 * for them before it paints. The SMS code controller, the answer rules and the
 * form's error handling come with them.
 */
export { renderAddressStep } from './address-step.js';
export { renderConsentStep } from './consent-step.js';
export { renderEmploymentStep } from './employment-step.js';
export { renderIdentityStep } from './identity-step.js';
export { renderReviewStep } from './review-step.js';
export { laterStepStyles as styles } from '../steps.styles.js';
export { OtpController } from '../otp-controller.js';
export { FormErrors } from '../form-errors.js';
export { firstInvalidAnswer } from '../rules.js';
