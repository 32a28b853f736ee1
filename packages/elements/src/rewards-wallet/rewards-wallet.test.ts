import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { spy } from 'sinon';
import { bankletError } from '@banklet/sdk';
import './define.js';
import { BankletRewardsWallet, type WalletView } from './rewards-wallet.js';
import { itIsAccessibleInEveryVariant } from '../internal/testing/matrix.js';
import { itDoesNotLeak } from '../internal/testing/memory.js';
import { fakeRewards, generateLedger, until, type FakeRewards } from './testing/fake-rewards.js';
import { dropWalletCacheMemory, flushWalletCache } from './cache.js';

// Served from source by the test server: the real worker, through the static override.
BankletRewardsWallet.workerUrl = new URL('./ledger.worker.ts', import.meta.url);

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function mount(fake: FakeRewards, view: WalletView = 'summary', lang = 'zh-CN'): Promise<BankletRewardsWallet> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><banklet-rewards-wallet view=${view} .client=${fake.client}></banklet-rewards-wallet></div>`);
  const el = wrapper.firstElementChild as BankletRewardsWallet;
  await until(() => q(el, '[part="balance"]'), 5_000, 'balance');
  return el;
}

/** Waits for the data of `view` to be on screen. */
async function viewReady(el: BankletRewardsWallet): Promise<void> {
  await el.updateComplete;
  const ready: Record<WalletView, () => unknown> = {
    summary: () => q(el, '[part="tier-progress"]'),
    ledger: () => q(el, '[part="ledger-entry"]') && q(el, '.month-totals')?.textContent,
    catalogue: () => q(el, '[part="catalogue-item"]'),
    engagement: () => q(el, '[part="task"]') && q(el, '[part="check-in"]'),
  };
  await until(ready[el.view], 5_000, `${el.view} view`);
  await el.updateComplete;
}

const item = (el: BankletRewardsWallet, id: string) => q(el, `[data-item="${id}"]`)!;
const sheet = (el: BankletRewardsWallet) => q(el, 'banklet-sheet') as HTMLElement & { open: boolean };

describe('banklet-rewards-wallet', () => {
  for (const view of ['summary', 'ledger', 'catalogue', 'engagement'] as const) {
    describe(`${view} view`, () => {
      itIsAccessibleInEveryVariant<BankletRewardsWallet>(
        () => html`<banklet-rewards-wallet view=${view} .client=${fakeRewards({ entries: 60 }).client}></banklet-rewards-wallet>`,
        viewReady,
      );
    });
  }

  it('emits banklet-ready once its data is shown, and summarizes balance, tier, progress, benefits and expiring points', async () => {
    const fake = fakeRewards();
    const onReady = spy();
    document.addEventListener('banklet-ready', onReady);
    const el = await mount(fake);
    await viewReady(el);
    // Ready comes in the task after the first update once the data is shown (which can be drawn
    // before it): wait for it, then a frame more for a second one that must not come.
    await until(() => onReady.callCount > 0, 5_000, 'banklet-ready');
    await frame();
    document.removeEventListener('banklet-ready', onReady);
    expect(onReady.callCount).to.equal(1);
    expect(onReady.firstCall.args[0].detail.widget).to.equal('banklet-rewards-wallet');
    expect(text(q(el, '[part="balance"]'))).to.equal('可用积分 5,000');
    expect(text(q(el, '[part="tier"]'))).to.equal('银卡');
    expect(text(q(el, '.progress-text'))).to.equal('再得 8,000 积分可升级为金卡');
    expect((q(el, '[part="tier-progress"]') as HTMLProgressElement).value).to.equal(47);
    expect(qa(el, '[part="benefits"] li').map(text)).to.deep.equal(['每月一次免费停车', '生日当月双倍积分']);
    expect(text(q(el, '[part="expiring"]'))).to.equal('有 320 积分将在 2026年12月15日 过期，请尽快使用');
    expect(qa(el, '.tier').length).to.equal(4);
    expect(q(el, '.tier.current')!.getAttribute('aria-current')).to.equal('true');
  });

  it('pages the ledger with the API cursor, grouped by month with totals', async () => {
    const fake = fakeRewards({ entries: generateLedger(450, 60 * 6, Date.UTC(2026, 10, 20)) });
    const el = await mount(fake, 'ledger');
    await viewReady(el);
    expect(fake.calls.ledger[0]).to.deep.include({ limit: 100 });
    expect(fake.calls.ledger[0]!.cursor).to.equal(undefined);
    const header = q(el, '.month-row')!;
    expect(text(header.querySelector('h3'))).to.equal('2026年11月');
    // November entries are all on the first page; its totals are complete.
    const november = fake.ledger.filter((e) => e.date >= '2026-10-31T16:00:00Z');
    const earned = november.filter((e) => e.points > 0).reduce((n, e) => n + e.points, 0);
    await until(() => text(header.querySelector('.month-totals')).startsWith('收入'), 5_000, 'totals');
    expect(text(header.querySelector('.month-totals'))).to.contain(`收入 +${earned.toLocaleString('en')}`);
    expect(text(q(el, '[part="ledger-month"]'))).to.contain('2026年11月');

    const scroller = q(el, '[part="ledger"]')!;
    for (let i = 0; i < 50 && !text(q(el, '[part="ledger-end"]')).includes('没有更多'); i += 1) {
      scroller.scrollTop = scroller.scrollHeight;
      await frame();
    }
    expect(fake.calls.ledger.map((c) => c.cursor)).to.deep.equal([undefined, '100', '200', '300', '400']);
    expect(text(q(el, '[part="ledger-end"]'))).to.equal('没有更多记录了');
    // Per-type totals (the worker's "by category") cover the whole history once it is loaded.
    const redeemed = fake.ledger.filter((e) => e.type === 'redeem').reduce((n, e) => n + e.points, 0);
    await until(() => text(q(el, '[part="ledger-totals"]')).includes(`兑换${redeemed.toLocaleString('en')}`), 5_000, 'type totals');
    expect(q(el, '[part="ledger-totals"]')!.getAttribute('aria-label')).to.equal('按类型合计');
    const entries = qa(el, '[part="ledger-entry"]');
    for (const entry of entries) expect(text(entry.querySelector('.amount'))).to.match(/^[+-]\d+ 积分$/);
    // The merchant of an earning, the reason of anything else, after the entry's type.
    const earning = entries.find((entry) => text(entry.querySelector('.entry-type')) === '获得')!;
    expect(text(earning.querySelector('.entry-meta'))).to.equal('获得 · 星巴克');
    const expiry = entries.find((entry) => text(entry.querySelector('.entry-type')) === '过期')!;
    expect(text(expiry.querySelector('.entry-meta'))).to.equal('过期 · 超过有效期');
  });

  for (const senior of [false, true]) {
    it(`gives every ledger row one height, month headers and long texts included (${senior ? 'senior' : 'normal'} mode)`, async () => {
      // The virtualizer places unmeasured rows by the average height: one height makes that exact.
      const entries = generateLedger(120, 60 * 12, Date.UTC(2026, 10, 20));
      entries[1] = { ...entries[1]!, description: '跨境消费返积分 '.repeat(30), merchant: 'Très Long Merchant Name '.repeat(10) };
      const el = await mount(fakeRewards({ entries }), 'ledger');
      el.style.inlineSize = '320px';
      el.senior = senior;
      // Senior mode's larger header puts the history below the fold; rows render once in view.
      await until(() => q(el, '[part="ledger"]'), 5_000, 'ledger region');
      q(el, '[part="ledger"]')!.scrollIntoView();
      await viewReady(el);
      await frame();
      const heights = new Set(qa(el, '.month-row, [part="ledger-entry"]').map((row) => Math.round(row.getBoundingClientRect().height)));
      expect(qa(el, '.month-row').length, 'month headers on screen').to.be.greaterThan(0);
      expect([...heights], senior ? 'senior' : 'normal').to.have.length(1);
      const long = qa(el, '.entry-description').find((d) => text(d).startsWith('跨境'))!;
      // Cut with an ellipsis on screen, whole for assistive technology.
      expect(long.scrollWidth).to.be.greaterThan(long.clientWidth);
      expect(getComputedStyle(long).textOverflow).to.equal('ellipsis');
      expect(text(long)).to.equal('跨境消费返积分 '.repeat(30).trim());
    });
  }

  it('scrolls the history with one fixed set of row elements, each row where its place says, in reading order', async () => {
    const el = await mount(fakeRewards({ entries: generateLedger(600, 60, Date.UTC(2026, 10, 20)) }), 'ledger');
    await viewReady(el);
    const list = q(el, '.rows')!;
    const scroller = q(el, '[part="ledger"]')!;
    const added: Node[] = [];
    const watcher = new MutationObserver((records) => records.forEach((record) => added.push(...record.addedNodes)));
    watcher.observe(list, { childList: true });
    const rowElements = new Set(qa(el, '.rows > [role="listitem"]'));
    for (let i = 0; i < 60 && !text(q(el, '[part="ledger-end"]')).includes('没有更多'); i += 1) {
      scroller.scrollTop += scroller.clientHeight * 3;
      await frame();
      // Whatever is on screen is drawn by the same elements.
      for (const row of qa(el, '.rows > [role="listitem"]')) expect(rowElements.has(row)).to.equal(true);
    }
    watcher.disconnect();
    expect(text(q(el, '[part="ledger-end"]'))).to.equal('没有更多记录了');
    expect(added, 'row elements created while scrolling').to.have.length(0);
    expect(rowElements.size).to.be.within(10, 40);

    // In the middle of the history: each row is drawn at its place, the rows cover the viewport,
    // and assistive technology reads them in the list's order with their position in it.
    scroller.scrollTop = scroller.scrollHeight / 2;
    await frame();
    // From the end of the list to its middle: the whole window is drawn there at once.
    const rows = qa(el, '.rows > [role="listitem"]:not([hidden])');
    const height = rows[0]!.getBoundingClientRect().height;
    const top = list.getBoundingClientRect().top;
    const places = rows.map((row) => Number(row.getAttribute('aria-posinset')));
    for (const [i, row] of rows.entries()) expect(row.getBoundingClientRect().top - top).to.be.closeTo((places[i]! - 1) * height, 1);
    // Placed by the list's block and the rows' classes, not by an inline style per row and frame.
    expect(rows.filter((row) => row.style.transform || row.style.top)).to.have.length(0);
    const inOrder = list.getAttribute('aria-owns')!.split(' ').map((id) => Number(list.querySelector(`#${id}`)!.getAttribute('aria-posinset')));
    expect(inOrder).to.deep.equal([...places].sort((a, b) => a - b));
    expect(inOrder.at(-1)! - inOrder[0]! + 1).to.equal(inOrder.length);
    const view = scroller.getBoundingClientRect();
    const drawn = rows.map((row) => row.getBoundingClientRect());
    expect(Math.min(...drawn.map((r) => r.top))).to.be.at.most(view.top);
    expect(Math.max(...drawn.map((r) => r.bottom))).to.be.at.least(view.bottom);
    // The whole history is loaded: its size is known (600 entries and their month headers).
    const sizes = new Set(rows.map((row) => Number(row.getAttribute('aria-setsize'))));
    expect(sizes.size).to.equal(1);
    expect([...sizes][0]).to.be.within(601, 620);
  });

  it('filters the ledger by type and by month through the API', async () => {
    const fake = fakeRewards({ entries: generateLedger(300, 60 * 12, Date.UTC(2026, 10, 20)) });
    const el = await mount(fake, 'ledger');
    await viewReady(el);
    const [typeSelect, monthSelect] = qa<HTMLSelectElement>(el, '[part="ledger-filters"] select');
    typeSelect!.value = 'redeem';
    typeSelect!.dispatchEvent(new Event('change'));
    await until(() => qa(el, '.entry-type').length > 0 && qa(el, '.entry-type').every((t) => text(t) === '兑换'), 5_000, 'redeem rows');
    expect(fake.calls.ledger.at(-1)).to.deep.include({ type: 'redeem', limit: 100 });

    monthSelect!.value = monthSelect!.options[2]!.value;
    monthSelect!.dispatchEvent(new Event('change'));
    await until(() => fake.calls.ledger.at(-1)?.month === monthSelect!.value, 5_000, 'month request');
    await until(() => qa(el, '.month-row h3').length === 1, 5_000, 'one month');
    expect(fake.calls.ledger.at(-1)).to.deep.include({ type: 'redeem', month: monthSelect!.options[2]!.value });
  });

  it('redeems: confirm in a sheet, one idempotent request, new balance and a new ledger entry without reloading', async () => {
    const fake = fakeRewards();
    const el = await mount(fake, 'ledger');
    await viewReady(el);
    const ledgerCalls = fake.calls.ledger.length;
    el.view = 'catalogue';
    await viewReady(el);
    const onRedeem = spy();
    el.addEventListener('banklet-points-redeem', onRedeem);

    item(el, 'cup').querySelector<HTMLElement>('banklet-button')!.click();
    await until(() => sheet(el).open, 2_000, 'sheet');
    expect(text(q(el, '.sheet-body'))).to.contain('用 1,200 积分兑换“保温杯”');
    expect(text(q(el, '.sheet-body'))).to.contain('兑换后剩余 3,800 积分');
    q(el, '[part="confirm-button"]')!.click();
    await until(() => onRedeem.callCount === 1, 5_000, 'redeem event');
    expect(onRedeem.firstCall.args[0].detail).to.deep.equal({ outcome: 'succeeded', itemId: 'cup', points: 1_200, redemptionId: 'rd-1' });
    expect(fake.calls.redeem).to.deep.equal(['cup']);
    await el.updateComplete;
    expect(text(q(el, '[part="balance"]'))).to.equal('可用积分 3,800');
    expect(text(q(el, '.sheet-body'))).to.contain('兑换成功：保温杯');

    el.view = 'ledger';
    await until(() => text(q(el, '.entry-description')) === '兑换 保温杯', 5_000, 'new ledger entry');
    // Only the head of the ledger was fetched again, not the whole history.
    expect(fake.calls.ledger.slice(ledgerCalls).every((c) => !c.cursor)).to.equal(true);
    expect(text(q(el, '.amount'))).to.equal('-1,200 积分');
  });

  it('sends one redemption however often confirm is tapped', async () => {
    const fake = fakeRewards();
    fake.latency = 150;
    const el = await mount(fake, 'catalogue');
    await viewReady(el);
    const onRedeem = spy();
    el.addEventListener('banklet-points-redeem', onRedeem);
    const open = item(el, 'coffee').querySelector<HTMLElement>('banklet-button')!;
    open.click();
    open.click();
    await until(() => sheet(el).open, 2_000, 'sheet');
    const confirm = q(el, '[part="confirm-button"]')!;
    confirm.click();
    await el.updateComplete;
    confirm.click();
    confirm.click();
    await until(() => onRedeem.callCount > 0, 5_000, 'redeem event');
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.calls.redeem).to.deep.equal(['coffee']);
    expect(onRedeem.callCount).to.equal(1);
    expect(text(q(el, '.voucher'))).to.equal('兑换码：CAFE-2026');
  });

  it('explains when points are not enough and sends nothing', async () => {
    const fake = fakeRewards();
    const el = await mount(fake, 'catalogue');
    await viewReady(el);
    const card = item(el, 'suitcase');
    expect(text(card.querySelector('[part="redeem-reason"]'))).to.equal('积分不够，还差 4,000 积分');
    card.querySelector<HTMLElement>('banklet-button')!.click();
    await el.updateComplete;
    expect(sheet(el).open).to.equal(false);
    expect(fake.calls.redeem).to.deep.equal([]);
  });

  it('explains out-of-stock and tier-locked items, and a decline the server sends', async () => {
    const fake = fakeRewards();
    const el = await mount(fake, 'catalogue');
    await viewReady(el);
    expect(text(item(el, 'lounge').querySelector('[part="redeem-reason"]'))).to.equal('已兑完');
    expect(text(item(el, 'waiver').querySelector('[part="redeem-reason"]'))).to.equal('白金卡及以上才能兑换');
    expect(item(el, 'waiver').querySelector('banklet-button')!.hasAttribute('disabled')).to.equal(true);

    // Someone else took the last one after the catalogue loaded.
    fake.catalogue.find((i) => i.id === 'cup')!.stock = 0;
    const onRedeem = spy();
    const onError = spy();
    el.addEventListener('banklet-points-redeem', onRedeem);
    el.addEventListener('banklet-error', onError);
    item(el, 'cup').querySelector<HTMLElement>('banklet-button')!.click();
    await until(() => sheet(el).open, 2_000, 'sheet');
    q(el, '[part="confirm-button"]')!.click();
    await until(() => onRedeem.callCount === 1, 5_000, 'redeem event');
    expect(onRedeem.firstCall.args[0].detail).to.include({ outcome: 'failed', itemId: 'cup', errorCode: 'OUT_OF_STOCK' });
    expect(onError.callCount).to.equal(1);
    await el.updateComplete;
    expect(qa(el, '.sheet-body p').map(text)).to.deep.equal(['兑换没有成功，积分未扣除', '已兑完']);
    // The catalogue is refreshed, so the card now says so too.
    await until(() => text(item(el, 'cup').querySelector('[part="redeem-reason"]')) === '已兑完', 5_000, 'refreshed catalogue');
  });

  it('reports an unknown outcome on a network failure and resolves it by re-sending the same idempotent request', async () => {
    const fake = fakeRewards();
    const el = await mount(fake, 'catalogue');
    await viewReady(el);
    const onRedeem = spy();
    el.addEventListener('banklet-points-redeem', onRedeem);
    item(el, 'cup').querySelector<HTMLElement>('banklet-button')!.click();
    await until(() => sheet(el).open, 2_000, 'sheet');
    fake.failWith = bankletError('network', 'NETWORK', '网络连接失败');
    q(el, '[part="confirm-button"]')!.click();
    await until(() => onRedeem.callCount === 1, 5_000, 'unknown outcome');
    expect(onRedeem.firstCall.args[0].detail.outcome).to.equal('unknown');
    await el.updateComplete;
    fake.failWith = undefined;
    const again = qa(el, '.sheet-actions banklet-button').find((b) => text(b) === '再查一次')!;
    again.click();
    await until(() => onRedeem.callCount === 2, 5_000, 'resolved outcome');
    expect(onRedeem.secondCall.args[0].detail.outcome).to.equal('succeeded');
  });

  it('redeems with the keyboard alone', async () => {
    const fake = fakeRewards();
    const el = await mount(fake);
    await viewReady(el);
    const onRedeem = spy();
    el.addEventListener('banklet-points-redeem', onRedeem);
    q(el, '[role="tab"][aria-selected="true"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.view).to.equal('catalogue');
    await viewReady(el);
    await sendKeys({ press: 'Tab' }); // the tab panel
    await sendKeys({ press: 'Tab' }); // the first item's redeem button
    await sendKeys({ press: 'Enter' });
    await until(() => sheet(el).open, 2_000, 'sheet');
    expect(text(q(el, '.sheet-body'))).to.contain('保温杯');
    await until(() => el.shadowRoot!.activeElement === q(el, '[part="confirm-button"]'), 2_000, 'focus on confirm');
    await sendKeys({ press: 'Enter' });
    await until(() => onRedeem.callCount === 1, 5_000, 'redeem event');
    expect(onRedeem.firstCall.args[0].detail).to.include({ outcome: 'succeeded', itemId: 'cup' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' }); // "Done" has focus and closes the sheet
    await until(() => !sheet(el).open, 2_000, 'sheet closed');
    expect(fake.calls.redeem).to.deep.equal(['cup']);
  });

  it('checks in once per day', async () => {
    const fake = fakeRewards();
    fake.latency = 100;
    const el = await mount(fake, 'engagement');
    await viewReady(el);
    const onCheckIn = spy();
    el.addEventListener('banklet-checkin', onCheckIn);
    expect(text(q(el, '.streak'))).to.equal('已连续签到 2 天');
    expect(qa(el, '.rung').length).to.equal(7);
    const button = q(el, '[part="check-in-button"]')!;
    expect(text(button)).to.equal('签到领 15 积分');
    button.click();
    await el.updateComplete;
    button.click();
    await until(() => onCheckIn.callCount === 1, 5_000, 'check-in event');
    await el.updateComplete;
    button.click();
    await new Promise((r) => setTimeout(r, 150));
    expect(fake.calls.checkIn).to.equal(1);
    expect(onCheckIn.callCount).to.equal(1);
    expect(onCheckIn.firstCall.args[0].detail).to.deep.equal({ outcome: 'succeeded', points: 15, streak: 3 });
    expect(text(button)).to.equal('今天已签到');
    expect(button.hasAttribute('disabled')).to.equal(true);
    expect(text(q(el, '.streak'))).to.equal('已连续签到 3 天');
    expect(text(q(el, '[part="balance"]'))).to.equal('可用积分 5,015');
  });

  it('claims a completed task once and shows it claimed', async () => {
    const fake = fakeRewards();
    const el = await mount(fake, 'engagement');
    await viewReady(el);
    const onClaim = spy();
    el.addEventListener('banklet-task-claim', onClaim);
    const task = q(el, '[data-task="t-pay"]')!;
    const button = task.querySelector<HTMLElement>('[part="claim-button"]')!;
    button.click();
    button.click();
    await until(() => onClaim.callCount === 1, 5_000, 'claim event');
    await el.updateComplete;
    expect(fake.calls.claim).to.deep.equal(['t-pay']);
    expect(onClaim.firstCall.args[0].detail).to.deep.equal({ outcome: 'succeeded', taskId: 't-pay', points: 200 });
    expect(text(q(el, '[data-task="t-pay"] .claimed'))).to.equal('已领取');
    expect(text(q(el, '[part="balance"]'))).to.equal('可用积分 5,200');
    // Not yet complete: the button is there but does nothing.
    q(el, '[data-task="t-redeem"] [part="claim-button"]')!.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.calls.claim).to.deep.equal(['t-pay']);
  });

  it('keeps at most 200 ledger rows in the DOM with 100,000 entries, in the middle and at the end', async function () {
    this.timeout(120_000);
    const fake = fakeRewards({ entries: 100_000 });
    const el = await mount(fake, 'ledger');
    await viewReady(el);
    const scroller = q(el, '[part="ledger"]')!;
    const rows = () => qa(el, '[part="ledger-entry"]').length;
    const ended = () => text(q(el, '[part="ledger-end"]')).includes('没有更多');
    let most = rows();
    const started = performance.now();
    // Scrolling pages in at display speed takes a few frames per page (the test above covers that
    // path); here the same cursor requests are driven back to back, the way a member flinging the
    // list for minutes would, checking the DOM along the way.
    const wallet = (el as unknown as { history: { loadMore(): Promise<void> } }).history;
    for (let page = 1; !ended(); page += 1) {
      await wallet.loadMore();
      await el.updateComplete;
      if (page % 100 === 0) {
        scroller.scrollTop = scroller.scrollHeight;
        await frame();
        most = Math.max(most, rows());
      }
    }
    const pagingMs = performance.now() - started;
    expect(fake.calls.ledger.length).to.equal(1_000);
    expect(new Set(fake.calls.ledger.map((c) => c.cursor)).size).to.equal(1_000);

    scroller.scrollTop = scroller.scrollHeight / 2;
    await until(() => qa(el, '.entry-description').some((d) => /#[45]\d{4}$/.test(text(d))), 5_000, 'middle rows');
    await frame();
    const middle = rows();
    scroller.scrollTop = scroller.scrollHeight;
    await until(() => qa(el, '.entry-description').some((d) => text(d).endsWith('#99999') || text(d) === '积分到期'), 5_000, 'last rows');
    await frame();
    const end = rows();
    // eslint-disable-next-line no-console
    console.log(`100,000 entries: 1,000 pages in ${Math.round(pagingMs)} ms; ledger rows in the DOM: at most ${most} while paging, ${middle} in the middle, ${end} at the end`);
    expect(middle).to.be.greaterThan(0).and.at.most(200);
    expect(end).to.be.greaterThan(0).and.at.most(200);
    expect(most).to.be.at.most(200);
    expect(text(q(el, '[part="ledger-end"]'))).to.equal('没有更多记录了');
  });

  it('paints the last view from the cache and marks it when offline', async () => {
    const baseUrl = `https://bank.example/offline-${Date.now()}`;
    const online = fakeRewards({ baseUrl, balance: 7_777 });
    const first = await mount(online, 'ledger');
    await viewReady(first);
    first.remove();
    // Written encrypted to IndexedDB, and read back from there (not from this page's memory).
    await flushWalletCache();
    dropWalletCacheMemory();

    const offline = fakeRewards({ baseUrl, balance: 1 });
    offline.failWith = bankletError('network', 'NETWORK', '网络连接失败');
    const onError = spy();
    document.addEventListener('banklet-error', onError);
    const el = await mount(offline, 'ledger');
    document.removeEventListener('banklet-error', onError);
    await until(() => q(el, '[part="offline-notice"]'), 5_000, 'offline notice');
    expect(text(q(el, '[part="balance"]'))).to.equal('可用积分 7,777');
    expect(text(q(el, '[part="offline-notice"]'))).to.match(/^网络未连接，显示的是 .+ 的数据$/);
    await until(() => q(el, '[part="ledger-entry"]'), 5_000, 'cached ledger rows');
    expect(onError.callCount).to.equal(0);
  });

  it('does not show one member the cached wallet of another once the server says who is signed in', async () => {
    const baseUrl = `https://bank.example/switch-${Date.now()}`;
    const first = await mount(fakeRewards({ baseUrl, balance: 1_234, memberId: 'm-a' }));
    first.remove();
    const el = await mount(fakeRewards({ baseUrl, balance: 42, memberId: 'm-b' }));
    await until(() => text(q(el, '[part="balance"]')) === '可用积分 42', 5_000, 'second member');
  });

  it('shows one view at a time in senior mode, with large buttons between them', async () => {
    const fake = fakeRewards();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><banklet-rewards-wallet senior .client=${fake.client}></banklet-rewards-wallet></div>`);
    const el = wrapper.firstElementChild as BankletRewardsWallet;
    await viewReady(el);
    expect(q(el, '[role="tablist"]')).to.equal(null);
    const buttons = qa(el, '[part="nav-button"]');
    expect(buttons.map(text)).to.deep.equal(['查看积分明细', '用积分兑换', '签到和任务']);
    buttons[1]!.click();
    await viewReady(el);
    expect(el.view).to.equal('catalogue');
    expect(q(el, '[part="tier-progress"]')).to.equal(null);
    expect(text(q(el, '.view-heading'))).to.equal('兑换');
    q(el, '[part="nav-button"]')!.click();
    await el.updateComplete;
    expect(el.view).to.equal('summary');
  });

  it('reports a missing client as an auth error', async () => {
    const onError = spy();
    document.addEventListener('banklet-error', onError);
    await fixture(html`<banklet-rewards-wallet></banklet-rewards-wallet>`);
    document.removeEventListener('banklet-error', onError);
    expect(onError.callCount).to.equal(1);
    expect(onError.firstCall.args[0].detail).to.include({ type: 'auth', code: 'NO_CLIENT', widget: 'banklet-rewards-wallet' });
  });
});

describe('banklet-rewards-wallet memory', () => {
  const fake = fakeRewards({ entries: 300 });
  itDoesNotLeak(() => html`<banklet-rewards-wallet view="ledger" .client=${fake.client}></banklet-rewards-wallet>`);
});
