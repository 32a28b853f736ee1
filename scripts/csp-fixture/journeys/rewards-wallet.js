// The rewards wallet through every view: the summary; the history (virtualized, its month totals
// computed in the ledger worker) filtered by type and scrolled to its end; a catalogue item
// redeemed through the confirm sheet to the new balance; the daily check-in; a task's reward.
import { $, $$, choose, digits, mount, record, sleep, step, tap, text, until } from '../driver.js';

/** zh-CN texts the journey reads where the screen has no other sign of its state. */
const END_OF_LIST = '没有更多记录了';

export async function rewardsWallet({ api, token }) {
  const account = await (await fetch(`${api}/rewards/account`, { headers: { Authorization: `Bearer ${await token()}` } })).json();
  const wallet = await mount('banklet-rewards-wallet');
  const redeems = record(wallet, 'banklet-points-redeem');
  const checkIns = record(wallet, 'banklet-checkin');
  const taskClaims = record(wallet, 'banklet-task-claim');
  const balance = () => digits($(wallet, '[part="balance"] .balance-value'));
  // Another member's wallet, cached on this origin by an earlier page, may paint first.
  await until(() => balance() === account.balance, `this member's balance (${account.balance}, showing ${balance()})`);
  const start = balance();
  const summary = { balance: start, tier: text($(wallet, '[part="tier"]')), progress: Boolean($(wallet, '[part="tier-progress"]')) };
  step('summary');

  // History: rows, then the month totals the worker computes.
  tap($(wallet, '#tab-ledger'), 'the history tab');
  await until(() => $(wallet, '[part="ledger-entry"]'), 'the first history rows');
  await until(() => text($(wallet, '[part="ledger-month"] .month-totals')), 'the month totals');
  step('ledger');
  const typeFilter = $(wallet, '[part="ledger-filters"] select');
  // Rows name their type in the words of the filter's own option.
  const earned = text(typeFilter.querySelector('option[value="earn"]'));
  choose(typeFilter, 'earn');
  const rows = () => $$(wallet, '[part="ledger-entry"]');
  const onlyEarned = () => rows().length > 0 && rows().every((row) => text(row.querySelector('.entry-type')) === earned);
  await until(onlyEarned, () => `"${earned}" rows only (${rows().map((row) => text(row.querySelector('.entry-type')))})`);
  await until(() => text($(wallet, '[part="ledger-month"] .month-totals')), 'the filtered month totals');
  step('filtered');
  const scroller = $(wallet, '[part="ledger"]');
  const firstMonth = text($(wallet, '[part="ledger-month"] .month-title'));
  const firstRow = text(rows()[0]);
  // Scrolled like a wheel would, screen by screen, to the bottom and until the history says it
  // has no more (further pages load on the way).
  const atBottom = () => scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
  for (let i = 0; i < 400 && !(atBottom() && text($(wallet, '[part="ledger-end"]')) === END_OF_LIST); i += 1) {
    scroller.scrollTop += scroller.clientHeight;
    await sleep(30);
  }
  await until(() => text($(wallet, '[part="ledger-end"]')) === END_OF_LIST, 'the end of the history');
  await until(() => text(rows()[0]) !== firstRow, 'other rows after scrolling');
  const ledger = {
    firstMonth,
    lastMonth: text($(wallet, '[part="ledger-month"] .month-title')),
    rowsInDom: rows().length,
    onlyEarn: onlyEarned(),
    totals: text($(wallet, '[part="ledger-month"] .month-totals')),
  };
  step('scrolled to the end');

  // Catalogue: redeem the takeout coupon (800 points) through the confirm sheet.
  tap($(wallet, '#tab-catalogue'), 'the catalogue tab');
  const item = await until(() => $(wallet, '[data-item="c-takeout"] [part="redeem-button"]'), 'the catalogue');
  await until(() => !item.hasAttribute('disabled'), 'a redeemable takeout coupon');
  tap(item, 'the redeem button');
  const sheet = $(wallet, 'banklet-sheet');
  await until(() => sheet.open, 'the confirm sheet');
  step('confirm sheet');
  tap(await until(() => $(wallet, '[part="confirm-button"]'), 'the confirm button'), 'the confirm button');
  await until(() => redeems.length > 0, 'the redemption outcome');
  await until(() => $(wallet, '.sheet-lead.success'), 'the success message');
  tap($(wallet, 'banklet-sheet [slot="footer"] banklet-button'), 'done');
  await until(() => !sheet.open, 'the sheet to close');
  await until(() => balance() === start - 800, `the balance after redeeming (${balance()})`);
  step('redeemed');

  // Engagement: today's check-in, then the reward of a completed task.
  tap($(wallet, '#tab-engagement'), 'the engagement tab');
  const checkIn = await until(() => $(wallet, '[part="check-in-button"]'), 'the check-in card');
  tap(checkIn, 'the check-in button');
  await until(() => checkIns.length > 0, 'the check-in outcome');
  await until(() => $(wallet, '[part="check-in-button"]').hasAttribute('disabled'), 'checked in for today');
  const afterCheckIn = start - 800 + (checkIns[0].points ?? 0);
  await until(() => balance() === afterCheckIn, `the balance after checking in (${balance()} ≠ ${afterCheckIn})`);
  step('checked in');
  const claim = await until(() => $$(wallet, '[part="claim-button"]').find((button) => !button.hasAttribute('disabled')), 'a claimable task');
  const taskId = claim.closest('[data-task]').dataset.task;
  tap(claim, 'the claim button');
  await until(() => taskClaims.length > 0, 'the claim outcome');
  await until(() => $(wallet, `[data-task="${taskId}"] .claimed`), 'the task shown as claimed');
  const end = afterCheckIn + (taskClaims[0].points ?? 0);
  await until(() => balance() === end, `the balance after the claim (${balance()} ≠ ${end})`);
  step('task claimed');

  return {
    summary,
    ledger,
    redeems: redeems.map((each) => `${each.itemId}:${each.outcome}:${each.points}`),
    checkIns: checkIns.map((each) => each.outcome),
    taskClaims: taskClaims.map((each) => `${each.taskId}:${each.outcome}`),
    balance: { start, end: balance() },
  };
}
