import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { spy } from 'sinon';
import './define.js';
import type { BankletOfferCarousel } from './offer-carousel.js';
import { sandboxClient } from '../internal/testing/sandbox.js';

/** Against the real sandbox: seeded offers, A/B variant per member, server-side idempotent claims. */
describe('banklet-offer-carousel on the sandbox', () => {
  async function mount(memberId: string, placement = 'home'): Promise<BankletOfferCarousel> {
    const client = await sandboxClient(memberId);
    const el = await fixture<BankletOfferCarousel>(html`<banklet-offer-carousel placement=${placement} .client=${client}></banklet-offer-carousel>`);
    await oneEvent(el, 'banklet-ready');
    await el.updateComplete;
    return el;
  }

  it('loads the placement\'s offers with the member\'s experiment arm', async () => {
    const el = await mount('m-mid');
    expect(el.visibleOffers.length).to.be.greaterThan(0);
    for (const offer of el.visibleOffers) expect(Date.parse(offer.expiresAt)).to.be.greaterThan(Date.now());
    const impression = await oneEvent(el, 'banklet-offer-impression');
    expect(impression.detail.experimentId).to.be.a('string').and.not.equal('');
    expect(impression.detail.variant).to.be.a('string').and.not.equal('');
  });

  it('asks the server for texts in the widget\'s own language', async () => {
    const client = await sandboxClient('m-mid');
    const page = await fixture<HTMLDivElement>(html`<div>
      <banklet-offer-carousel lang="zh-CN" .client=${client}></banklet-offer-carousel>
      <banklet-offer-carousel lang="en" .client=${client}></banklet-offer-carousel>
    </div>`);
    const [zh, en] = [...page.querySelectorAll('banklet-offer-carousel')];
    for (const el of [zh!, en!]) {
      if (el.visibleOffers.length === 0) await oneEvent(el, 'banklet-ready');
    }
    const title = (el: BankletOfferCarousel) => el.visibleOffers[0]!.title;
    expect(title(zh!)).to.match(/[\u4e00-\u9fff]/);
    expect(title(en!)).not.to.match(/[\u4e00-\u9fff]/);
  });

  it('claims once on a double tap; the server keeps one claim and reports it claimed', async () => {
    const el = await mount('m-high');
    const claimable = el.visibleOffers.find((o) => o.cta.kind === 'claim' && !o.claimed);
    expect(claimable, 'the seed has a claimable offer').to.exist;
    const claims = spy(window, 'fetch');
    try {
      const slide = el.shadowRoot!.querySelector<HTMLElement>(`.slide[data-offer="${claimable!.id}"]`)!;
      const button = slide.querySelector<HTMLElement>('banklet-button[part="cta"]')!;
      button.click();
      button.click();
      const result = await oneEvent(el, 'banklet-offer-claim');
      expect(result.detail.outcome).to.equal('succeeded');
      const claimCalls = claims.args.filter(([url]) => String(url instanceof Request ? url.url : url).includes(`/offers/${claimable!.id}/claims`));
      expect(claimCalls.length).to.equal(1);
    } finally {
      claims.restore();
    }
    // A fresh load shows it claimed: the state is on the server, not in the widget.
    const again = await mount('m-high');
    expect(again.visibleOffers.find((o) => o.id === claimable!.id)!.claimed).to.equal(true);
  });
});
