import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { spy } from 'sinon';
import { bankletError, createClient, type BankletClient, type Result } from '@banklet/sdk';
import './define.js';
import type { BankletPaymentSheet } from './payment-sheet.js';
import type { ConfirmPaymentRequest, Payment, PaymentHost, PaymentIntent, PaymentMethods } from './types.js';
import { fixtureIn, VARIANTS } from '../internal/testing/matrix.js';
import { itDoesNotLeak } from '../internal/testing/memory.js';

const CNY = (amount: number) => ({ amount, currency: 'CNY' });
const PIN = '246810';

interface FakeServer {
  client: BankletClient;
  charges: Payment[];
  confirms: ConfirmPaymentRequest[];
  intent: PaymentIntent;
  /** Makes the next confirm commit and then lose its response (a dropped connection). */
  dropNextResponse: boolean;
  nextStatus: Payment['status'];
}

/** An in-memory stand-in for the payments API with the contract's rules (the widget is under test). */
function fakeServer(amount: number, overrides: Partial<PaymentMethods> = {}): FakeServer {
  const server: FakeServer = {
    client: undefined!, charges: [], confirms: [], dropNextResponse: false, nextStatus: 'succeeded',
    intent: { id: 'pi_1', merchant: { id: 'm1', name: '星巴克' }, amount: CNY(amount), lines: [{ description: '拿铁', quantity: 2, amount: CNY(amount) }], status: 'requires_confirmation', createdAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 3600_000).toISOString(), latestPaymentId: null },
  };
  const methods: PaymentMethods = {
    intentId: 'pi_1',
    cards: [
      { id: 'card-debit', network: 'unionpay', kind: 'debit', last4: '1234', maskedNumber: '•••• 1234', available: true, unavailableReason: null },
      { id: 'card-credit', network: 'unionpay', kind: 'credit', last4: '8888', maskedNumber: '•••• 8888', available: true, unavailableReason: null },
    ],
    balance: { available: CNY(500_00), sufficient: amount <= 500_00 },
    points: { balance: 20_000, rate: { points: 100, value: CNY(100) }, coversFullAmount: amount <= 20_000, pointsForFullAmount: amount },
    pointsCash: { allowed: true, minPoints: 100, maxPoints: 1_000_000, stepPoints: 100, maxSharePercent: 50 },
    instalments: { available: amount >= 100_00, minAmount: CNY(100_00), plans: [3, 6, 12].map((periods) => ({ periods: periods as 3, perPeriod: CNY(0), firstPeriod: CNY(0), fee: CNY(0), total: CNY(0), feeRatePercentTimes100: periods === 3 ? 0 : 360 })) },
    passwordFreeLimit: CNY(200_00),
    lastUsed: { kind: 'card', cardId: 'card-credit' },
    ...overrides,
  };
  const paid = () => server.charges.find((c) => c.status !== 'failed');
  const api = {
    intent: async (): Promise<Result<PaymentIntent>> => ({ data: { ...server.intent } }),
    methods: async (): Promise<Result<PaymentMethods>> => ({ data: methods }),
    challenge: async () => ({ data: { challengeId: `ch-${server.confirms.length}`, methods: ['pin', 'biometric', 'otp'] as ('pin' | 'biometric' | 'otp')[], nonce: 'nonce-1', expiresAt: new Date(Date.now() + 300_000).toISOString() } }),
    confirm: async (_id: string, body: ConfirmPaymentRequest): Promise<Result<Payment>> => {
      server.confirms.push(body);
      await new Promise((r) => setTimeout(r, 10));
      if (paid()) return { error: bankletError('validation', 'INTENT_NOT_PAYABLE', 'already paid', { status: 409 }) };
      const needs = amount > methods.passwordFreeLimit.amount || body.instalmentPlan != null;
      if (needs && !body.stepUp) return { error: bankletError('auth', 'STEP_UP_REQUIRED', 'step-up', { status: 403 }) };
      if (body.stepUp?.kind === 'pin' && body.stepUp.pin !== PIN) {
        return { error: { ...bankletError('auth', 'STEP_UP_FAILED', 'wrong', { status: 403 }), fields: [{ field: 'stepUp.pin', code: 'STEP_UP_FAILED', params: { attemptsRemaining: 2 } }] } };
      }
      if (body.stepUp?.kind === 'biometric' && body.stepUp.assertion !== 'signed:nonce-1') return { error: bankletError('auth', 'STEP_UP_FAILED', 'bad assertion', { status: 403 }) };
      const payment: Payment = {
        id: `pay_${server.charges.length + 1}`, intentId: 'pi_1', status: server.nextStatus, amount: CNY(amount), cashAmount: CNY(amount - (body.pointsToUse ?? 0)), pointsUsed: body.pointsToUse ?? 0,
        method: body.method, instalmentPlan: null, reference: 'BKP20261123001', pointsEarned: 12, failureCode: server.nextStatus === 'failed' ? 'CARD_DECLINED' : null, createdAt: new Date().toISOString(),
      };
      server.charges.push(payment);
      server.intent = { ...server.intent, status: payment.status === 'failed' ? 'requires_confirmation' : payment.status, latestPaymentId: payment.id };
      if (server.dropNextResponse) {
        server.dropNextResponse = false;
        return { error: bankletError('network', 'NETWORK', 'offline') };
      }
      return { data: payment };
    },
    get: async (id: string): Promise<Result<Payment>> => {
      const payment = server.charges.find((c) => c.id === id)!;
      return { data: payment };
    },
    rate: async () => ({ data: {} }),
  };
  server.client = Object.assign(createClient({ baseUrl: 'https://bank.example/v1', fetchToken: async () => 't', analytics: false }), { payments: api }) as BankletClient;
  return server;
}

