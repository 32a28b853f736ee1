/**
 * The accessibility sweep of the reliability suite (issue #12): every state of every widget, in
 * each presentation variant (zh-CN, en, dark, senior), checked with axe-core against the WCAG
 * 2.0/2.1/2.2 A and AA rules only, with every widget driven into its states on the real sandbox.
 *
 * Why a file of its own when each widget's test file already starts with `accessible()`: those
 * checks run axe's default rule set (best practices included) on fake clients and one state per
 * view; this one runs exactly the WCAG tags the requirement names (`runOnly`, which
 * chai-a11y-axe's `accessible()` cannot pass) in every state a person can reach, so one place
 * proves the whole (widget × state × variant) matrix. Each combination is its own `it`, so a
 * failure names widget, variant and state; the count is printed at the end.
 *
 * Within one variant the states of a widget are reached in order on one element (a journey, as a
 * person would go through it), so the whole matrix runs in well under the runner's 3 minutes.
 * Members and data are deterministic: seeded members for reads, fixed fresh member ids for
 * anything that moves points or money (the sandbox's data directory is new for every run), fixed
 * ID numbers whose 17th digit picks the decision.
 */
// axe-core registers itself as `window.axe` (the same build chai-a11y-axe loads).
import 'axe-core/axe.min.js';
import type { AxeResults, Result as AxeViolation, RunOptions } from 'axe-core';
import { expect } from '@open-wc/testing';
import { fetchTransport, offersResource, paymentsResource, type BankletClient, type CardApplicationRequest } from '@banklet/sdk';
import './offer-carousel/define.js';
import './rewards-wallet/define.js';
import './payment-sheet/define.js';
import './card-application/define.js';
import type { BankletElement } from './internal/banklet-element.js';
import type { BankletField } from './internal/field/field.js';
import type { BankletPinPad } from './internal/pin-pad/pin-pad.js';
import type { BankletOfferCarousel } from './offer-carousel/offer-carousel.js';
import { BankletRewardsWallet } from './rewards-wallet/rewards-wallet.js';
import { flushWalletCache } from './rewards-wallet/cache.js';
import type { BankletPaymentSheet } from './payment-sheet/payment-sheet.js';
import type { BankletCardApplication } from './card-application/card-application.js';
import { answers, answerScreen, answerUntil, enterPin, pinKey, press, SANDBOX_OTP, type Answers } from './card-application/testing/driver.js';
import { checkCharacter } from './card-application/testing/id-numbers.js';
import { VARIANTS, type Variant } from './internal/testing/matrix.js';
import { apiUrl, clearFaults, demoIntent as sandboxIntent, injectFault, sandboxClient, until } from './internal/testing/sandbox.js';

