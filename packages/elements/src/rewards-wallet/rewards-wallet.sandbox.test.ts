import { expect, fixture, html } from '@open-wc/testing';
import { spy } from 'sinon';
import { createBaseClient, type BankletClient } from '@banklet/sdk';
import './define.js';
import { BankletRewardsWallet, type RewardsApi, type WalletView } from './rewards-wallet.js';
import { apiUrl, demoToken, sandboxClient } from '../internal/testing/sandbox.js';
import { until } from './testing/fake-rewards.js';

// The real ledger worker, served from source.
BankletRewardsWallet.workerUrl = new URL('./ledger.worker.ts', import.meta.url);

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** A real SDK client; typed against the wallet's interface, so a drift in the SDK fails to compile. */
async function client(memberId: string): Promise<RewardsApi & BankletClient> {
  const real = await sandboxClient(memberId);
  const api: RewardsApi = real;
  return Object.assign(real, api);
}

async function mount(memberId: string, view: WalletView) {
  const api = await client(memberId);
  const balance = (await api.rewards.account()).data!.balance;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><banklet-rewards-wallet view=${view} .client=${api}></banklet-rewards-wallet></div>`);
  const el = wrapper.firstElementChild as BankletRewardsWallet;
  // A previous member's cached wallet may paint first; wait for this member's own balance.
  await until(() => text(q(el, '[part="balance"] .balance-value')) === balance.toLocaleString('en'), 10_000, `${memberId} balance`);
  return { el, api, balance };
}

describe('banklet-rewards-wallet on the sandbox', () => {
  it('works with the base client Banklet.configure creates (rewards built on client.request)', async function () {
    this.timeout(30_000);
    const base = createBaseClient({ baseUrl: await apiUrl(), fetchToken: () => demoToken('m-low'), analytics: false });
    const expected = (await (await client('m-low')).rewards.account()).data!.balance;
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><banklet-rewards-wallet .client=${base}></banklet-rewards-wallet></div>`);
    const el = wrapper.firstElementChild as BankletRewardsWallet;
    await until(() => text(q(el, '[part="balance"] .balance-value')) === expected.toLocaleString('en'), 10_000, 'balance');
    expect(text(q(el, '[part="tier"]'))).to.match(/ member$/);
  });

  it('pages the 100,000-entry history of m-ledger by cursor, with totals and at most 200 rows in the DOM', async function () {
    this.timeout(60_000);
    const { el } = await mount('m-ledger', 'ledger');
    await until(() => q(el, '[part="ledger-entry"]') && text(q(el, '.month-totals')), 10_000, 'first page');
    const wallet = (el as unknown as { history: { loadMore(): Promise<void> } }).history;
    const scroller = q(el, '[part="ledger"]')!;
    for (let page = 0; page < 20; page += 1) await wallet.loadMore();
    scroller.scrollTop = scroller.scrollHeight;
    await frame();
    await frame();
    const rows = qa(el, '[part="ledger-entry"]');
    expect(rows.length).to.be.greaterThan(0).and.at.most(200);
    expect(text(q(el, '[part="ledger-end"]'))).to.equal('正在加载更多记录');
    for (const row of rows) expect(text(row.querySelector('.amount'))).to.match(/^[+-][\d,]+ 积分$/);
    expect(text(q(el, '[part="ledger-month"]'))).to.match(/^\d{4}年\d{1,2}月 收入 \+[\d,]+，支出 -?[\d,]+/);
  });

  it('filters m-ledger by type on the server', async function () {
    this.timeout(30_000);
    const { el } = await mount('m-ledger', 'ledger');
    await until(() => q(el, '[part="ledger-entry"]'), 10_000, 'first page');
    const select = q<HTMLSelectElement>(el, '[part="ledger-filters"] select')!;
    select.value = 'expire';
    select.dispatchEvent(new Event('change'));
    await until(() => qa(el, '.entry-type').length > 0 && qa(el, '.entry-type').every((t) => text(t) === '过期'), 10_000, 'expire rows');
  });

  it('explains sold-out and tier-locked items without sending anything', async function () {
    this.timeout(30_000);
    const { el } = await mount('m-low', 'catalogue');
    await until(() => q(el, '[data-item="g-umbrella"]'), 10_000, 'catalogue');
    expect(text(q(el, '[data-item="g-umbrella"] [part="redeem-reason"]'))).to.equal('已兑完');
    expect(text(q(el, '[data-item="t-upgrade"] [part="redeem-reason"]'))).to.match(/及以上才能兑换$/);
    expect(q(el, '[data-item="t-upgrade"] banklet-button')!.hasAttribute('disabled')).to.equal(true);
  });

  it('redeems once on the real server however often confirm is pressed; balance and history follow', async function () {
    this.timeout(30_000);
    const { el, api, balance } = await mount('m-ledger', 'catalogue');
    const before = (await api.rewards.ledger({ type: 'redeem', limit: 20 })).data!.items.map((e) => e.id);
    await until(() => q(el, '[data-item="c-takeout"] banklet-button'), 10_000, 'catalogue');
    const onRedeem = spy();
    el.addEventListener('banklet-points-redeem', onRedeem);
    q(el, '[data-item="c-takeout"] banklet-button')!.click();
    await until(() => (q(el, 'banklet-sheet') as HTMLElement & { open: boolean }).open, 5_000, 'sheet');
    const confirm = q(el, '[part="confirm-button"]')!;
    confirm.click();
    confirm.click();
    confirm.click();
    await until(() => onRedeem.callCount > 0, 10_000, 'outcome');
    await new Promise((r) => setTimeout(r, 300));
    expect(onRedeem.callCount).to.equal(1);
    expect(onRedeem.firstCall.args[0].detail).to.include({ outcome: 'succeeded', itemId: 'c-takeout', points: 800 });
    expect((await api.rewards.account()).data!.balance).to.equal(balance - 800);
    const after = (await api.rewards.ledger({ type: 'redeem', limit: 20 })).data!.items.map((e) => e.id);
    expect(after.filter((id) => !before.includes(id))).to.have.length(1);
    await until(() => text(q(el, '[part="balance"] .balance-value')) === (balance - 800).toLocaleString('en'), 5_000, 'new balance');
  });

  it('checks m-high in once today and claims a completed task on the real server', async function () {
    this.timeout(30_000);
    const { el, api } = await mount('m-high', 'engagement');
    await until(() => q(el, '[part="check-in-button"]') && q(el, '[part="task"]'), 10_000, 'engagement');
    const onCheckIn = spy();
    el.addEventListener('banklet-checkin', onCheckIn);
    const button = q(el, '[part="check-in-button"]')!;
    if (!button.hasAttribute('disabled')) {
      button.click();
      button.click();
      await until(() => onCheckIn.callCount > 0, 10_000, 'check-in');
      expect(onCheckIn.callCount).to.equal(1);
      expect(onCheckIn.firstCall.args[0].detail.outcome).to.equal('succeeded');
    }
    await until(() => text(q(el, '[part="check-in-button"]')) === '今天已签到', 5_000, 'checked in');
    expect((await api.rewards.checkInState()).data!.checkedInToday).to.equal(true);

    const claimable = (await api.rewards.tasks()).data!.items.find((task) => task.status === 'claimable');
    if (!claimable) return;
    const onClaim = spy();
    el.addEventListener('banklet-task-claim', onClaim);
    await until(() => q(el, `[data-task="${claimable.id}"] [part="claim-button"]`), 5_000, 'claim button');
    q(el, `[data-task="${claimable.id}"] [part="claim-button"]`)!.click();
    await until(() => onClaim.callCount > 0, 10_000, 'claim');
    expect(onClaim.firstCall.args[0].detail).to.include({ outcome: 'succeeded', taskId: claimable.id, points: claimable.rewardPoints });
    await until(() => text(q(el, `[data-task="${claimable.id}"] .claimed`)) === '已领取', 5_000, 'claimed');
  });
});
