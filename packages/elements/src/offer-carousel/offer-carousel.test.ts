import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { spy, useFakeTimers } from 'sinon';
import { bankletError, createClient, type BankletClient, type Result } from '@banklet/sdk';
import './define.js';
import type { BankletOfferCarousel, Offer, OfferClaim, OfferList } from './offer-carousel.js';
import { fixtureIn, VARIANTS } from '../internal/testing/matrix.js';
import { trapXss, XSS_PAYLOADS } from '../internal/testing/xss-corpus.js';
import { itDoesNotLeak } from '../internal/testing/memory.js';

const DAY = 86_400_000;
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function offer(id: string, overrides: Partial<Offer> = {}): Offer {
  return {
    id, type: 'cashback', title: `满100减20 ${id}`, terms: '单笔消费满100元可用', imageUrl: PNG, imageAlt: `${id} 优惠图片`,
    badge: null, expiresAt: new Date(Date.now() + 2 * DAY + 60_000).toISOString(), cta: { kind: 'claim' }, claimed: false, ...overrides,
  };
}

interface FakeOffers {
  client: BankletClient;
  claims: string[];
  lists: number;
}

/** A client whose offers resource answers from memory (the widget's own logic is under test). */
function fakeClient(list: OfferList | (() => Promise<Result<OfferList>>), claim?: (id: string) => Promise<Result<OfferClaim>>): FakeOffers {
  const state: FakeOffers = { client: undefined!, claims: [], lists: 0 };
  const base = createClient({ baseUrl: 'https://bank.example', fetchToken: async () => 't' });
  state.client = Object.assign(base, {
    offers: {
      list: async () => {
        state.lists += 1;
        return typeof list === 'function' ? list() : { data: list };
      },
      claim: async (id: string) => {
        state.claims.push(id);
        await new Promise((r) => setTimeout(r, 20));
        return claim ? claim(id) : { data: { id: `c-${id}`, offerId: id, status: 'claimed' as const, couponCode: 'SAVE20', claimedAt: new Date().toISOString() } };
      },
    },
  }) as BankletClient;
  return state;
}

const listOf = (...offers: Offer[]): OfferList => ({ placement: 'home', experiment: { id: 'exp-home-1', variant: 'B' }, offers });

async function mount(fake: FakeOffers, attrs = html``): Promise<BankletOfferCarousel> {
  const el = await fixture<BankletOfferCarousel>(html`<banklet-offer-carousel placement="home" .client=${fake.client}>${attrs}</banklet-offer-carousel>`);
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  return el;
}