/** The requirement's conformance target: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Axe {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

// The real ledger worker, served from source (as in the wallet's own tests).
BankletRewardsWallet.workerUrl = new URL('./rewards-wallet/ledger.worker.ts', import.meta.url);

// ─── The matrix and its report ────────────────────────────────────────────────────────────────

const checked: { widget: string; state: string; variant: string }[] = [];
const failed: string[] = [];
/** Rules axe could not decide, by id: how many checks left one undecided. */
const undecided = new Map<string, number>();
const undecidedWhere = new Set<string>();
/** States a variant does not have by design (senior mode asks one thing per screen). */
const notApplicable: string[] = [];

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => [
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} [${v.tags.filter((t) => t.startsWith('wcag')).join(', ')}]`,
      ...v.nodes.slice(0, 5).map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    ].join('\n'))
    .join('\n');
}

/**
 * Waits for running transitions and animations to end (a sheet fading in, a button's colour
 * change): axe reads computed colours, and a half-faded button would be reported as low contrast.
 * Endless ones (the skeleton shimmer) are not waited for.
 */
async function animationsSettled(element: Element, timeoutMs = 2_000): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
  // document.getAnimations() does not look into shadow roots: ask every root on the way.
  const roots: (Document | ShadowRoot)[] = [document];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      if (child.shadowRoot) {
        roots.push(child.shadowRoot);
        walk(child.shadowRoot);
      }
    }
  };
  if (element.shadowRoot) roots.push(element.shadowRoot);
  walk(element.shadowRoot ?? element);
  const finite = roots
    .flatMap((root) => root.getAnimations())
    .filter((a) => a.playState !== 'finished' && a.playState !== 'idle' && Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
  await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
}

/** Runs axe with the WCAG tags only on `element` (its shadow roots included) and fails on any violation. */
async function expectNoWcagViolations(element: Element, combo: { widget: string; state: string; variant: string }): Promise<void> {
  await animationsSettled(element);
  const axe = (window as unknown as { axe: Axe }).axe;
  const results = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  checked.push(combo);
  // Not failures, but said in the report: what axe could not decide (text over an image, say).
  for (const { id, nodes } of results.incomplete) {
    undecided.set(id, (undecided.get(id) ?? 0) + 1);
    for (const node of nodes) undecidedWhere.add(`${id}: ${JSON.stringify(node.target).replace(/\[\d+\]|:nth-child\(\d+\)/g, '')}`);
  }
  expect(results.violations, `axe (${WCAG_TAGS.join(', ')})\n${describeViolations(results.violations)}`).to.deep.equal([]);
}

type Step<C> = [state: string, drive: (context: C) => Promise<void>];

/**
 * One `describe` per widget and variant: `before` creates the context, then each state is one
 * `it` that drives the widget there and runs axe. The states follow each other on the same
 * widget, so a state that cannot be reached fails its own test and the ones after it.
 */
function sweep<C extends { el?: Element }>(widget: string, variant: Variant, setup: () => Promise<C>, steps: Step<C>[]): void {
  describe(`${widget} [${variant.name}]`, function () {
    this.timeout(30_000);
    let context: C;
    before(async () => {
      context = await setup();
    });
    after(async () => {
      context?.el?.parentElement?.remove();
      await clearFaults();
    });
    afterEach(function () {
      if (this.currentTest?.state === 'failed') failed.push(this.currentTest.fullTitle());
    });
    for (const [state, drive] of steps) {
      it(state, async () => {
        await drive(context);
        await expectNoWcagViolations(context.el!, { widget, state, variant: variant.name });
      });
    }
  });
}

// A sweep that sees nothing proves nothing: first show that this checker finds violations inside
// shadow roots, including the WCAG 2.2 target size rule.
describe('the sweep\'s checker', () => {
  it('reports an unnamed button and two 10 px targets side by side inside a shadow root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<button></button><p>
      <button style="width:10px;height:10px;padding:0;border:0" aria-label="a"></button><button style="width:10px;height:10px;padding:0;border:0" aria-label="b"></button></p>`;
    try {
      const axe = (window as unknown as { axe: Axe }).axe;
      const { violations } = await axe.run(host, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
      expect(violations.map((v) => v.id).sort()).to.deep.equal(['button-name', 'target-size']);
    } finally {
      host.remove();
    }
  });
});

// ─── Shared helpers ───────────────────────────────────────────────────────────────────────────

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Puts a widget on the page the way the matrix's `fixtureIn` does, but kept across tests. */
async function place<T extends BankletElement>(tag: string, variant: Variant, setup: (el: T) => void, lightDom = ''): Promise<T> {
  const host = document.createElement('div');
  host.lang = variant.lang;
  // Dark re-points tokens on the host; give the page a dark backdrop like a real host.
  if (variant.scheme === 'dark') host.style.background = '#1c1b1f';
  document.body.append(host);
  const el = document.createElement(tag) as T;
  if (variant.scheme) el.colorScheme = variant.scheme;
  if (variant.senior) el.senior = true;
  el.innerHTML = lightDom;
  setup(el);
  host.append(el);
  await el.updateComplete;
  return el;
}

function replace<C extends { el?: Element }>(context: C): void {
  context.el?.parentElement?.remove();
  context.el = undefined;
}

/** A member id for this variant: fixed per run, fresh in the sandbox's new data directory. */
const freshMember = (purpose: string, variant: Variant) => `m-a11y-${purpose}-${variant.name.toLowerCase()}`;

/** A client that cannot reach the network, as on a train in a tunnel. */
async function offlineClient(memberId: string): Promise<BankletClient> {
  return sandboxClient(memberId, {
    retry: { retries: 0 },
    transport: fetchTransport(await apiUrl(), () => Promise.reject(new TypeError('Failed to fetch'))),
  });
}

