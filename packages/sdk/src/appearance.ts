/**
 * The typed `appearance` object. It is plain data so that it can live in the SDK config and
 * travel through a bridge; `@banklet/elements` maps it onto `--banklet-*` CSS custom properties.
 */

/** System token names, without the `--banklet-sys-` prefix. Documented in docs/theming.md. */
export type TokenName =
  | 'color-primary'
  | 'color-on-primary'
  | 'color-surface'
  | 'color-on-surface'
  | 'color-surface-variant'
  | 'color-on-surface-variant'
  | 'color-outline'
  | 'color-error'
  | 'color-success'
  | 'color-warning'
  | 'color-focus'
  | 'color-scrim'
  | 'font-family'
  | 'font-size-sm'
  | 'font-size'
  | 'font-size-lg'
  | 'font-size-xl'
  | 'font-size-2xl'
  | 'line-height'
  | 'target-size'
  | 'space-1'
  | 'space-2'
  | 'space-3'
  | 'space-4'
  | 'space-5'
  | 'space-6'
  | 'radius-sm'
  | 'radius-md'
  | 'radius-lg'
  | 'motion-duration'
  | 'motion-easing'
  | 'elevation-1'
  | 'elevation-2';

export type ColorScheme = 'light' | 'dark' | 'auto';

export interface Appearance {
  /** `light` (default), `dark`, or `auto` to follow `prefers-color-scheme`. */
  colorScheme?: ColorScheme;
  /** Large type, 48px+ targets and one decision per screen. */
  senior?: boolean;
  /** Overrides for system tokens, applied in every scheme, e.g. `{ 'color-primary': '#0b6e4f' }`. */
  tokens?: Partial<Record<TokenName, string>>;
  /** Overrides applied only while the dark scheme is active. */
  darkTokens?: Partial<Record<TokenName, string>>;
}