const q = <T extends Element = HTMLElement>(el: BankletOfferCarousel, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const qa = (el: BankletOfferCarousel, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const currentDot = (el: BankletOfferCarousel) => qa(el, '.dot').findIndex((d) => d.getAttribute('aria-current') === 'true');

describe('banklet-offer-carousel', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const variant of VARIANTS) {
    it(`has no axe violations (${variant.name})`, async () => {
      const fake = fakeClient(listOf(offer('a'), offer('b', { cta: { kind: 'link', url: 'https://bank.example/offers/b' } }), offer('c', { claimed: true })));
      const el = await fixtureIn<BankletOfferCarousel>(html`<banklet-offer-carousel autoplay="5000" .client=${fake.client}></banklet-offer-carousel>`, variant);
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(qa(el, '.slide').length).to.equal(3);
      await expect(el).to.be.accessible();
    });
  }

  it('is a labelled carousel region with "n of N" slide labels, and never shows expired offers', async () => {
    const fake = fakeClient(listOf(offer('a'), offer('old', { expiresAt: new Date(Date.now() - 1000).toISOString() }), offer('b')));
    const el = await mount(fake);
    const region = q(el, '[part="base"]');
    expect(region.getAttribute('aria-roledescription')).to.equal('轮播');
    expect(region.getAttribute('aria-label')).to.equal('优惠活动');
    const slides = qa(el, '.slide');
    expect(slides.map((s) => s.dataset.offer)).to.deep.equal(['a', 'b']);
    expect(slides[1]!.getAttribute('aria-label')).to.equal('第 2 个，共 2 个');
    expect(slides[0]!.querySelector('[part="expiry"]')!.textContent).to.equal('后天结束');
    expect(slides[0]!.querySelector('img')!.getAttribute('alt')).to.equal('a 优惠图片');
    expect(slides[0]!.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
  });

  it('reserves its final height while loading (no layout shift)', async () => {
    let resolve!: (r: Result<OfferList>) => void;
    const fake = fakeClient(() => new Promise((r) => (resolve = r)));
    const el = await fixture<BankletOfferCarousel>(html`<banklet-offer-carousel .client=${fake.client}></banklet-offer-carousel>`);
    await el.updateComplete;
    const loading = el.getBoundingClientRect().height;
    expect(q(el, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
    resolve({ data: listOf(offer('a'), offer('b')) });
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(loading);
  });

  it('moves with arrow keys, Home and End, mirrored in RTL', async () => {
    const el = await mount(fakeClient(listOf(offer('a'), offer('b'), offer('c'))));
    q(el, '[part="next-button"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(currentDot(el)).to.equal(1);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(currentDot(el)).to.equal(2);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(currentDot(el)).to.equal(0);

    const rtl = await fixture<HTMLDivElement>(html`<div dir="rtl"><banklet-offer-carousel .client=${fakeClient(listOf(offer('a'), offer('b'))).client}></banklet-offer-carousel></div>`);
    const rtlEl = rtl.querySelector('banklet-offer-carousel')!;
    await new Promise((r) => setTimeout(r, 0));
    await rtlEl.updateComplete;
    q(rtlEl, '[part="next-button"]').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await rtlEl.updateComplete;
    expect(currentDot(rtlEl)).to.equal(1);
  });

  it('previous is disabled at the start, next at the end; the picker jumps', async () => {
    const el = await mount(fakeClient(listOf(offer('a'), offer('b'), offer('c'))));
    expect(q(el, '[part="previous-button"]').getAttribute('aria-disabled')).to.equal('true');
    qa(el, '.dot')[2]!.click();
    await el.updateComplete;
    expect(q(el, '[part="next-button"]').getAttribute('aria-disabled')).to.equal('true');
    expect(qa(el, '.dot')[2]!.getAttribute('aria-label')).to.equal('查看第 3 个优惠，共 3 个');
  });

  it('turns the page on a mouse swipe (synthetic pointer events), and snaps back on a short drag', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(fakeClient(listOf(offer('a'), offer('b'), offer('c'))));
    const track = q(el, '.track');
    const box = track.getBoundingClientRect();
    const y = box.top + 50;
    const pointer = (type: string, x: number) =>
      track.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: 'mouse', button: 0, clientX: x, clientY: y, bubbles: true, composed: true }));
    pointer('pointerdown', box.left + 300);
    pointer('pointermove', box.left + 200);
    pointer('pointermove', box.left + 100);
    pointer('pointerup', box.left + 100);
    await el.updateComplete;
    expect(currentDot(el)).to.equal(1);
    pointer('pointerdown', box.left + 200);
    pointer('pointermove', box.left + 180);
    pointer('pointerup', box.left + 180);
    await el.updateComplete;
    expect(currentDot(el)).to.equal(1);
  });

  it('rotates by itself, pauses on hover, stops for good on focus or tap, and offers play/pause', async () => {
    const el = await mount(fakeClient(listOf(offer('a'), offer('b'), offer('c'))));
    const clock = useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      el.autoplay = 3000;
      await el.updateComplete;
      const control = q(el, '[part="rotation-button"]');
      expect(control.getAttribute('aria-label')).to.equal('暂停自动播放');
      expect(q(el, '.track').getAttribute('aria-live')).to.equal('off');
      clock.tick(3000);
      await el.updateComplete;
      expect(currentDot(el)).to.equal(1);

      el.dispatchEvent(new MouseEvent('mouseenter'));
      clock.tick(9000);
      await el.updateComplete;
      expect(currentDot(el)).to.equal(1);
      el.dispatchEvent(new MouseEvent('mouseleave'));
      clock.tick(3000);
      await el.updateComplete;
      expect(currentDot(el)).to.equal(2);

      q(el, '[part="track"]').dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
      await el.updateComplete;
      clock.tick(9000);
      await el.updateComplete;
      expect(currentDot(el)).to.equal(2);
      expect(control.getAttribute('aria-label')).to.equal('开始自动播放');
      expect(q(el, '.track').getAttribute('aria-live')).to.equal('polite');

      control.click();
      await el.updateComplete;
      clock.tick(3000);
      await el.updateComplete;
      expect(currentDot(el)).to.equal(0);

      q(el, '[part="next-button"]').focus();
      clock.tick(9000);
      await el.updateComplete;
      expect(currentDot(el)).to.equal(0);
    } finally {
      clock.restore();
    }
  });

  it('never rotates under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(fakeClient(listOf(offer('a'), offer('b'))));
    const clock = useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      el.autoplay = 1000;
      await el.updateComplete;
      clock.tick(10_000);
      await el.updateComplete;
      expect(currentDot(el)).to.equal(0);
      expect(el.shadowRoot!.querySelector('[part="rotation-button"]')).to.equal(null);
    } finally {
      clock.restore();
    }
  });

  it('claims once however often it is tapped, then shows "claimed"', async () => {
    const fake = fakeClient(listOf(offer('a')));
    const el = await mount(fake);
    const onClaim = spy();
    const onClick = spy();
    el.addEventListener('banklet-offer-claim', onClaim);
    el.addEventListener('banklet-offer-click', onClick);
    const button = q(el, 'banklet-button[part="cta"]');
    button.click();
    await el.updateComplete;
    button.click();
    button.click();
    await oneEvent(el, 'banklet-offer-claim');
    await el.updateComplete;
    expect(fake.claims).to.deep.equal(['a']);
    expect(onClaim.callCount).to.equal(1);
    expect(onClick.callCount).to.equal(1);
    expect(onClaim.firstCall.args[0].detail).to.include({ offerId: 'a', outcome: 'succeeded', couponCode: 'SAVE20', experimentId: 'exp-home-1', variant: 'B', placement: 'home', position: 1 });
    expect(q(el, '[part="cta"]').textContent).to.equal('已领取，已放入卡包');
  });

  it('reports a failed claim, keeps the button, and lets the person try again', async () => {
    let fail = true;
    const fake = fakeClient(listOf(offer('a')), async (id) =>
      fail ? { error: bankletError('server', 'UNAVAILABLE', '服务暂时不可用') } : { data: { id: 'c', offerId: id, status: 'claimed', couponCode: null, claimedAt: new Date().toISOString() } });
    const el = await mount(fake);
    const onError = spy();
    el.addEventListener('banklet-error', onError);
    q(el, 'banklet-button[part="cta"]').click();
    const failed = await oneEvent(el, 'banklet-offer-claim');
    expect(failed.detail.outcome).to.equal('failed');
    expect(onError.callCount).to.equal(1);
    await el.updateComplete;
    fail = false;
    q(el, 'banklet-button[part="cta"]').click();
    const ok = await oneEvent(el, 'banklet-offer-claim');
    expect(ok.detail.outcome).to.equal('succeeded');
    expect(fake.claims).to.deep.equal(['a', 'a']);
  });

  it('hands link offers to the host without navigating, and drops script URLs', async () => {
    const el = await mount(fakeClient(listOf(
      offer('a', { cta: { kind: 'link', url: 'bank://offers/a' } }),
      offer('b', { cta: { kind: 'link', url: 'javascript:alert(1)' } }),
    )));
    const onActivate = spy();
    el.addEventListener('banklet-offer-activate', onActivate);
    const [a, b] = qa(el, 'banklet-button[part="cta"]');
    const before = location.href;
    a!.click();
    b!.click();
    expect(location.href).to.equal(before);
    expect(onActivate.callCount).to.equal(1);
    expect(onActivate.firstCall.args[0].detail).to.include({ offerId: 'a', url: 'bank://offers/a' });
  });

  it('counts an impression once per offer, with experiment and variant', async () => {
    const el = await mount(fakeClient(listOf(offer('a'))));
    const impression = await oneEvent(el, 'banklet-offer-impression');
    expect(impression.detail).to.deep.equal({ offerId: 'a', placement: 'home', experimentId: 'exp-home-1', variant: 'B', position: 1 });
  });

  it('collapses when there are no offers, or shows the host fallback; reports a failed load', async () => {
    const empty = await mount(fakeClient(listOf()));
    expect(empty.getBoundingClientRect().height).to.equal(0);

    const onError = spy();
    document.addEventListener('banklet-error', onError);
    const failed = await mount(
      fakeClient(async () => ({ error: bankletError('network', 'OFFLINE', '网络连接失败') })),
      html`<p slot="fallback" id="fb">看看其他活动</p>`,
    );
    document.removeEventListener('banklet-error', onError);
    expect(onError.callCount).to.equal(1);
    expect(onError.firstCall.args[0].detail).to.include({ type: 'network', widget: 'banklet-offer-carousel' });
    expect(failed.querySelector('#fb')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it(`executes none of ${XSS_PAYLOADS.length} XSS payloads placed in every string field`, async () => {
    const calls = trapXss();
    const offers = XSS_PAYLOADS.map((payload, i) =>
      offer(`x${i}`, { title: payload, terms: payload, imageAlt: payload, badge: payload, imageUrl: payload, cta: i % 2 ? { kind: 'claim' } : { kind: 'link', url: payload } }),
    );
    const list: OfferList = { placement: 'home', experiment: { id: XSS_PAYLOADS[0]!, variant: XSS_PAYLOADS[1]! }, offers };
    const el = await mount(fakeClient(list));
    const slides = qa(el, '.slide');
    expect(slides.length).to.equal(XSS_PAYLOADS.length);
    // Text stays text: the payload is readable verbatim and no element came out of it.
    expect(slides[1]!.querySelector('h3')!.textContent).to.equal(XSS_PAYLOADS[1]);
    // Our own icons are SVG inside the toolbar buttons; anything else would have come from a payload.
    const injected = [...el.shadowRoot!.querySelectorAll('script, iframe, object, embed, svg, math, form, input, details, video, audio, marquee, body, frameset, base, meta, link')]
      .filter((node) => !node.closest('.icon-button'));
    expect(injected.map((e) => e.outerHTML.slice(0, 60))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    for (const button of qa(el, 'banklet-button[part="cta"]')) button.click();
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).to.deep.equal([]);
  });
});

describe('banklet-offer-carousel memory', () => {
  const fake = fakeClient(listOf(offer('a'), offer('b'), offer('c')));
  itDoesNotLeak(() => html`<banklet-offer-carousel autoplay="3000" .client=${fake.client}></banklet-offer-carousel>`);
});
