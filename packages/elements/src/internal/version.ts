/**
 * The lockstep version of every @banklet package. `scripts/check-versions.mjs` (run by the
 * tests) fails when this and the package.json files disagree, so a release bumps them together.
 */
export const VERSION = '0.1.0';
