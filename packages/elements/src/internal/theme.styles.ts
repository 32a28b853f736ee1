import { css, unsafeCSS } from 'lit';
import { TOKENS, TOKEN_NAMES, darkVar, resolvedVar, seniorVar, sysVar } from './tokens.js';

/**
 * How theming resolves, in one place:
 *
 * 1. Every Banklet element resolves each token into a private `--bk-*` property on its host:
 *    `--bk-x: var(--banklet-sys-x, <light default>)`. Stylesheets only ever read `--bk-*`.
 * 2. A page themes Banklet by setting public `--banklet-sys-*` properties on any ancestor (they
 *    inherit through shadow roots), or through `appearance.tokens`, which become inline
 *    properties on the host and so win over page CSS.
 * 3. Dark scheme and senior mode *re-point the public token* on the host whose scheme/mode is
 *    active (`--banklet-sys-x: var(--banklet-dark-x, <dark default>)`). Nested primitives inherit
 *    the re-pointed value, so a button inside a senior-mode payment sheet is senior-sized without
 *    knowing anything about senior mode.
 *
 * The rule text is generated from the token table so defaults, docs and types never drift.
 */

const decls = (pick: (name: (typeof TOKEN_NAMES)[number]) => string | undefined): string =>
  TOKEN_NAMES.map((name) => {
    const value = pick(name);
    return value === undefined ? '' : `${sysVar(name)}: ${value};`;
  }).join('');

const resolved = TOKEN_NAMES.map((name) => `${resolvedVar(name)}: var(${sysVar(name)}, ${TOKENS[name].light});`).join('');
const dark = decls((name) => (TOKENS[name].dark ? `var(${darkVar(name)}, ${TOKENS[name].dark})` : undefined));
const senior = decls((name) => (TOKENS[name].senior ? `var(${seniorVar(name)}, ${TOKENS[name].senior})` : undefined));

export const themeStyles = css`
  :host {
    ${unsafeCSS(resolved)}
    box-sizing: border-box;
    font-family: var(--bk-font-family);
    font-size: var(--bk-font-size);
    line-height: var(--bk-line-height);
    color: var(--bk-color-on-surface);
    -webkit-tap-highlight-color: transparent;
    /* CJK text wraps anywhere; keep long Latin words (emails, references) from overflowing too. */
    overflow-wrap: anywhere;
  }
  :host([bk-scheme='dark']) {
    ${unsafeCSS(dark)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([bk-scheme='auto']) {
      ${unsafeCSS(dark)}
      color-scheme: dark;
    }
  }
  :host([bk-senior]) {
    ${unsafeCSS(senior)}
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --bk-motion-duration: 0ms;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--bk-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
