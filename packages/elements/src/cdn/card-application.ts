/** Lazy CDN entry (`dist/cdn/card-application.js`): registers <banklet-card-application> on top of core.js. */
export * from './core.js';
import '../card-application/define.js';
export { BankletCardApplication } from '../card-application/card-application.js';