// ─── banklet-offer-carousel ───────────────────────────────────────────────────────────────────

interface CarouselContext {
  el?: BankletOfferCarousel;
  variant: Variant;
}

const FALLBACK = '<p slot="fallback">暂时没有优惠 · No offers right now</p>';

async function placeCarousel(c: CarouselContext, client: BankletClient, placement = 'home'): Promise<void> {
  replace(c);
  c.el = await place<BankletOfferCarousel>('banklet-offer-carousel', c.variant, (el) => {
    el.client = client;
    el.placement = placement as BankletOfferCarousel['placement'];
    // Autoplay shows the pause control, which must be first and named.
    el.autoplay = 6_000;
  }, FALLBACK);
}

const fallbackShown = (el: BankletOfferCarousel) => $(el, 'slot[name="fallback"]') !== null;

/**
 * The sandbox seeds offers for every placement, so "nothing for this placement" is the server's
 * real answer with its offers taken out (the widget's own code path, fed by the real API).
 */
async function emptyPlacementClient(memberId: string): Promise<BankletClient> {
  const client = await sandboxClient(memberId);
  const real = offersResource(client.request);
  return Object.assign(client, {
    offers: {
      ...real,
      list: async (...args: Parameters<typeof real.list>) => {
        const result = await real.list(...args);
        return result.data ? { data: { ...result.data, offers: [] } } : result;
      },
    },
  });
}

for (const variant of VARIANTS) {
  const member = freshMember('offers', variant);
  sweep<CarouselContext>('banklet-offer-carousel', variant, async () => ({ variant }), [
    ['loading', async (c) => {
      await injectFault({ route: 'listOffers', latencyMs: 1_500, count: 1 });
      await placeCarousel(c, await sandboxClient(member));
      await until(() => $(c.el!, '[aria-busy="true"]'), 'the loading skeleton');
    }],
    ['offers (with rotation control)', async (c) => {
      await until(() => $(c.el!, '.slide[data-offer]'), 'the offers', 5_000);
    }],
    ['claimed coupon', async (c) => {
      const offer = c.el!.visibleOffers.find((o) => o.cta.kind === 'claim' && !o.claimed);
      expect(offer, 'a claimable offer').to.exist;
      $(c.el!, `.slide[data-offer="${offer!.id}"] banklet-button[part="cta"]`)!.click();
      await until(() => $(c.el!, `.slide[data-offer="${offer!.id}"] .claimed`), 'the claimed coupon');
    }],
    ['another placement (link offers)', async (c) => {
      await placeCarousel(c, await sandboxClient(member), 'checkout');
      await until(() => $(c.el!, '.slide[data-offer]'), 'the checkout offers');
    }],
    ['empty placement (host fallback)', async (c) => {
      await placeCarousel(c, await emptyPlacementClient(member));
      await until(() => c.el!.visibleOffers.length === 0 && fallbackShown(c.el!), 'the fallback');
    }],
    ['error (host fallback)', async (c) => {
      await injectFault({ route: 'listOffers', errorRate: 1, status: 503, count: 1 });
      await placeCarousel(c, await sandboxClient(member, { retry: { retries: 0 } }));
      await until(() => fallbackShown(c.el!) && !$(c.el!, '[aria-busy]'), 'the fallback after the error');
    }],
  ]);
}

// ─── banklet-rewards-wallet ───────────────────────────────────────────────────────────────────

interface WalletContext {
  el?: BankletRewardsWallet;
  variant: Variant;
}

async function placeWallet(c: WalletContext, client: BankletClient, view: BankletRewardsWallet['view']): Promise<void> {
  replace(c);
  c.el = await place<BankletRewardsWallet>('banklet-rewards-wallet', c.variant, (el) => {
    el.client = client;
    el.view = view;
  });
}

/** Waits until the wallet shows this member's own balance (a previous member's cache may paint first). */
async function balanceShown(c: WalletContext, client: BankletClient): Promise<void> {
  const balance = (await client.rewards.account()).data!.balance;
  await until(() => text($(c.el!, '[part="balance"] .balance-value')) === balance.toLocaleString('en'), `the balance ${balance}`);
}

