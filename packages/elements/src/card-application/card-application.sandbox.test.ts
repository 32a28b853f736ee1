import { expect } from '@open-wc/testing';
import { createSecureStore, fetchTransport } from '@banklet/sdk';
import './define.js';
import type { BankletCardApplication } from './card-application.js';
import { apiUrl, clearFaults, demoToken, injectFault, sandboxClient } from '../internal/testing/sandbox.js';
import {
  $, answers, answerUntil, dumpIndexedDb, enterPin, idNumber, mount, pinKey, press, settle, shadow, type as typeInto, type Answers, unmount, waitFor,
} from './testing/driver.js';

const member = () => `m-ca-${Math.random().toString(36).slice(2, 10)}`;
const events = (el: Element, name: string) => {
  const seen: CustomEvent[] = [];
  el.addEventListener(name, (event) => seen.push(event as CustomEvent));
  return seen;
};

describe('banklet-card-application on the sandbox', function () {
  this.timeout(40_000);
  afterEach(async () => {
    document.querySelectorAll('banklet-card-application').forEach((el) => unmount(el as BankletCardApplication));
    await clearFaults();
  });

  /** Answers everything and sends the application; resolves once a decision is on screen. */
  async function apply(el: BankletCardApplication, a: Answers): Promise<void> {
    await answerUntil(el, a, 'review');
    press($(el, '[part="continue-button"]'));
    await waitFor(el, () => el.currentStep === 'decision', 'the decision');
  }

  /** `POST /card-applications` calls seen by `fetch`, with their idempotency keys. */
  function watchSubmits(): { keys: string[]; bodies: string[]; restore(): void } {
    const original = window.fetch;
    const keys: string[] = [];
    const bodies: string[] = [];
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (init?.method === 'POST' && url.endsWith('/card-applications')) {
        keys.push(new Headers(init.headers).get('idempotency-key') ?? '');
        bodies.push(String(init.body));
      }
      return original(input, init);
    };
    return { keys, bodies, restore: () => (window.fetch = original) };
  }

  /** Sends a recorded submission again with its key: the server answers with what it recorded. */
  async function replay(memberId: string, key: string, body: string): Promise<{ id: string }> {
    const response = await fetch(`${await apiUrl()}/card-applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await demoToken(memberId)}`, 'idempotency-key': key },
      body,
    });
    return (await response.json()) as { id: string };
  }

  it('goes from choosing a card to an approved, activated virtual card', async () => {
    const client = await sandboxClient(member());
    let steps: CustomEvent[] = [];
    const el = await mount(client, {
      attrs: { 'pin-key-id': 'sandbox-pin-key-1', 'pin-public-key': await pinKey(), channel: 'partner_web', 'referral-code': 'PARTNER-7' },
      onCreate: (created) => (steps = events(created, 'banklet-step-change')),
    });
    const submitted = events(el, 'banklet-application-submitted');
    const decisions = events(el, 'banklet-application-decision');
    const activated = events(el, 'banklet-card-activated');
    const a = answers({ idNumber: idNumber({ decisionDigit: 3 }) });
    await answerUntil(el, a, 'review');
    expect(shadow(el).textContent).to.include(a.name);
    $(el, '[part="continue-button"]')!.shadowRoot!.querySelector('button')!.click();
    await waitFor(el, () => el.currentStep === 'decision', 'the decision');
    expect(submitted).to.have.length(1);
    expect(decisions.map((e) => e.detail.status)).to.deep.equal(['approved']);
    expect(decisions[0]!.detail.creditLimit.amount).to.be.greaterThan(0);
    expect($(el, '[part="credit-limit"]')!.textContent).to.match(/¥|CN¥/);
    $(el, '[part="decision"] banklet-button')!.shadowRoot!.querySelector('button')!.click();
    await waitFor(el, () => $(el, 'banklet-pin-pad'), 'the PIN pad');
    await enterPin(el, '481516');
    await enterPin(el, '481516');
    await waitFor(el, () => $(el, '[part="virtual-card"]'), 'the virtual card');
    expect(activated).to.have.length(1);
    expect(activated[0]!.detail.last4).to.match(/^\d{4}$/);
    expect($(el, '[part="virtual-card"]')!.textContent).to.include(activated[0]!.detail.last4);
    expect(steps.map((e) => e.detail.step)).to.deep.equal(['product', 'identity', 'employment', 'address', 'consent', 'review', 'decision', 'activation']);
    expect(steps.map((e) => e.detail.index)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    // Submitted: the draft is gone.
    expect(await createSecureStore('card-application').get(el.draftId)).to.equal(undefined);
    await settle(el);
  });

  for (const [label, overrides, status, reason] of [
    ['declined for income', { incomeBand: 'below_5k' }, 'declined', 'INCOME_BELOW_MINIMUM'],
    ['declined for credit history', { idNumber: idNumber({ decisionDigit: 9 }) }, 'declined', 'CREDIT_HISTORY'],
    ['referred to a person', { idNumber: idNumber({ decisionDigit: 8 }) }, 'referred', 'MANUAL_REVIEW'],
  ] as const) {
    it(`shows a decision ${label}, with the reason in plain words and the reference`, async () => {
      const el = await mount(await sandboxClient(member()), { lang: 'en' });
      const decisions = events(el, 'banklet-application-decision');
      await apply(el, answers(overrides));
      expect(decisions.map((e) => [e.detail.status, e.detail.reasonCode])).to.deep.equal([[status, reason]]);
      const text = shadow(el).textContent!;
      expect($(el, '[part="reason"]')!.textContent).to.not.include(reason);
      expect($(el, '[part="reason"]')!.textContent!.length).to.be.greaterThan(20);
      expect($(el, '[part="reference"]')!.textContent).to.equal(decisions[0]!.detail.reference);
      if (status === 'referred') expect(text).to.include('call you');
      expect($(el, 'banklet-pin-pad')).to.equal(null);
    });
  }

  it('polls a pending decision with backoff until it is approved', async () => {
    const el = await mount(await sandboxClient(member()));
    const decisions = events(el, 'banklet-application-decision');
    await apply(el, answers({ idNumber: idNumber({ decisionDigit: 7 }) }));
    expect(decisions.map((e) => e.detail.status)).to.deep.equal(['pending']);
    expect($(el, '[part="decision"]')!.getAttribute('aria-busy')).to.equal('true');
    await waitFor(el, () => decisions.length === 2, 'the approval', 15_000);
    expect(decisions[1]!.detail.status).to.equal('approved');
    expect(decisions[1]!.detail.applicationId).to.equal(decisions[0]!.detail.applicationId);
    expect($(el, '[part="credit-limit"]')).to.exist;
  });

  it('resumes after a reload at the same step with the same answers, from an encrypted draft only', async () => {
    const client = await sandboxClient(member());
    const draftId = `reload-${Math.random().toString(36).slice(2)}`;
    const a = answers({ name: '欧阳娜娜' });
    const el = await mount(client, { draftId });
    await answerUntil(el, a, 'employment');
    await waitFor(el, () => el.shadowRoot!.querySelector('#employer'), 'the employment step');
    // Typed but not continued: the debounced save must keep it too.
    await typeInto(el, 'employer', '华夏银行');
    await new Promise((resolve) => setTimeout(resolve, 700));
    unmount(el);

    const again = await mount(client, { draftId });
    expect(again.currentStep).to.equal('employment');
    expect(($(again, 'banklet-field#employer') as HTMLElement & { value: string }).value).to.equal('华夏银行');
    expect(shadow(again).textContent).to.match(/已为您恢复/);
    press($(again, '[part="back-button"]'));
    await waitFor(again, () => again.currentStep === 'identity', 'the identity step');
    expect(($(again, 'banklet-field#name') as HTMLElement & { value: string }).value).to.equal('欧阳娜娜');
    expect(($(again, 'banklet-field#idNumber') as HTMLElement & { value: string }).value).to.equal(a.idNumber);
    expect($(again, '[part="verified"]'), 'the verified mobile is kept').to.exist;

    const raw = await dumpIndexedDb();
    expect(raw).to.include('card-application:');
    for (const secret of ['欧阳娜娜', a.idNumber, a.idNumber.slice(6, 14), a.mobile, '华夏银行', a.email]) expect(raw, secret).to.not.include(secret);
  });

  it('retries a submission the server failed with 5xx under the same key: one application', async () => {
    const memberId = member();
    const el = await mount(await sandboxClient(memberId));
    const submitted = events(el, 'banklet-application-submitted');
    await answerUntil(el, answers(), 'review');
    await injectFault({ route: 'submitCardApplication', status: 503, errorRate: 1, count: 2 });
    const watch = watchSubmits();
    try {
      press($(el, '[part="continue-button"]'));
      await waitFor(el, () => el.currentStep === 'decision', 'the decision', 15_000);
    } finally {
      watch.restore();
    }
    expect(watch.keys.length).to.equal(3);
    expect(new Set(watch.keys).size).to.equal(1);
    expect(submitted).to.have.length(1);
    // The same key again is a replay of the recorded application, not a new one.
    expect((await replay(memberId, watch.keys[0]!, watch.bodies[0]!)).id).to.equal(submitted[0]!.detail.applicationId);
  });

  it('survives a response lost after the bank recorded it: the retry replays the same application', async () => {
    const memberId = member();
    const el = await mount(await sandboxClient(memberId));
    const submitted = events(el, 'banklet-application-submitted');
    await answerUntil(el, answers(), 'review');
    await injectFault({ route: 'submitCardApplication', dropAfterCommit: true, count: 1 });
    const watch = watchSubmits();
    try {
      press($(el, '[part="continue-button"]'));
      await waitFor(el, () => el.currentStep === 'decision', 'the decision', 15_000);
    } finally {
      watch.restore();
    }
    // Chromium itself may resend a POST whose reused connection died before any answer, so the
    // count of fetch calls is 1 or 2; either way every attempt carries the one key.
    expect(watch.keys.length).to.be.within(1, 2);
    expect(new Set(watch.keys).size).to.equal(1);
    expect(submitted).to.have.length(1);
    expect((await replay(memberId, watch.keys[0]!, watch.bodies[0]!)).id).to.equal(submitted[0]!.detail.applicationId);
  });

  it('sends once on a double tap', async () => {
    const el = await mount(await sandboxClient(member()));
    await answerUntil(el, answers(), 'review');
    const watch = watchSubmits();
    try {
      const button = $(el, '[part="continue-button"]')!;
      press(button);
      press(button);
      await waitFor(el, () => el.currentStep === 'decision', 'the decision');
    } finally {
      watch.restore();
    }
    expect(watch.keys).to.have.length(1);
  });

  it('offline while submitting: says so, keeps the draft, and submits once back online', async () => {
    let offline = false;
    const base = await apiUrl();
    const client = await sandboxClient(member(), {
      retry: { retries: 1, baseDelayMs: 10 },
      transport: fetchTransport(base, (input, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init))),
    });
    const draftId = `offline-${Math.random().toString(36).slice(2)}`;
    const el = await mount(client, { draftId, lang: 'en' });
    const submitted = events(el, 'banklet-application-submitted');
    await answerUntil(el, answers(), 'review');
    offline = true;
    press($(el, '[part="continue-button"]'));
    await waitFor(el, () => $(el, '[part="alert"]'), 'the offline message');
    expect($(el, '[part="alert"]')!.textContent).to.match(/offline.*saved/s);
    expect($(el, '[part="edit-link"]'), 'answers are frozen while the outcome is unknown').to.equal(null);
    const stored = await createSecureStore('card-application').get<{ submission?: unknown }>(draftId);
    expect(stored?.submission).to.be.an('object');
    offline = false;
    window.dispatchEvent(new Event('online'));
    await waitFor(el, () => el.currentStep === 'decision', 'the decision');
    expect(submitted).to.have.length(1);
    expect(await createSecureStore('card-application').get(draftId)).to.equal(undefined);
  });

  it('a reload mid-submit re-sends the same body and gets the one application back', async () => {
    const memberId = member();
    const draftId = `midsubmit-${Math.random().toString(36).slice(2)}`;
    const base = await apiUrl();
    let recorded: { id: string } | undefined;
    // The first page: its request reaches the bank, but the page "reloads" before the answer comes.
    const dying = await sandboxClient(memberId, {
      retry: { retries: 0 },
      timeoutMs: 60_000,
      transport: fetchTransport(base, async (input, init) => {
        const response = await fetch(input, init);
        if (init?.method === 'POST' && String(input).endsWith('/card-applications')) {
          recorded = (await response.clone().json()) as { id: string };
          return new Promise<Response>(() => undefined);
        }
        return response;
      }),
    });
    const el = await mount(dying, { draftId });
    await answerUntil(el, answers(), 'review');
    press($(el, '[part="continue-button"]'));
    await waitFor(el, () => recorded !== undefined, 'the bank to record it');
    unmount(el);

    let resent: CustomEvent[] = [];
    const again = await mount(await sandboxClient(memberId), { draftId, onCreate: (created) => (resent = events(created, 'banklet-application-submitted')) });
    await waitFor(again, () => again.currentStep === 'decision', 'the decision');
    expect(resent.map((e) => e.detail.applicationId)).to.deep.equal([recorded!.id]);
  });

  it('sends the attribution with every funnel event, and field errors without values', async () => {
    const seen: { name: string; props: Record<string, unknown>; correlationId: string }[] = [];
    const client = await sandboxClient(member(), { onEvent: (e) => seen.push(e) });
    history.replaceState(null, '', `${location.pathname}?utm_source=partner-site&utm_campaign=spring`);
    try {
      const el = await mount(client, { attrs: { channel: 'mini_program', 'referral-code': 'REF-42', 'utm-from-url': '' } });
      await answerUntil(el, answers(), 'identity');
      await typeInto(el, 'idNumber', '110105199003071230');
      press($(el, '[part="continue-button"]'));
      await settle(el);
      const fieldErrors = seen.filter((e) => e.name === 'banklet-application-field-error');
      expect(fieldErrors.length).to.be.greaterThan(0);
      for (const e of fieldErrors) {
        expect(Object.keys(e.props).sort()).to.deep.equal(['channel', 'field', 'referralCode', 'rule', 'step', 'utm_campaign', 'utm_source']);
        expect(JSON.stringify(e.props)).to.not.include('110105');
      }
      expect(fieldErrors.find((e) => e.props.field === 'idNumber')!.props.rule).to.equal('ID_CHECK_DIGIT');
      const funnel = seen.filter((e) => e.name.startsWith('banklet-application-'));
      for (const e of funnel) expect(e.props).to.include({ channel: 'mini_program', referralCode: 'REF-42', utm_source: 'partner-site' });
      expect(new Set(funnel.map((e) => e.correlationId)).size).to.equal(1);
      expect(seen.map((e) => e.name)).to.include.members(['banklet-application-step-view', 'banklet-application-step-complete']);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });
});
