import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { BankletSkeleton } from './skeleton.js';
import { itIsAccessibleInEveryVariant } from '../testing/matrix.js';

describe('banklet-skeleton', () => {
  itIsAccessibleInEveryVariant(() => html`<banklet-skeleton height="120px"></banklet-skeleton>`);

  it('reserves exactly the requested height, so content arriving later shifts nothing', async () => {
    const el = await fixture<BankletSkeleton>(html`<banklet-skeleton height="180px"></banklet-skeleton>`);
    expect(el.getBoundingClientRect().height).to.equal(180);
    el.height = '64px';
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(64);
  });

  it('draws the requested number of lines', async () => {
    const el = await fixture<BankletSkeleton>(html`<banklet-skeleton lines="3" height="20px"></banklet-skeleton>`);
    expect(el.shadowRoot!.querySelectorAll('[part="base"]').length).to.equal(3);
  });

  it('is hidden from assistive technology', async () => {
    const el = await fixture<BankletSkeleton>(html`<banklet-skeleton></banklet-skeleton>`);
    expect(el.getAttribute('aria-hidden')).to.equal('true');
  });

  it('does not animate when the person prefers reduced motion', async () => {
    const el = await fixture<BankletSkeleton>(html`<banklet-skeleton></banklet-skeleton>`);
    const bar = el.shadowRoot!.querySelector('.bar')!;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(getComputedStyle(bar).animationName).to.equal(reduced ? 'none' : 'shimmer');
  });
});