async function showView(c: WalletContext, view: BankletRewardsWallet['view'], ready: string): Promise<void> {
  c.el!.view = view;
  await until(() => $(c.el!, ready), `the ${view} view`);
}

const sheetOpen = (el: BankletRewardsWallet) => ($(el, 'banklet-sheet') as (HTMLElement & { open: boolean }) | null)?.open === true;

async function closeSheet(c: WalletContext): Promise<void> {
  press($(c.el!, 'banklet-sheet [slot="footer"] banklet-button[autofocus]'));
  await until(() => !sheetOpen(c.el!), 'the sheet to close');
}

for (const variant of VARIANTS) {
  const member = freshMember('wallet', variant);
  sweep<WalletContext>('banklet-rewards-wallet', variant, async () => ({ variant }), [
    ['summary (m-mid)', async (c) => {
      const client = await sandboxClient('m-mid');
      await placeWallet(c, client, 'summary');
      await balanceShown(c, client);
      await until(() => $(c.el!, '[part="tier-progress"]'), 'the tier progress');
    }],
    ['ledger', async (c) => {
      await showView(c, 'ledger', '[part="ledger-entry"]');
      await until(() => text($(c.el!, '.month-totals')), 'the month totals');
    }],
    ['ledger filtered by type and month', async (c) => {
      const select = (index: number) => $$<HTMLSelectElement>(c.el!, '[part="ledger-filters"] select')[index]!;
      select(0).value = 'earn';
      select(0).dispatchEvent(new Event('change'));
      const earn = select(0).selectedOptions[0]!.textContent!.trim();
      // One filter at a time: each change handler holds the filter it was rendered with.
      await c.el!.updateComplete;
      // Last month: a whole month of the seeded history.
      select(1).value = select(1).options[2]!.value;
      select(1).dispatchEvent(new Event('change'));
      await c.el!.updateComplete;
      expect([select(0).value, select(1).selectedIndex]).to.deep.equal(['earn', 2]);
      await until(() => {
        const types = $$(c.el!, '.entry-type').map(text);
        return $(c.el!, '[part="ledger"][aria-busy="false"]') && (types.length > 0 ? types.every((t) => t === earn) : $(c.el!, '.list-end'));
      }, 'the filtered history');
      await new Promise((resolve) => setTimeout(resolve, 300));
    }],
    ['catalogue', async (c) => {
      await showView(c, 'catalogue', '[part="catalogue-item"]');
    }],
    ['catalogue with insufficient points (new member, 1,000 points)', async (c) => {
      const client = await sandboxClient(member);
      await placeWallet(c, client, 'catalogue');
      await balanceShown(c, client);
      await until(() => $(c.el!, '[data-item="c-coffee"] [part="redeem-reason"]'), 'the "short by" reason');
    }],
    ['redeem confirm sheet', async (c) => {
      $(c.el!, '[data-item="c-takeout"] [part="redeem-button"]')!.click();
      await until(() => sheetOpen(c.el!), 'the confirm sheet');
    }],
    ['redeem failed', async (c) => {
      await injectFault({ route: 'createRedemption', errorRate: 1, status: 422, count: 1 });
      $(c.el!, '[part="confirm-button"]')!.click();
      await until(() => $(c.el!, '.sheet-lead.error'), 'the failure');
    }],
    ['redeem succeeded', async (c) => {
      await closeSheet(c);
      $(c.el!, '[data-item="c-takeout"] [part="redeem-button"]')!.click();
      await until(() => sheetOpen(c.el!) && $(c.el!, '[part="confirm-button"]'), 'the confirm sheet again');
      $(c.el!, '[part="confirm-button"]')!.click();
      await until(() => $(c.el!, '.sheet-lead.success'), 'the redemption');
    }],
    ['engagement (check-in open, task claimable)', async (c) => {
      await closeSheet(c);
      await showView(c, 'engagement', '[data-task="task-first-redemption"] [part="claim-button"]:not([disabled])');
      await until(() => $(c.el!, '[part="check-in-button"]:not([disabled])'), 'the check-in button');
    }],
    ['checked in today', async (c) => {
      $(c.el!, '[part="check-in-button"]')!.click();
      await until(() => $(c.el!, '[part="check-in-button"][disabled]'), 'the check-in');
    }],
    ['task reward claimed', async (c) => {
      $(c.el!, '[data-task="task-first-redemption"] [part="claim-button"]')!.click();
      await until(() => $(c.el!, '[data-task="task-first-redemption"] .claimed'), 'the claimed task');
    }],
    ['offline, showing the cached copy', async (c) => {
      await flushWalletCache();
      await placeWallet(c, await offlineClient(member), 'summary');
      await until(() => $(c.el!, '[part="offline-notice"]') && $(c.el!, '[part="balance"]'), 'the offline notice');
    }],
    ['load error', async (c) => {
      await BankletRewardsWallet.clearCache();
      await injectFault({ route: 'getRewardsAccount', errorRate: 1, status: 503, count: 1 });
      await placeWallet(c, await sandboxClient(member, { retry: { retries: 0 } }), 'summary');
      await until(() => $(c.el!, '.load-error banklet-button'), 'the load error');
    }],
  ]);
}

