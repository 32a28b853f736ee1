import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createClient, paymentsResource } from '@banklet/sdk';
import './define.js';
import type { BankletPaymentSheet } from './payment-sheet.js';
import type { PaymentHost, PaymentResultDetail } from './types.js';
import { apiUrl, clearFaults, demoIntent, demoToken, injectFault, sandboxClient } from '../internal/testing/sandbox.js';

/** Payments against the real sandbox (seeded members, server-side idempotency, fault injection). */
describe('banklet-payment-sheet on the sandbox', () => {
  afterEach(() => clearFaults());

  async function openFor(memberId: string, intent: string, retries?: number): Promise<BankletPaymentSheet> {
    const client = await sandboxClient(memberId, retries === undefined ? {} : { retry: { retries } });
    const el = await fixture<BankletPaymentSheet>(html`<banklet-payment-sheet intent=${intent} .client=${client}></banklet-payment-sheet>`);
    const ready = oneEvent(el, 'banklet-ready');
    await el.show();
    await ready;
    await el.updateComplete;
    return el;
  }

  const pay = (el: BankletPaymentSheet) => el.shadowRoot!.querySelector<HTMLElement>('banklet-button[slot="footer"]')!.click();
  const chooseBalance = async (el: BankletPaymentSheet) => {
    const balance = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="method"]')].find((i) => i.closest('label')!.textContent!.includes('余额'))!;
    balance.click();
    await el.updateComplete;
  };
  const balanceOf = async (memberId: string, intent: string) => {
    const client = await sandboxClient(memberId);
    return (await paymentsResource(client.request).methods(intent)).data!.balance.available.amount;
  };

  it('pays a small order in one tap with the balance', async () => {
    const intent = await demoIntent('m-mid', 12_34);
    const before = await balanceOf('m-mid', intent);
    const el = await openFor('m-mid', intent);
    await chooseBalance(el);
    const result = oneEvent(el, 'banklet-payment-result');
    pay(el);
    expect(((await result) as CustomEvent<PaymentResultDetail>).detail.status).to.equal('succeeded');
    expect(await balanceOf('m-mid', await demoIntent('m-mid', 100))).to.equal(before - 12_34);
  });

  it('settles a response lost after the charge as succeeded, charging once', async () => {
    const intent = await demoIntent('m-high', 56_78);
    const before = await balanceOf('m-high', intent);
    // Every attempt commits and loses its answer: the widget must find out instead of paying again.
    await injectFault({ route: 'confirmPaymentIntent', dropAfterCommit: true, count: 10 });
    const el = await openFor('m-high', intent, 1);
    await chooseBalance(el);
    const statuses: string[] = [];
    el.addEventListener('banklet-payment-result', (e) => statuses.push(e.detail.status));
    pay(el);
    for (let i = 0; i < 100 && !statuses.includes('succeeded'); i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(statuses).to.deep.equal(['unknown', 'succeeded']);
    await clearFaults();
    expect(await balanceOf('m-high', await demoIntent('m-high', 100))).to.equal(before - 56_78);
  });

  it('asks the server after a 503 that follows a lost commit: succeeded, not failed, charged once', async () => {
    // Found by the fault schedules (scripts/reliability, seeds 313 and 346): the first confirm
    // commits and loses its answer, every retry meets a 503, so the SDK's last word is a server
    // error although the card was charged. The sheet used to show "failed" (and tell the host so).
    const member = 'm-sheet-503-after-commit';
    const intent = await demoIntent(member, 43_21);
    const before = await balanceOf(member, intent);
    let confirms = 0;
    const losingFirstAnswer: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (init?.method !== 'POST' || !url.endsWith('/confirm') || (confirms += 1) > 1) return fetch(input, init);
      await fetch(input, init); // the sandbox charges the card…
      await injectFault({ route: 'confirmPaymentIntent', errorRate: 1, status: 503, count: 2 });
      throw new TypeError('Failed to fetch'); // …and the answer is lost on the way back
    };
    const client = createClient(
      { baseUrl: await apiUrl(), fetchToken: () => demoToken(member), analytics: false, retry: { retries: 2, baseDelayMs: 10, maxRetryAfterMs: 10 } },
      { fetch: losingFirstAnswer },
    );
    const el = await fixture<BankletPaymentSheet>(html`<banklet-payment-sheet intent=${intent} .client=${client}></banklet-payment-sheet>`);
    const ready = oneEvent(el, 'banklet-ready');
    await el.show();
    await ready;
    await chooseBalance(el);
    const statuses: string[] = [];
    el.addEventListener('banklet-payment-result', (e) => statuses.push(e.detail.status));
    pay(el);
    for (let i = 0; i < 100 && !statuses.includes('succeeded') && !statuses.includes('failed'); i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(statuses).to.deep.equal(['unknown', 'succeeded']);
    await clearFaults();
    expect(await balanceOf(member, await demoIntent(member, 100))).to.equal(before - 43_21);
  });

  const settle = async (el: BankletPaymentSheet, until: () => boolean) => {
    for (let i = 0; i < 100 && !until(); i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    }
  };
  const text = (el: BankletPaymentSheet) => el.shadowRoot!.textContent ?? '';

  it('step-up with the PIN above the password-free limit (sandbox PIN 135790)', async () => {
    const intent = await demoIntent('m-high', 888_00);
    const el = await openFor('m-high', intent);
    await chooseBalance(el);
    const result = oneEvent(el, 'banklet-payment-result');
    pay(el);
    await settle(el, () => el.shadowRoot!.querySelector('banklet-pin-pad') !== null);
    const pad = el.shadowRoot!.querySelector('banklet-pin-pad')!;
    await pad.updateComplete;
    for (const digit of '135790') [...pad.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="key"]')].find((k) => k.textContent === digit)!.click();
    expect(((await result) as CustomEvent<PaymentResultDetail>).detail.status).to.equal('succeeded');
  });

  it('step-up with an SMS code instead of the PIN (sandbox code 246810), after a wrong one', async () => {
    const intent = await demoIntent('m-high', 777_00);
    const el = await openFor('m-high', intent);
    await chooseBalance(el);
    pay(el);
    await settle(el, () => text(el).includes('短信验证码'));
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.link')].find((b) => b.textContent!.includes('短信'))!.click();
    await el.updateComplete;
    // The form is replaced while the code is checked, so look the field up each time.
    const field = () => el.shadowRoot!.querySelector('banklet-field')!;
    const submit = async (code: string) => {
      field().value = code;
      await field().updateComplete;
      (el.shadowRoot!.querySelector('form') as HTMLFormElement).requestSubmit();
    };
    await submit('111111');
    await settle(el, () => Boolean(field()?.error));
    expect(field().error).to.contain('验证码不对');
    const result = oneEvent(el, 'banklet-payment-result');
    await submit('246810');
    expect(((await result) as CustomEvent<PaymentResultDetail>).detail.status).to.equal('succeeded');
  });

  it('step-up with the host biometric: the sandbox verifies the host assertion over its nonce', async () => {
    const intent = await demoIntent('m-high', 666_00);
    const host = { has: (m: string) => m === 'biometric.verify', call: async (_m: string, p: unknown) => ({ assertion: `sandbox-biometric:${(p as { nonce: string }).nonce}` }) };
    const el = await openFor('m-high', intent);
    el.host = host;
    await chooseBalance(el);
    pay(el);
    await settle(el, () => text(el).includes('指纹'));
    const result = oneEvent(el, 'banklet-payment-result');
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('banklet-button')].find((b) => b.textContent!.includes('指纹'))!.click();
    expect(((await result) as CustomEvent<PaymentResultDetail>).detail.status).to.equal('succeeded');
  });

  /**
   * A mini-program host: its native pay page is played by the sandbox's demo route, which redeems
   * the ticket with `outcome`; the host then answers `hint` (or, with `hang`, never answers, as
   * when only the page being shown again tells the sheet that the person is back).
   */
  function miniProgram(memberId: string, outcome: 'succeeded' | 'failed' | 'cancelled', hint: string = outcome, hang = false) {
    const calls: { method: string; ticket: string }[] = [];
    const host = {
      calls,
      has: (m: string) => m === 'payment.handoff',
      // One function for every method a host serves, as a bridge's generic `call` is.
      call: (async (method: string, params: unknown) => {
        const { ticket } = params as { ticket: string };
        calls.push({ method, ticket });
        const response = await fetch(`${await apiUrl()}/demo/handoffs/${encodeURIComponent(ticket)}/complete`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await demoToken(memberId)}` },
          body: JSON.stringify({ outcome }),
        });
        if (!response.ok) throw new Error(`complete handoff: HTTP ${response.status}`);
        return hang ? new Promise<never>(() => {}) : { hint };
      }) as PaymentHost['call'],
    };
    return host;
  }

  /** Records the API paths the page requests, to prove it never confirms during a handoff. */
  function recordRequests(): { paths: string[]; restore(): void } {
    const original = window.fetch;
    const paths: string[] = [];
    window.fetch = (input, init) => {
      paths.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
      return original(input, init);
    };
    return { paths, restore: () => void (window.fetch = original) };
  }

  describe('in a mini-program (payment.handoff)', () => {
    it('hands the payment to the host native page: no step-up or confirm in the page, succeeded, debited once', async () => {
      const member = 'm-sheet-handoff-ok';
      // Above the password-free limit: the host's native page does the step-up, not the sheet.
      const intent = await demoIntent(member, 321_00);
      const before = await balanceOf(member, intent);
      const el = await openFor(member, intent);
      const host = miniProgram(member, 'succeeded');
      let shownDuringHandoff = '';
      el.host = {
        has: host.has,
        call: (async (method: 'payment.handoff', params: { ticket: string }) => {
          await el.updateComplete;
          shownDuringHandoff = text(el);
          return host.call(method, params);
        }) as PaymentHost['call'],
      };
      await chooseBalance(el);
      const requests = recordRequests();
      const statuses: string[] = [];
      el.addEventListener('banklet-payment-result', (e) => statuses.push(e.detail.status));
      try {
        pay(el);
        await settle(el, () => statuses.length > 0);
      } finally {
        requests.restore();
      }
      expect(statuses).to.deep.equal(['succeeded']);
      expect(text(el)).to.contain('付款成功');
      expect(shownDuringHandoff).to.contain('完成支付后返回此页');
      expect(host.calls).to.have.length(1);
      expect(requests.paths.filter((p) => p.endsWith('/handoffs'))).to.have.length(1);
      expect(requests.paths.filter((p) => /\/(confirm|challenges)$/.test(p)), 'the page neither confirms nor asks for a step-up').to.deep.equal([]);
      expect(await balanceOf(member, await demoIntent(member, 100))).to.equal(before - 321_00);
    });

    it('does not show success when the host says succeeded but the server recorded no payment', async () => {
      const member = 'm-sheet-handoff-lie';
      const intent = await demoIntent(member, 45_00);
      const before = await balanceOf(member, intent);
      const el = await openFor(member, intent);
      const host = miniProgram(member, 'cancelled', 'succeeded');
      el.host = host;
      await chooseBalance(el);
      const statuses: string[] = [];
      el.addEventListener('banklet-payment-result', (e) => statuses.push(e.detail.status));
      pay(el);
      const choosing = () => el.shadowRoot!.querySelector('input[name="method"]') !== null;
      await settle(el, () => host.calls.length > 0 && choosing());
      expect(statuses).to.deep.equal([]);
      expect(text(el)).not.to.contain('付款成功');
      expect(choosing(), 'back to choosing how to pay').to.equal(true);
      expect(await balanceOf(member, intent)).to.equal(before);
    });

    it('shows a payment the host page failed as failed, with the reason, and charges nothing', async () => {
      const member = 'm-sheet-handoff-fail';
      const intent = await demoIntent(member, 67_00);
      const before = await balanceOf(member, intent);
      const el = await openFor(member, intent);
      el.host = miniProgram(member, 'failed');
      await chooseBalance(el);
      const result = oneEvent(el, 'banklet-payment-result');
      pay(el);
      const { detail } = (await result) as CustomEvent<PaymentResultDetail>;
      expect([detail.status, detail.failureCode]).to.deep.equal(['failed', 'PAYMENT_DECLINED']);
      await el.updateComplete;
      expect(text(el)).to.contain('付款被拒绝');
      expect(await balanceOf(member, intent)).to.equal(before);
    });

    it('says the outcome is unknown when it cannot read it back, and settles it on "check again"', async () => {
      const member = 'm-sheet-handoff-offline';
      const intent = await demoIntent(member, 15_00);
      const el = await openFor(member, intent, 0);
      const host = miniProgram(member, 'succeeded');
      el.host = {
        has: host.has,
        // Paid in the host's page, then the connection drops for the sheet's next read.
        call: (async (method: 'payment.handoff', params: { ticket: string }) => {
          const answer = await host.call(method, params);
          await injectFault({ route: 'getPaymentIntent', errorRate: 1, status: 503, count: 1 });
          return answer;
        }) as PaymentHost['call'],
      };
      await chooseBalance(el);
      const statuses: string[] = [];
      el.addEventListener('banklet-payment-result', (e) => statuses.push(e.detail.status));
      pay(el);
      await settle(el, () => statuses.length > 0);
      expect(statuses).to.deep.equal(['unknown']);
      expect(el.busy, 'the sheet can be closed again').to.equal(false);
      el.shadowRoot!.querySelector<HTMLElement>('banklet-button[slot="footer"]')!.click();
      await settle(el, () => statuses.includes('succeeded'));
      expect(statuses).to.deep.equal(['unknown', 'succeeded']);
      expect(host.calls, 'checking again does not pay again').to.have.length(1);
    });

    it('reads the outcome when the page is shown again, even if the host never answers', async () => {
      const member = 'm-sheet-handoff-back';
      const intent = await demoIntent(member, 12_00);
      const el = await openFor(member, intent);
      const host = miniProgram(member, 'succeeded', 'unknown', true);
      el.host = host;
      await chooseBalance(el);
      const result = oneEvent(el, 'banklet-payment-result');
      pay(el);
      await settle(el, () => host.calls.length > 0);
      await new Promise((r) => setTimeout(r, 200)); // the pay page redeems the ticket
      expect(document.hidden, 'the test page is visible').to.equal(false);
      document.dispatchEvent(new Event('visibilitychange'));
      expect(((await result) as CustomEvent<PaymentResultDetail>).detail.status).to.equal('succeeded');
    });
  });

  it('a payment still processing shows the same outcome after a reload, and is charged once', async () => {
    // Card payments of an amount ending in 77 stay processing for 3 s in the sandbox.
    const intent = await demoIntent('m-mid', 77_77);
    const first = await openFor('m-mid', intent);
    const card = [...first.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="method"]')].find((i) => !i.disabled && /卡/.test(i.closest('label')!.textContent!))!;
    card.click();
    await first.updateComplete;
    const result = oneEvent(first, 'banklet-payment-result');
    pay(first);
    expect(((await result) as CustomEvent<PaymentResultDetail>).detail.status).to.equal('processing');
    first.remove();
    // "Reload": a new element, a new client, the same intent.
    const second = await openFor('m-mid', intent);
    await settle(second, () => /银行正在处理|付款成功/.test(text(second)));
    expect(text(second)).to.match(/银行正在处理|付款成功/);
    const statuses: string[] = [];
    second.addEventListener('banklet-payment-result', (e) => statuses.push(e.detail.status));
    await settle(second, () => statuses.includes('succeeded'));
    await new Promise((r) => setTimeout(r, 4000));
    await settle(second, () => statuses.includes('succeeded'));
    expect(statuses).to.include('succeeded');
    expect(text(second)).to.contain('付款成功');
  });
});
