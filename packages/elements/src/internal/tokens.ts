import type { TokenName } from '@banklet/sdk';

/**
 * The system design tokens, one row each. This table is the single source for the CSS defaults
 * (theme.styles.ts) and, with tokens.docs.ts, for the token reference in docs/, so they cannot
 * drift apart. Descriptions live in tokens.docs.ts to keep them out of the shipped bundle.
 *
 * Colours were chosen for WCAG 2.2 AA: text colours reach 4.5:1 on their surfaces and the
 * outline 3:1, in both schemes (checked by the axe runs in every primitive's tests).
 */
export interface TokenSpec {
  /** Light-scheme default. */
  light: string;
  /** Dark-scheme default, where it differs. */
  dark?: string;
  /** Senior-mode value, where it differs. */
  senior?: string;
}

export const TOKENS: Readonly<Record<TokenName, TokenSpec>> = {
  'color-primary': { light: '#b4232a', dark: '#ffb3ad' },
  'color-on-primary': { light: '#ffffff', dark: '#5f1414' },
  'color-surface': { light: '#ffffff', dark: '#1c1b1f' },
  'color-on-surface': { light: '#1d1b1e', dark: '#e7e1e5' },
  'color-surface-variant': { light: '#f4eff1', dark: '#2c2a2f' },
  'color-on-surface-variant': { light: '#4b454a', dark: '#cdc5cc' },
  'color-outline': { light: '#7b7479', dark: '#958e93' },
  'color-error': { light: '#b3261e', dark: '#ffb4ab' },
  'color-success': { light: '#1b6b37', dark: '#8dd8a2' },
  'color-warning': { light: '#7a5200', dark: '#f4c15d' },
  'color-focus': { light: '#1859c9', dark: '#a8c7ff' },
  'color-scrim': { light: 'rgb(0 0 0 / 0.45)', dark: 'rgb(0 0 0 / 0.6)' },
  'font-family': {
    light: 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  },
  'font-size-sm': { light: '14px', senior: '18px' },
  'font-size': { light: '16px', senior: '20px' },
  'font-size-lg': { light: '18px', senior: '22px' },
  'font-size-xl': { light: '22px', senior: '26px' },
  'font-size-2xl': { light: '28px', senior: '34px' },
  'line-height': { light: '1.5', senior: '1.6' },
  'target-size': { light: '44px', senior: '52px' },
  'space-1': { light: '4px', senior: '6px' },
  'space-2': { light: '8px', senior: '10px' },
  'space-3': { light: '12px', senior: '14px' },
  'space-4': { light: '16px', senior: '20px' },
  'space-5': { light: '24px', senior: '28px' },
  'space-6': { light: '32px', senior: '40px' },
  'radius-sm': { light: '6px' },
  'radius-md': { light: '10px' },
  'radius-lg': { light: '16px' },
  'motion-duration': { light: '200ms' },
  'motion-easing': { light: 'cubic-bezier(0.2, 0, 0, 1)' },
  'elevation-1': { light: '0 1px 3px rgb(0 0 0 / 0.14)', dark: '0 1px 3px rgb(0 0 0 / 0.5)' },
  'elevation-2': { light: '0 8px 28px rgb(0 0 0 / 0.2)', dark: '0 8px 28px rgb(0 0 0 / 0.6)' },
};

export const TOKEN_NAMES = Object.keys(TOKENS) as TokenName[];

/** `--banklet-sys-<name>`: the public, inheritable token a page or `appearance` sets. */
export const sysVar = (name: TokenName): string => `--banklet-sys-${name}`;
/** `--banklet-dark-<name>`: the public override used only while the dark scheme is active. */
export const darkVar = (name: TokenName): string => `--banklet-dark-${name}`;
/** `--banklet-senior-<name>`: the public override used only in senior mode. */
export const seniorVar = (name: TokenName): string => `--banklet-senior-${name}`;
/** `--bk-<name>`: the private, resolved value every stylesheet reads. */
export const resolvedVar = (name: TokenName): string => `--bk-${name}`;