// ─── banklet-payment-sheet ────────────────────────────────────────────────────────────────────

/** An intent whose merchant and item read in both languages of the sweep. */
const demoIntent = (memberId: string, amount: number) => sandboxIntent(memberId, amount, { merchantName: '测试商户 Test shop', item: '测试商品 Test item' });

interface SheetContext {
  el?: BankletPaymentSheet;
  variant: Variant;
}

/** Opens a sheet for `intent`; does not wait for it to load (the loading state is one of ours). */
async function openSheet(c: SheetContext, client: BankletClient, intent: string): Promise<void> {
  replace(c);
  c.el = await place<BankletPaymentSheet>('banklet-payment-sheet', c.variant, (el) => {
    el.client = client;
    el.intent = intent;
    el.rating = true;
  });
  void c.el.show();
}

const methodsShown = (el: BankletPaymentSheet) => $$<HTMLInputElement>(el, 'input[name="method"]');
const sheetText = (el: BankletPaymentSheet) => text(el.shadowRoot!.querySelector('banklet-sheet'));

async function chooseMethod(c: SheetContext, index: number): Promise<void> {
  const radios = await until(() => methodsShown(c.el!).length > index && methodsShown(c.el!), 'the methods');
  radios[index]!.click();
  await c.el!.updateComplete;
}

async function payNow(c: SheetContext): Promise<void> {
  await until(() => $(c.el!, 'banklet-button[slot="footer"]'), 'the pay button');
  $(c.el!, 'banklet-button[slot="footer"]')!.click();
}

/** The index of the first usable credit card among the method radios (cards come first). */
async function creditCardIndex(client: BankletClient, intent: string): Promise<number> {
  const methods = (await paymentsResource(client.request).methods(intent)).data!;
  return methods.cards.findIndex((card) => card.kind === 'credit' && card.available);
}

async function pressPinKeys(el: BankletPaymentSheet, pin: string): Promise<void> {
  const pad = await until(() => $<BankletPinPad>(el, 'banklet-pin-pad'), 'the PIN pad');
  await pad.updateComplete;
  for (const digit of pin) [...pad.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="key"]')].find((k) => k.textContent === digit)!.click();
}

async function submitOtp(c: SheetContext, code: string): Promise<void> {
  const field = await until(() => $<BankletField>(c.el!, 'banklet-field'), 'the SMS code field');
  field.value = code;
  await field.updateComplete;
  $<HTMLFormElement>(c.el!, 'form')!.requestSubmit();
}

