import type { TokenName } from '@banklet/sdk';

/**
 * The system design tokens, one row each. This table is the single source for the CSS defaults
 * (theme.styles.ts), the typed `appearance.tokens` keys and the token reference in docs/, so the
 * three cannot drift apart.
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
  description: string;
}

export const TOKENS: Readonly<Record<TokenName, TokenSpec>> = {
  'color-primary': { light: '#b4232a', dark: '#ffb3ad', description: 'Brand colour: primary buttons, links, selection.' },
  'color-on-primary': { light: '#ffffff', dark: '#5f1414', description: 'Text and icons on the primary colour.' },
  'color-surface': { light: '#ffffff', dark: '#1c1b1f', description: 'Background of widgets and sheets.' },
  'color-on-surface': { light: '#1d1b1e', dark: '#e7e1e5', description: 'Main text colour.' },
  'color-surface-variant': { light: '#f4eff1', dark: '#2c2a2f', description: 'Cards, inputs, skeletons.' },
  'color-on-surface-variant': { light: '#4b454a', dark: '#cdc5cc', description: 'Secondary text: hints, captions.' },
  'color-outline': { light: '#7b7479', dark: '#958e93', description: 'Borders of inputs and cards (3:1 against the surface).' },
  'color-error': { light: '#b3261e', dark: '#ffb4ab', description: 'Error text and borders.' },
  'color-success': { light: '#1b6b37', dark: '#8dd8a2', description: 'Success text and icons.' },
  'color-warning': { light: '#7a5200', dark: '#f4c15d', description: 'Warning text and icons, e.g. points about to expire.' },
  'color-focus': { light: '#1859c9', dark: '#a8c7ff', description: 'Focus ring.' },
  'color-scrim': { light: 'rgb(0 0 0 / 0.45)', dark: 'rgb(0 0 0 / 0.6)', description: 'Backdrop behind sheets and dialogs.' },
  'font-family': {
    light: 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
    description: 'Type family; system fonts so nothing is downloaded.',
  },
  'font-size-sm': { light: '14px', senior: '18px', description: 'Captions and hints.' },
  'font-size': { light: '16px', senior: '20px', description: 'Body text and inputs (16px avoids iOS zoom on focus).' },
  'font-size-lg': { light: '18px', senior: '22px', description: 'Emphasised body text, buttons in senior mode.' },
  'font-size-xl': { light: '22px', senior: '26px', description: 'Section titles.' },
  'font-size-2xl': { light: '28px', senior: '34px', description: 'Amounts and balances.' },
  'line-height': { light: '1.5', senior: '1.6', description: 'Body line height.' },
  'target-size': { light: '44px', senior: '52px', description: 'Minimum height and width of anything tappable.' },
  'space-1': { light: '4px', senior: '6px', description: 'Spacing step 1.' },
  'space-2': { light: '8px', senior: '10px', description: 'Spacing step 2.' },
  'space-3': { light: '12px', senior: '14px', description: 'Spacing step 3.' },
  'space-4': { light: '16px', senior: '20px', description: 'Spacing step 4.' },
  'space-5': { light: '24px', senior: '28px', description: 'Spacing step 5.' },
  'space-6': { light: '32px', senior: '40px', description: 'Spacing step 6.' },
  'radius-sm': { light: '6px', description: 'Small radius: chips, inputs.' },
  'radius-md': { light: '10px', description: 'Medium radius: buttons, cards.' },
  'radius-lg': { light: '16px', description: 'Large radius: sheets.' },
  'motion-duration': { light: '200ms', description: 'Standard transition; 0ms under prefers-reduced-motion.' },
  'motion-easing': { light: 'cubic-bezier(0.2, 0, 0, 1)', description: 'Standard easing.' },
  'elevation-1': { light: '0 1px 3px rgb(0 0 0 / 0.14)', dark: '0 1px 3px rgb(0 0 0 / 0.5)', description: 'Cards.' },
  'elevation-2': { light: '0 8px 28px rgb(0 0 0 / 0.2)', dark: '0 8px 28px rgb(0 0 0 / 0.6)', description: 'Sheets and dialogs.' },
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
