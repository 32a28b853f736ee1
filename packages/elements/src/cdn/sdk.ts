/**
 * CDN entry for the SDK core (`dist/cdn/sdk.js`): the client without journey resources —
 * transport, retries, auth, errors, idempotency and analytics (the last two load on demand).
 * core.js imports it; it is measured against the SDK core budget on its own (issue 4), next to
 * the elements' shared core (issue 3). Widgets add only the one resource they use.
 */
export { createBaseClient, bankletError, isBankletError, formatMoney, formatNumber, formatDate } from '@banklet/sdk';
export type { BaseClient, BankletConfig, BankletError, Result } from '@banklet/sdk';