for (const variant of VARIANTS) {
  const member = freshMember('pay', variant);
  const steps: Step<SheetContext>[] = [
    ['loading', async (c) => {
      await injectFault({ route: 'getPaymentIntent', latencyMs: 1_500, count: 1 });
      await openSheet(c, await sandboxClient('m-high'), await demoIntent('m-high', 1_288_00));
      await until(() => $(c.el!, 'banklet-skeleton') && ($(c.el!, 'banklet-sheet') as HTMLElement & { open: boolean }).open, 'the skeleton');
    }],
    ['method list (cards, balance, points)', async (c) => {
      await until(() => methodsShown(c.el!).length > 0, 'the methods', 5_000);
    }],
  ];
  if (!variant.senior) {
    steps.push(
      ['points + cash stepper', async (c) => {
        await chooseMethod(c, await creditCardIndex(await sandboxClient('m-high'), c.el!.intent));
        $<HTMLInputElement>(c.el!, 'input[type="checkbox"]')!.click();
        await until(() => $(c.el!, '.stepper input[type="range"]'), 'the points stepper');
      }],
      ['instalment plans', async (c) => {
        const plans = await until(() => $$<HTMLInputElement>(c.el!, 'input[name="plan"]').length > 1 && $$<HTMLInputElement>(c.el!, 'input[name="plan"]'), 'the plans');
        plans[1]!.click();
        await until(() => $$<HTMLInputElement>(c.el!, 'input[name="plan"]')[1]!.checked, 'a plan chosen');
      }],
    );
  } else {
    // Senior mode asks one decision per screen: the method only, no points or plans (by design).
    notApplicable.push(`banklet-payment-sheet [senior]: points + cash stepper, instalment plans (not offered in senior mode)`);
  }
  steps.push(
    ['cancelled (closed before paying, reopened)', async (c) => {
      const closed = new Promise((resolve) => c.el!.addEventListener('banklet-close', resolve, { once: true }));
      expect(c.el!.close()).to.equal(true);
      await closed;
      void c.el!.show();
      await until(() => c.el!.open && $(c.el!, '.outcome-icon.failed'), 'the cancelled outcome');
    }],
    ['load error', async (c) => {
      await openSheet(c, await sandboxClient(member, { retry: { retries: 0 } }), 'pi_does_not_exist');
      await until(() => $(c.el!, '.center banklet-button[variant="secondary"]'), 'the load error');
    }],
    ['PIN step-up (over the password-free limit)', async (c) => {
      const client = await sandboxClient(member);
      const intent = await demoIntent(member, 300_00);
      const { cards } = (await paymentsResource(client.request).methods(intent)).data!;
      await openSheet(c, client, intent);
      await chooseMethod(c, cards.length); // the balance comes after the cards
      await payNow(c);
      await until(() => $(c.el!, 'banklet-pin-pad'), 'the PIN pad');
    }],
    ['PIN step-up, wrong PIN', async (c) => {
      await pressPinKeys(c.el!, '000000');
      await until(() => $<BankletPinPad>(c.el!, 'banklet-pin-pad')?.error, 'the wrong-PIN message');
    }],
    ['SMS code step-up', async (c) => {
      $(c.el!, 'button.link')!.click();
      await until(() => $(c.el!, 'form banklet-field'), 'the SMS code form');
    }],
    ['SMS code step-up, wrong code', async (c) => {
      await submitOtp(c, '111111');
      await until(() => $<BankletField>(c.el!, 'banklet-field')?.error, 'the wrong-code message');
    }],
    ['paying (request in flight)', async (c) => {
      await injectFault({ route: 'confirmPaymentIntent', latencyMs: 1_500, count: 1 });
      await submitOtp(c, SANDBOX_OTP);
      await until(() => $(c.el!, '.center[aria-busy="true"]'), 'the paying screen');
    }],
    ['succeeded receipt (with rating)', async (c) => {
      await until(() => $(c.el!, 'dl.receipt'), 'the receipt', 5_000);
    }],
    ['failed (card declined)', async (c) => {
      // The sandbox declines card payments whose amount ends in 99.
      await openSheet(c, await sandboxClient(member), await demoIntent(member, 99));
      await chooseMethod(c, 0);
      await payNow(c);
      await until(() => $(c.el!, '.outcome-icon.failed') && /\S/.test(sheetText(c.el!)), 'the failure');
    }],
    ['processing (bank still working)', async (c) => {
      // Card payments whose amount ends in 77 stay processing for 3 s.
      await openSheet(c, await sandboxClient(member), await demoIntent(member, 77));
      await chooseMethod(c, 0);
      await payNow(c);
      await until(() => $(c.el!, '.outcome-icon.pending'), 'the processing outcome');
    }],
  );
  sweep<SheetContext>('banklet-payment-sheet', variant, async () => ({ variant }), steps);
}

// ─── banklet-card-application ─────────────────────────────────────────────────────────────────

