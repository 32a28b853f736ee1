/**
 * CDN shared core (`dist/cdn/core.js`): what every widget needs — Lit, the base element,
 * configuration, localization, theme, and the primitives all four widgets use (button, field,
 * skeleton, status). Widget entries import it, so a page loading two widgets downloads it once.
 * Primitives only some widgets use (the sheet) live in their own chunks.
 */
import '../internal/button/define.js';
import '../internal/field/define.js';
import '../internal/skeleton/define.js';
import '../internal/status/define.js';

export { BankletElement } from '../internal/banklet-element.js';
export { BankletButton } from '../internal/button/button.js';
export { BankletField } from '../internal/field/field.js';
export { BankletSkeleton } from '../internal/skeleton/skeleton.js';
export { BankletStatus } from '../internal/status/status.js';
export { configure, pageDefaults } from '../internal/config.js';
export { defineElement } from '../internal/define.js';
export { registerTranslations, defineCatalogue, matchLocale, LocalizeController, DEFAULT_LOCALE } from '../internal/localize.js';
export { VERSION } from '../internal/version.js';
// createBaseClient, not createClient: the full client would put every journey's resource in the core.
export { createBaseClient } from '@banklet/sdk';
