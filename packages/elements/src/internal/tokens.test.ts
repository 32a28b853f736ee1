import { expect } from '@open-wc/testing';
import { TOKENS } from './tokens.js';

/** WCAG 2.x relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

type Scheme = 'light' | 'dark';
const colour = (name: string, scheme: Scheme) => (TOKENS as unknown as Record<string, Record<Scheme, string>>)[name]![scheme]!;

describe('colour tokens', () => {
  // Text on its background, as the widgets draw them: 4.5:1 (WCAG 1.4.3); outlines and the focus
  // ring against the surface: 3:1 (WCAG 1.4.11).
  const text: [string, string][] = [
    ['color-on-surface', 'color-surface'],
    ['color-on-surface', 'color-surface-variant'],
    ['color-on-surface-variant', 'color-surface'],
    ['color-on-surface-variant', 'color-surface-variant'],
    ['color-on-primary', 'color-primary'],
    ['color-primary', 'color-surface'],
    ['color-error', 'color-surface'],
    ['color-success', 'color-surface'],
    ['color-warning', 'color-surface'],
  ];
  const graphics: [string, string][] = [
    ['color-outline', 'color-surface'],
    ['color-focus', 'color-surface'],
    ['color-focus', 'color-surface-variant'],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    it(`meet WCAG contrast in the ${scheme} scheme`, () => {
      const failures = [
        ...text.filter(([fg, bg]) => contrast(colour(fg, scheme), colour(bg, scheme)) < 4.5).map(([fg, bg]) => `${fg} on ${bg}`),
        ...graphics.filter(([fg, bg]) => contrast(colour(fg, scheme), colour(bg, scheme)) < 3).map(([fg, bg]) => `${fg} against ${bg}`),
      ];
      expect(failures, failures.map((f) => `${f}`).join('; ')).to.deep.equal([]);
    });
  }
});