interface ApplicationContext {
  el?: BankletCardApplication;
  variant: Variant;
  client: BankletClient;
  answers: Answers;
  publicKey: string;
}

/** A valid ID number whose 17th digit is `decision` (9 declined, 8 referred, 7 pending, else approved). */
function idNumberFor(sequence: number, decision: number): string {
  const first17 = `11010519900307${String(sequence % 100).padStart(2, '0')}${decision}`;
  return `${first17}${checkCharacter(first17)}`;
}

/** A mobile number of this run's own (the sandbox throttles SMS per number). */
const mobileFor = (sequence: number) => `1370000${String(sequence).padStart(4, '0')}`;

async function placeApplication(c: ApplicationContext, attrs: Record<string, string> = {}, client = c.client): Promise<void> {
  replace(c);
  c.el = await place<BankletCardApplication>('banklet-card-application', c.variant, (el) => {
    el.client = client;
    el.draftId = `a11y-sweep-${c.variant.name}`;
    el.setAttribute('pin-key-id', 'sandbox-pin-key-1');
    el.setAttribute('pin-public-key', c.publicKey);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  });
}

/** Submits an application straight to the API (SMS verified, every consent) and returns its id. */
async function submitDirectly(client: BankletClient, sequence: number, decision: number): Promise<string> {
  const mobile = mobileFor(sequence);
  const challenge = (await client.otp.send({ mobile, purpose: 'card_application' })).data!;
  const verification = (await client.otp.verify(challenge.challengeId, { code: SANDBOX_OTP })).data!;
  const productId = (await client.cards.products()).data!.items[0]!.id;
  const terms = (await client.cards.terms(productId)).data!.items;
  const body: CardApplicationRequest = {
    productId,
    applicant: { name: '李四', idNumber: idNumberFor(sequence, decision), mobile, email: 'li.si@example.com' },
    employment: { employer: '某某科技有限公司', occupation: '工程师', incomeBand: '10k_20k' },
    address: { province: '北京市', city: '北京市', line1: '建国路 88 号' },
    consents: terms.map((doc) => ({ documentId: doc.id, version: doc.version })),
    otpVerificationId: verification.verificationId,
    attribution: { channel: 'other' },
  };
  const result = await client.applications.submit(body);
  if (result.error) throw new Error(`submit: ${result.error.code} ${result.error.message}`);
  return result.data.id;
}

const decisionShown = (c: ApplicationContext, status: string) =>
  until(() => c.el!.currentStep === 'decision' && $(c.el!, `[part="decision"] .outcome-icon.${status}`), `the ${status} decision`);

