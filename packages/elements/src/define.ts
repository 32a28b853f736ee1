/** Registers every Banklet tag. Safe to import more than once and next to other copies. */
import './internal/button/define.js';
import './internal/field/define.js';
import './internal/sheet/define.js';
import './internal/skeleton/define.js';
import './internal/status/define.js';
import './offer-carousel/define.js';
import './internal/pin-pad/define.js';
import './payment-sheet/define.js';
import './rewards-wallet/define.js';
import './card-application/define.js';