async function openSheet(server: FakeServer, extra: Partial<BankletPaymentSheet> = {}): Promise<BankletPaymentSheet> {
  const el = await fixture<BankletPaymentSheet>(html`<banklet-payment-sheet intent="pi_1" .client=${server.client}></banklet-payment-sheet>`);
  Object.assign(el, extra);
  const ready = oneEvent(el, 'banklet-ready');
  await el.show();
  await ready;
  await el.updateComplete;
  return el;
}

const inner = (el: BankletPaymentSheet) => el.shadowRoot!;
const payButton = (el: BankletPaymentSheet) => inner(el).querySelector<HTMLElement>('banklet-button[slot="footer"]')!;
const settle = async (el: BankletPaymentSheet) => {
  for (let i = 0; i < 5; i += 1) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
};
const pinPad = (el: BankletPaymentSheet) => inner(el).querySelector('banklet-pin-pad')!;
async function typePin(el: BankletPaymentSheet, pin: string) {
  const pad = pinPad(el);
  await pad.updateComplete;
  for (const digit of pin) [...pad.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="key"]')].find((k) => k.textContent === digit)!.click();
  await settle(el);
}

describe('banklet-payment-sheet', () => {
  for (const variant of VARIANTS) {
    it(`has no axe violations while choosing and on the receipt (${variant.name})`, async () => {
      const server = fakeServer(36_00);
      const el = await fixtureIn<BankletPaymentSheet>(html`<banklet-payment-sheet intent="pi_1" rating .client=${server.client}></banklet-payment-sheet>`, variant);
      const ready = oneEvent(el, 'banklet-ready');
      await el.show();
      await ready;
      await settle(el);
      await expect(el).to.be.accessible();
      payButton(el).click();
      await settle(el);
      expect(inner(el).textContent).to.match(/付款成功|Payment successful/);
      await expect(el).to.be.accessible();
    });
  }

  it('says in words why a bound card cannot pay, never the API code', async () => {
    const card = (id: string, unavailableReason: string) => ({ id, network: 'unionpay' as const, kind: 'debit' as const, last4: id.slice(-4), maskedNumber: `•••• ${id.slice(-4)}`, available: false, unavailableReason });
    const server = fakeServer(36_00, { cards: [card('card-0001', 'CARD_EXPIRED'), card('card-0002', 'CARD_BLOCKED'), card('card-0003', 'ISSUER_MAINTENANCE')], lastUsed: { kind: 'balance' } });
    const el = await openSheet(server);
    const hints = () => [...inner(el).querySelectorAll('.hint')].map((h) => h.textContent);
    expect(hints().slice(0, 3)).to.deep.equal(['卡片已过期', '卡片已冻结', '此卡暂不可用']);
    el.lang = 'en';
    await settle(el);
    expect(hints().slice(0, 3)).to.deep.equal(['Card expired', 'Card blocked', 'This card cannot be used now']);
    expect(inner(el).textContent).not.to.match(/CARD_|ISSUER_/);
  });

  it('takes an SMS code typed in full-width digits or with a space, sent with Enter', async () => {
    const server = fakeServer(888_00);
    const el = await openSheet(server);
    payButton(el).click();
    await settle(el);
    [...inner(el).querySelectorAll<HTMLButtonElement>('button.link')].find((b) => /短信|SMS/.test(b.textContent ?? ''))!.click();
    await settle(el);
    const field = inner(el).querySelector('banklet-field')!;
    await field.updateComplete;
    const input = field.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: '２４６ ８１０' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(server.confirms.at(-1)?.stepUp).to.deep.include({ kind: 'otp', otpCode: '246810' });
    expect(inner(el).textContent).to.match(/付款成功|Payment successful/);
  });

  // Every other state a card holder can see: step-up, processing, failed, unknown.
  const states: [string, (server: FakeServer) => void, number, RegExp][] = [
    ['PIN step-up', () => {}, 888_00, /支付密码|payment PIN/],
    ['processing', (server) => (server.nextStatus = 'processing'), 36_00, /银行正在处理|processing/],
    ['failed', (server) => (server.nextStatus = 'failed'), 36_00, /付款未成功|not completed/],
    ['unknown', (server) => {
      server.dropNextResponse = true;
      server.intent.status = 'requires_confirmation';
    }, 36_00, /正在确认付款结果|Checking the result/],
  ];
  for (const [state, arrange, amount, shows] of states) {
    for (const variant of VARIANTS) {
      it(`has no axe violations in the ${state} state (${variant.name})`, async () => {
        const server = fakeServer(amount);
        arrange(server);
        const el = await fixtureIn<BankletPaymentSheet>(html`<banklet-payment-sheet intent="pi_1" .client=${server.client}></banklet-payment-sheet>`, variant);
        if (state === 'unknown') {
          // Keep the outcome unknown: the intent read fails as if still offline.
          const payments = (server.client as unknown as { payments: Record<string, unknown> }).payments;
          const intent = payments.intent as () => Promise<unknown>;
          let calls = 0;
          payments.intent = async () => (calls++ === 0 ? intent() : { error: bankletError('network', 'NETWORK', 'offline') });
        }
        const ready = oneEvent(el, 'banklet-ready');
        await el.show();
        await ready;
        payButton(el).click();
        await settle(el);
        expect(inner(el).textContent).to.match(shows);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('shows merchant, amount and order lines, and preselects the last used method', async () => {
    const el = await openSheet(fakeServer(36_00));
    const text = inner(el).textContent!;
    expect(text).to.contain('付款给 星巴克');
    expect(text).to.contain('¥36.00');
    const checked = inner(el).querySelector<HTMLInputElement>('input[name="method"]:checked')!;
    expect(checked.closest('label')!.textContent).to.contain('8888');
    expect(text).to.contain('小额免密');
  });

  it('pays a small amount in one tap, with one charge and one result event', async () => {
    const server = fakeServer(36_00);
    const el = await openSheet(server);
    const onResult = spy();
    el.addEventListener('banklet-payment-result', onResult);
    payButton(el).click();
    payButton(el).click();
    await settle(el);
    expect(server.charges.length).to.equal(1);
    expect(onResult.callCount).to.equal(1);
    expect(onResult.firstCall.args[0].detail).to.deep.include({ status: 'succeeded', paymentId: 'pay_1', intentId: 'pi_1' });
    expect(inner(el).textContent).to.contain('BKP20261123001');
  });

  it('asks for the PIN above the password-free limit, shows a wrong PIN, then pays', async () => {
    const server = fakeServer(888_00);
    const el = await openSheet(server);
    payButton(el).click();
    await settle(el);
    expect(pinPad(el)).to.exist;
    await typePin(el, '111111');
    expect(pinPad(el).error).to.equal('密码错误，还可以再试 2 次');
    expect(server.charges.length).to.equal(0);
    await typePin(el, PIN);
    expect(server.charges.length).to.equal(1);
    expect(server.confirms.at(-1)!.stepUp).to.deep.include({ kind: 'pin', pin: PIN });
    expect(inner(el).textContent).to.contain('付款成功');
  });

  it('uses the host biometric when the host has it, sending the host assertion to the server', async () => {
    const server = fakeServer(888_00);
    const host: PaymentHost = { has: (m) => m === 'biometric.verify', call: async (_m: string, p: unknown) => ({ assertion: `signed:${(p as { nonce: string }).nonce}` }) };
    const el = await openSheet(server, { host });
    payButton(el).click();
    await settle(el);
    const verify = [...inner(el).querySelectorAll('banklet-button')].find((b) => b.textContent!.includes('指纹'))!;
    verify.click();
    await settle(el);
    expect(server.confirms.at(-1)!.stepUp).to.deep.include({ kind: 'biometric', assertion: 'signed:nonce-1' });
    expect(server.charges.length).to.equal(1);
  });

  it('combines points and cash exactly, and emits the method change', async () => {
    const el = await openSheet(fakeServer(36_00));
    const onChange = spy();
    el.addEventListener('banklet-payment-method-change', onChange);
    const usePoints = [...inner(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')][0]!;
    usePoints.click();
    await el.updateComplete;
    // 50% cap: 1,800 points = ¥18.00 off ¥36.00.
    expect(onChange.lastCall.args[0].detail).to.include({ pointsToUse: 1800 });
    expect(inner(el).querySelector('.total')!.textContent).to.contain('¥18.00');
    expect(el.cashAmount).to.equal(18_00);
  });

  it('offers instalments on the credit card only, and an instalment plan needs a step-up', async () => {
    const server = fakeServer(150_00);
    const el = await openSheet(server);
    const plans = () => [...inner(el).querySelectorAll<HTMLInputElement>('input[name="plan"]')];
    expect(plans().length).to.equal(4);
    expect(inner(el).textContent).to.contain('免息');
    plans()[1]!.click();
    await el.updateComplete;
    payButton(el).click();
    await settle(el);
    expect(pinPad(el)).to.exist;
    inner(el).querySelector<HTMLInputElement>('input[name="method"]') ; // still on the verify step
    const debit = fakeServer(150_00, { lastUsed: { kind: 'card', cardId: 'card-debit' } });
    const el2 = await openSheet(debit);
    expect(inner(el2).querySelectorAll('input[name="plan"]').length).to.equal(0);
  });

  it('settles a lost response by asking the server: one charge, shown as succeeded', async () => {
    const server = fakeServer(36_00);
    server.dropNextResponse = true;
    const el = await openSheet(server);
    const results: string[] = [];
    el.addEventListener('banklet-payment-result', (e) => results.push(e.detail.status));
    payButton(el).click();
    await settle(el);
    expect(server.charges.length).to.equal(1);
    expect(results).to.deep.equal(['unknown', 'succeeded']);
    expect(inner(el).textContent).to.contain('付款成功');
    // Reopening the paid intent shows the result and never pays again.
    el.close();
    await el.updateComplete;
    const again = await openSheet(server);
    await settle(again);
    expect(inner(again).textContent).to.contain('付款成功');
    expect(server.charges.length).to.equal(1);
  });

  it('polls a processing payment until it settles, even after the sheet is closed', async () => {
    const server = fakeServer(36_00);
    server.nextStatus = 'processing';
    const el = await openSheet(server);
    const results: string[] = [];
    el.addEventListener('banklet-payment-result', (e) => results.push(e.detail.status));
    payButton(el).click();
    await settle(el);
    expect(inner(el).textContent).to.contain('银行正在处理');
    el.close();
    server.charges[0]!.status = 'succeeded';
    await new Promise((r) => setTimeout(r, 1200));
    expect(results).to.deep.equal(['processing', 'succeeded']);
  });

  it('explains a declined card and lets the person try again', async () => {
    const server = fakeServer(36_00);
    server.nextStatus = 'failed';
    const el = await openSheet(server);
    payButton(el).click();
    await settle(el);
    expect(inner(el).textContent).to.contain('银行卡被拒绝');
  });

  it('cannot be closed while paying; closing before paying reports cancelled', async () => {
    const server = fakeServer(36_00);
    const el = await openSheet(server);
    const results: string[] = [];
    el.addEventListener('banklet-payment-result', (e) => results.push(e.detail.status));
    const sheet = inner(el).querySelector('banklet-sheet')!;
    payButton(el).click();
    await el.updateComplete;
    expect(el.busy).to.equal(true);
    expect(sheet.requestClose('escape')).to.equal(false);
    await settle(el);

    const other = await openSheet(fakeServer(36_00));
    const cancelled = oneEvent(other, 'banklet-payment-result');
    const closed = oneEvent(other, 'banklet-close');
    other.shadowRoot!.querySelector('banklet-sheet')!.focus();
    await sendKeys({ press: 'Escape' });
    expect((await cancelled).detail.status).to.equal('cancelled');
    await closed;
    expect(other.open).to.equal(false);
  });

  it('asks one thing at a time in senior mode: no points or instalment choices', async () => {
    const server = fakeServer(150_00);
    const el = await fixture<BankletPaymentSheet>(html`<banklet-payment-sheet senior intent="pi_1" .client=${server.client}></banklet-payment-sheet>`);
    const ready = oneEvent(el, 'banklet-ready');
    await el.show();
    await ready;
    await el.updateComplete;
    expect(inner(el).querySelectorAll('input[name="method"]').length).to.be.greaterThan(0);
    expect(inner(el).querySelectorAll('input[name="plan"], input[type="checkbox"]').length).to.equal(0);
  });

  const shared = fakeServer(36_00);
  itDoesNotLeak(() => html`<banklet-payment-sheet intent="pi_1" open .client=${shared.client}></banklet-payment-sheet>`);
});