VARIANTS.forEach((variant, v) => {
  const member = freshMember('card', variant);
  // Senior mode shows one card at a time, without the comparison (by design).
  const compare: Step<ApplicationContext>[] = variant.senior ? [] : [['step 1: three cards compared in a table', async (c) => {
    for (const box of $$<HTMLInputElement>(c.el!, '.compare input[type="checkbox"]').slice(0, 3)) box.click();
    await until(() => $(c.el!, '[part="compare"] table'), 'the comparison table');
  }]];
  if (variant.senior) notApplicable.push('banklet-card-application [senior]: three cards compared in a table (not offered in senior mode)');
  sweep<ApplicationContext>('banklet-card-application', variant, async () => ({
    variant,
    client: await sandboxClient(member),
    publicKey: await pinKey(),
    answers: answers({ idNumber: idNumberFor(v * 10, 3), mobile: mobileFor(v * 10) }),
  }), [
    ['loading', async (c) => {
      await injectFault({ route: 'listCardProducts', latencyMs: 1_500, count: 1 });
      await placeApplication(c);
      await until(() => $(c.el!, '[aria-busy="true"]'), 'the loading skeleton');
    }],
    ['step 1: choose a card', async (c) => {
      await until(() => c.el!.currentStep === 'product' && $(c.el!, '#step-heading'), 'the product step', 5_000);
    }],
    ...compare,
    ['step 2: identity', async (c) => {
      await answerUntil(c.el!, c.answers, 'identity');
    }],
    ['field errors shown (continue with empty answers)', async (c) => {
      press($(c.el!, '[part="continue-button"]'));
      await until(() => $(c.el!, '[part="error-summary"]'), 'the error summary');
    }],
    ['SMS code sent', async (c) => {
      // Answer the identity screens up to the one with the mobile number, then ask for a code.
      for (let guard = 0; guard < 5 && !$(c.el!, '#send-code'); guard += 1) {
        await answerScreen(c.el!, c.answers);
        await until(() => !$(c.el!, '[part="continue-button"][loading]'), 'the next screen');
      }
      const mobile = await until(() => $<BankletField>(c.el!, 'banklet-field#mobile'), 'the mobile field');
      mobile.value = c.answers.mobile;
      mobile.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      for (const id of ['name', 'idNumber', 'email'] as const) {
        const field = $<BankletField>(c.el!, `banklet-field#${id}`);
        if (field && !field.value) {
          field.value = c.answers[id];
          field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        }
      }
      await c.el!.updateComplete;
      press($(c.el!, '#send-code'));
      const otp = await until(() => $<BankletField>(c.el!, 'banklet-field#otp'), 'the SMS code field');
      otp.value = SANDBOX_OTP;
      otp.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }],
    ['step 3: employment', async (c) => {
      await answerUntil(c.el!, c.answers, 'employment');
    }],
    ['step 4: address', async (c) => {
      await answerUntil(c.el!, c.answers, 'address');
    }],
    ['step 5: consents', async (c) => {
      await answerUntil(c.el!, c.answers, 'consent');
      await until(() => $(c.el!, 'input[type="checkbox"][id^="consent-"]'), 'the documents');
    }],
    ['step 6: review', async (c) => {
      await answerUntil(c.el!, c.answers, 'review');
    }],
    ['decision: approved', async (c) => {
      press($(c.el!, '[part="continue-button"]'));
      await decisionShown(c, 'approved');
    }],
    ['activation: set the PIN', async (c) => {
      press($(c.el!, '[part="decision"] banklet-button'));
      await until(() => $(c.el!, 'banklet-pin-pad'), 'the PIN pad');
    }],
    ['activation: repeat the PIN', async (c) => {
      await enterPin(c.el!, '481516');
      await until(() => $(c.el!, 'banklet-pin-pad') && text($(c.el!, '#step-heading')) !== '', 'the second PIN entry');
    }],
    ['activated virtual card', async (c) => {
      await enterPin(c.el!, '481516');
      await until(() => $(c.el!, '[part="virtual-card"]'), 'the virtual card');
    }],
    ...([['pending', 7], ['declined', 9], ['referred', 8]] as const).map(([status, digit], i): Step<ApplicationContext> => [
      `decision: ${status}`,
      async (c) => {
        const id = await submitDirectly(c.client, v * 10 + i + 1, digit);
        // A pending decision is made after 3 s: show it at once.
        await placeApplication(c, { 'application-id': id });
        await decisionShown(c, status);
      },
    ]),
    ['load error', async (c) => {
      await injectFault({ route: 'listCardProducts', errorRate: 1, status: 503, count: 1 });
      await placeApplication(c, {}, await sandboxClient(member, { retry: { retries: 0 } }));
      await until(() => $(c.el!, '[part="alert"]'), 'the load error');
    }],
  ]);
});

// ─── The report ───────────────────────────────────────────────────────────────────────────────

after(() => {
  const widgets = [...new Set(checked.map((c) => c.widget))];
  const lines = widgets.map((widget) => {
    const mine = checked.filter((c) => c.widget === widget);
    return `  ${widget}: ${new Set(mine.map((c) => c.state)).size} states, ${mine.length} (state, variant) combinations`;
  });
  console.log(
    [
      `a11y sweep: ${checked.length} (widget, state, variant) combinations checked with axe (${WCAG_TAGS.join(', ')}) in ${VARIANTS.map((v) => v.name).join(', ')}; ${failed.length} failed`,
      ...lines,
      ...notApplicable.map((n) => `  n/a: ${n}`),
      `  undecided by axe (not failures; each place listed below and checked by eye in the screenshots): ${[...undecided].map(([id, n]) => `${id} ×${n}`).join(', ') || 'none'}`,
      ...[...undecidedWhere].sort().map((w) => `    undecided ${w}`),
      ...failed.map((f) => `  FAILED: ${f}`),
    ].join('\n'),
  );
});
