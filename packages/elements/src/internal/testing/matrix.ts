/**
 * Shared test helpers (not shipped). Every element is checked in the same four presentation
 * variants the issue tracker asks for: zh-CN, en, dark and senior mode.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { BankletElement } from '../banklet-element.js';

export interface Variant {
  name: string;
  lang: string;
  scheme?: 'light' | 'dark';
  senior?: boolean;
}

export const VARIANTS: Variant[] = [
  { name: 'zh-CN', lang: 'zh-CN' },
  { name: 'en', lang: 'en' },
  { name: 'dark', lang: 'zh-CN', scheme: 'dark' },
  { name: 'senior', lang: 'en', senior: true },
];

/** Renders `template` inside a `[lang]` wrapper and applies the variant to its first element. */
export async function fixtureIn<T extends BankletElement>(template: TemplateResult, variant: Variant): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${variant.lang}>${template}</div>`);
  const element = wrapper.firstElementChild as T;
  if (variant.scheme) element.colorScheme = variant.scheme;
  if (variant.senior) element.senior = true;
  // Dark and senior re-point tokens on the host; give the page a dark backdrop like a real host.
  if (variant.scheme === 'dark') wrapper.style.background = '#1c1b1f';
  await element.updateComplete;
  return element;
}

/** One `accessible()` test per variant, after an optional `prepare` that puts it in a state. */
export function itIsAccessibleInEveryVariant<T extends BankletElement>(
  render: () => TemplateResult,
  prepare: (element: T) => Promise<void> | void = () => {},
): void {
  for (const variant of VARIANTS) {
    it(`has no axe violations (${variant.name})`, async () => {
      const element = await fixtureIn<T>(render(), variant);
      await prepare(element);
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  }
}
