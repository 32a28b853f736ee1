import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  applicationsResource, cardsResource, createBaseClient, otpResource, type BankletClient, type BaseClient, type FieldError,
} from '@banklet/sdk';
import './define.js';
import type { BankletField } from '../internal/field/field.js';
import { VARIANTS } from '../internal/testing/matrix.js';
import { itDoesNotLeak } from '../internal/testing/memory.js';
import { sandboxClient } from '../internal/testing/sandbox.js';
import type { BankletCardApplication } from './card-application.js';
import type { CardProductList } from './types.js';
import {
  $, $$, answers, answerUntil, enterPin, idNumber, mount, pinKey, press, SANDBOX_OTP, settle, shadow, type, uniqueMobile, unmount, waitFor,
} from './testing/driver.js';
import { withWrongCheck } from './testing/id-numbers.js';

const member = () => `m-ca-${Math.random().toString(36).slice(2, 10)}`;
const field = (el: BankletCardApplication, id: string) => $<BankletField>(el, `banklet-field#${id}`)!;
const summaryText = (el: BankletCardApplication) => $(el, '[part="error-summary"]')?.textContent ?? '';
const continueOn = async (el: BankletCardApplication) => {
  press($(el, '[part="continue-button"]'));
  await settle(el);
};
/** The element the page's focus is on, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Submits straight through the SDK (no UI), for tests that start from a decided application. */
async function submitDirect(client: BankletClient, decisionDigit: number, incomeBand = '10k_20k'): Promise<string> {
  const otp = otpResource(client.request);
  const mobile = uniqueMobile();
  const challenge = await otp.send({ mobile, purpose: 'card_application' });
  const verification = await otp.verify(challenge.data!.challengeId, { code: SANDBOX_OTP });
  const products = await cardsResource(client.request).products();
  const productId = products.data!.items[0]!.id;
  const terms = await cardsResource(client.request).terms(productId);
  const result = await applicationsResource(client.request).submit({
    productId,
    applicant: { name: '李四', idNumber: idNumber({ decisionDigit }), mobile, email: 'li.si@example.com' },
    employment: { employer: '某某公司', occupation: '会计', incomeBand: incomeBand as never },
    address: { province: '上海市', city: '上海市', line1: '南京东路 1 号' },
    consents: terms.data!.items.map((d) => ({ documentId: d.id, version: d.version })),
    otpVerificationId: verification.data!.verificationId,
    attribution: { channel: 'other' },
  });
  return result.data!.id;
}

describe('banklet-card-application', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('banklet-card-application').forEach((el) => unmount(el as BankletCardApplication)));

  for (const variant of VARIANTS) {
    it(`has no axe violations on any step, the decision, activation and the card (${variant.name})`, async () => {
      const el = await mount(await sandboxClient(member()), {
        lang: variant.lang, senior: variant.senior, scheme: variant.scheme as 'dark' | undefined,
        attrs: { 'pin-key-id': 'sandbox-pin-key-1', 'pin-public-key': await pinKey() },
      });
      const checked: string[] = [];
      await answerUntil(el, answers(), 'review', async (step) => {
        await settle(el);
        await expect(el, step).to.be.accessible();
        checked.push(step);
      });
      expect(checked).to.deep.equal(['product', 'identity', 'employment', 'address', 'consent', 'review']);
      // Errors shown (summary, field messages) must be accessible too.
      $$(el, '[part="edit-link"]')[1]!.click();
      await waitFor(el, () => el.currentStep === 'identity', 'the identity step');
      await type(el, 'name', '');
      await continueOn(el);
      expect(summaryText(el)).to.not.equal('');
      await expect(el).to.be.accessible();
      await type(el, 'name', '张三');
      await continueOn(el);
      await waitFor(el, () => el.currentStep === 'review', 'the review');
      press($(el, '[part="continue-button"]'));
      await waitFor(el, () => $(el, '[part="credit-limit"]'), 'the approval');
      await expect(el).to.be.accessible();
      press($(el, '[part="decision"] banklet-button'));
      await waitFor(el, () => $(el, 'banklet-pin-pad'), 'the PIN pad');
      await expect(el).to.be.accessible();
      await enterPin(el, '902113');
      await enterPin(el, '902113');
      await waitFor(el, () => $(el, '[part="virtual-card"]'), 'the card');
      await expect(el).to.be.accessible();
    });

    it(`has no axe violations on the declined, referred and pending screens (${variant.name})`, async () => {
      const client = await sandboxClient(member());
      for (const digit of [9, 8, 7]) {
        const id = await submitDirect(client, digit);
        const el = await mount(client, { lang: variant.lang, senior: variant.senior, scheme: variant.scheme as 'dark' | undefined, attrs: { 'application-id': id } });
        expect(el.currentStep).to.equal('decision');
        await expect(el).to.be.accessible();
        unmount(el);
      }
    });
  }

  it('shows every rule\'s message on continue, in a summary that links to the fields, and focuses the first', async () => {
    const el = await mount(await sandboxClient(member()), { lang: 'en' });
    await continueOn(el);
    expect(summaryText(el)).to.include('Choose a card');
    expect(deepActive()?.getAttribute('name')).to.equal('productId');
    await answerUntil(el, answers(), 'identity');
    await continueOn(el);
    const items = $$(el, '[part="error-summary"] li').map((li) => li.textContent!);
    expect(items.map((item) => item.split(':')[0])).to.deep.equal(['Full name', 'Resident ID number', 'Mobile number', 'Text message code', 'Email']);
    expect(items[3]).to.equal('Text message code: Press “Send code” to verify your mobile number');
    expect((deepActive()?.getRootNode() as ShadowRoot).host).to.equal(field(el, 'name'));

    const cases: [string, string, string][] = [
      ['name', '张', 'TOO_SHORT'],
      ['name', 'abc123', 'NAME_FORMAT'],
      ['idNumber', '12345', 'ID_FORMAT'],
      ['idNumber', withWrongCheck(idNumber()), 'ID_CHECK_DIGIT'],
      ['idNumber', idNumber({ birthDate: '19900231' }), 'ID_BIRTH_DATE'],
      ['idNumber', idNumber({ birthDate: `${new Date().getFullYear() - 10}0101` }), 'ID_UNDER_AGE'],
      ['mobile', '12345', 'MOBILE_FORMAT'],
      ['email', 'a@b', 'EMAIL_FORMAT'],
    ];
    for (const [id, value, code] of cases) {
      await type(el, id, value);
      await continueOn(el);
      expect(field(el, id).validationCode, `${id}=${value}`).to.equal(code);
      expect(field(el, id).validationMessage).to.not.equal('');
      expect(summaryText(el)).to.include(field(el, id).validationMessage);
    }
    // A summary link moves focus to its field.
    const link = $$<HTMLAnchorElement>(el, '[part="error-summary"] a').find((a) => a.getAttribute('href') === '#email')!;
    link.click();
    expect((deepActive()?.getRootNode() as ShadowRoot).host).to.equal(field(el, 'email'));
  });

  it('validates on blur, before continue', async () => {
    const el = await mount(await sandboxClient(member()), { lang: 'en' });
    await answerUntil(el, answers(), 'identity');
    await type(el, 'email', 'not-an-email');
    await settle(el);
    expect(field(el, 'email').invalid).to.equal(true);
    expect(field(el, 'email').shadowRoot!.querySelector('[part="error"]')!.textContent).to.include('name@example.com');
    expect($(el, '[part="error-summary"]')).to.equal(null);
  });

  it('checks the SMS code with the server and asks for the income, the address and the consents', async () => {
    const el = await mount(await sandboxClient(member()), { lang: 'en' });
    const a = answers();
    await answerUntil(el, a, 'identity');
    for (const id of ['name', 'idNumber', 'mobile', 'email'] as const) await type(el, id, a[id]);
    press($(el, '#send-code'));
    await waitFor(el, () => $(el, 'banklet-field#otp'), 'the code field');
    expect(shadow(el).textContent).to.match(/new code in \d+ s/);
    await type(el, 'otp', '111111');
    await continueOn(el);
    await waitFor(el, () => field(el, 'otp').validationCode === 'SERVER', 'the wrong-code error');
    expect(field(el, 'otp').validationMessage).to.match(/wrong.*4 tries left/);
    await type(el, 'otp', SANDBOX_OTP);
    await continueOn(el);
    await waitFor(el, () => el.currentStep === 'employment', 'the employment step');
    await type(el, 'employer', 'ACME');
    await type(el, 'occupation', 'Clerk');
    await continueOn(el);
    expect(summaryText(el)).to.include('Choose your monthly income');
    await answerUntil(el, a, 'address');
    await type(el, 'postalCode', '123');
    await continueOn(el);
    expect(field(el, 'postalCode').validationMessage).to.equal('A postcode is 6 digits');
    expect(summaryText(el)).to.include('Province or municipality');
    await answerUntil(el, a, 'consent');
    await continueOn(el);
    expect(summaryText(el)).to.include('Please read and tick to agree');
    expect(deepActive()?.id).to.match(/^consent-/);
  });

  it('maps the server\'s field errors back to their fields and steps', async () => {
    const real = await sandboxClient(member());
    const fields: FieldError[] = [
      { field: 'address.line1', code: 'TOO_LONG', params: { max: 120 } },
      { field: 'applicant.idNumber', code: 'ID_CHECK_DIGIT' },
    ];
    let refused = false;
    // A host's test double: its own `applications` resource refuses the first submission.
    const applications = applicationsResource(real.request);
    const client = {
      ...real,
      applications: {
        ...applications,
        submit: (...args: Parameters<typeof applications.submit>) => {
          if (refused) return applications.submit(...args);
          refused = true;
          return Promise.resolve({ error: { type: 'validation', code: 'VALIDATION_FAILED', message: 'invalid', retryable: false, status: 400, fields } } as const);
        },
      },
    } as BankletClient;
    const el = await mount(client, { lang: 'en' });
    await answerUntil(el, answers(), 'review');
    await continueOn(el);
    await waitFor(el, () => el.currentStep === 'identity', 'the identity step');
    expect(field(el, 'idNumber').validationMessage).to.equal('This ID number is not valid. Check the last character');
    expect(summaryText(el)).to.include('Resident ID number');
    expect((deepActive()?.getRootNode() as ShadowRoot).host).to.equal(field(el, 'idNumber'));
    // Fixing it returns to the review; the address error waits on its own step.
    await type(el, 'idNumber', idNumber());
    await continueOn(el);
    expect(el.currentStep).to.equal('review');
    $$(el, '[part="edit-link"]').find((b) => b.textContent!.includes('street'))!.click();
    await waitFor(el, () => el.currentStep === 'address', 'the address step');
    await settle(el);
    expect(field(el, 'line1').validationMessage).to.equal('Enter at most 120 characters');
  });

  it('asks one question per screen in senior mode', async () => {
    const el = await mount(await sandboxClient(member()), { lang: 'en', senior: true });
    await answerUntil(el, answers(), 'identity');
    expect($$(el, 'banklet-field').map((f) => f.id)).to.deep.equal(['name']);
    expect($(el, '#step-heading')!.textContent).to.include('Question 1 of 4');
    expect($(el, '[part="compare"]')).to.equal(null);
    await type(el, 'name', '王五');
    await continueOn(el);
    expect($$(el, 'banklet-field').map((f) => f.id)).to.deep.equal(['idNumber']);
    press($(el, '[part="back-button"]'));
    await settle(el);
    expect($$(el, 'banklet-field').map((f) => f.id)).to.deep.equal(['name']);
  });

  it('compares cards side by side and marks the recommended one first', async () => {
    const el = await mount(await sandboxClient('m-potential'), { lang: 'en' });
    const cards = $$(el, '[part="product"]');
    expect(cards[0]!.querySelector('[part="badge"]')?.textContent).to.equal('Recommended for you');
    const boxes = $$<HTMLInputElement>(el, '.compare input');
    boxes[0]!.click();
    boxes[1]!.click();
    await settle(el);
    const table = $(el, '[part="compare"] table')!;
    expect(table.querySelectorAll('thead th')).to.have.length(3);
    expect(table.textContent).to.include('Annual fee');
  });

  it('can be completed with the keyboard alone on the first step', async () => {
    const el = await mount(await sandboxClient(member()), { lang: 'en' });
    $$<HTMLInputElement>(el, 'input[name="productId"]')[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const chosen = $$<HTMLInputElement>(el, 'input[name="productId"]').find((r) => r.checked)!;
    expect(chosen).to.exist;
    for (let i = 0; i < 20 && !(deepActive()?.getRootNode() as ShadowRoot)?.host?.matches?.('[part="continue-button"]'); i += 1) {
      await sendKeys({ press: 'Tab' });
    }
    await sendKeys({ press: 'Enter' });
    await waitFor(el, () => el.currentStep === 'identity', 'the identity step');
  });

  it('can be completed with the keyboard alone, from the card choice to the activated card', async function () {
    this.timeout(120_000);
    const a = answers();
    const el = await mount(await sandboxClient(member()), {
      lang: 'en',
      attrs: { 'pin-key-id': 'sandbox-pin-key-1', 'pin-public-key': await pinKey() },
    });
    /** Presses Tab until `wanted` holds for the focused element (through shadow roots). */
    const tabTo = async (what: string, wanted: (active: Element) => boolean) => {
      for (let i = 0; i < 40; i += 1) {
        const active = deepActive();
        if (active && wanted(active)) return;
        await sendKeys({ press: 'Tab' });
      }
      throw new Error(`Tab never reached ${what}; focus is on ${deepActive()?.outerHTML.slice(0, 120)}`);
    };
    const hostOf = (active: Element) => (active.getRootNode() as ShadowRoot).host as Element | undefined;
    const onField = (id: string) => (active: Element) => hostOf(active)?.id === id && active.localName === 'input';
    const onButton = (selector: string) => (active: Element) => hostOf(active)?.matches(selector) === true;
    const typeInto = async (id: string, text: string) => {
      await tabTo(`field ${id}`, onField(id));
      await sendKeys({ type: text });
    };
    const next = async (step: string) => {
      await tabTo('continue', onButton('[part="continue-button"]'));
      await sendKeys({ press: 'Enter' });
      await waitFor(el, () => el.currentStep === step, `the ${step} step`);
    };

    // 1. The card: the recommended one, first in the radio group, with Space.
    await tabTo('a card', (active) => active.matches('input[name="productId"]'));
    await sendKeys({ press: 'Space' });
    await next('identity');
    // 2. Identity, with the SMS code sent and typed.
    await typeInto('name', a.name);
    await typeInto('idNumber', a.idNumber);
    await typeInto('mobile', a.mobile);
    await tabTo('send code', onButton('#send-code'));
    await sendKeys({ press: 'Enter' });
    await waitFor(el, () => $(el, 'banklet-field#otp'), 'the code field');
    await typeInto('otp', '246810');
    await typeInto('email', a.email);
    await next('employment');
    // 3. Employment and income band.
    await typeInto('employer', a.employer);
    await typeInto('occupation', a.occupation);
    // Arrow keys move through the bands and select: the third is ¥10k–20k a month.
    await tabTo('an income band', (active) => active.matches('input[name="incomeBand"]'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(el, () => $<HTMLInputElement>(el, 'input[name="incomeBand"]:checked')?.value === '10k_20k', 'the 10k–20k band');
    await next('address');
    // 4. Address.
    await typeInto('province', a.province);
    await typeInto('city', a.city);
    await typeInto('line1', a.line1);
    await next('consent');
    // 5. Every document's checkbox, with Space (the documents load after the step shows).
    await waitFor(el, () => $$(el, 'input[type="checkbox"][id^="consent-"]').length > 0, 'the agreements');
    for (const box of $$<HTMLInputElement>(el, 'input[type="checkbox"][id^="consent-"]')) {
      await tabTo(`consent ${box.id}`, (active) => active === box);
      await sendKeys({ press: 'Space' });
    }
    await next('review');
    // 6. Review → send → decision, then the PIN twice on the keyboard.
    await tabTo('send', onButton('[part="continue-button"]'));
    await sendKeys({ press: 'Enter' });
    await waitFor(el, () => $(el, '[part="credit-limit"]'), 'the approval', 20_000);
    await tabTo('activate', onButton('[part="decision"] banklet-button'));
    await sendKeys({ press: 'Enter' });
    await waitFor(el, () => $(el, 'banklet-pin-pad'), 'the PIN pad');
    const activated = new Promise((resolve) => el.addEventListener('banklet-card-activated', resolve, { once: true }));
    await tabTo('the PIN pad', (active) => hostOf(active)?.localName === 'banklet-pin-pad');
    await sendKeys({ type: '902113' });
    // The pad clears and asks for the PIN again.
    await settle(el, 6);
    await tabTo('the PIN pad again', (active) => hostOf(active)?.localName === 'banklet-pin-pad');
    await sendKeys({ type: '902113' });
    await activated;
    await waitFor(el, () => $(el, '[part="virtual-card"]'), 'the card');
  });

  it('takes the host\'s prefill for empty answers and resumes a decided application by id', async () => {
    const client = await sandboxClient(member());
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('banklet-card-application');
    el.client = client;
    el.draftId = `prefill-${Math.random()}`;
    el.prefill = { name: '赵六', email: 'zhao@example.com', productId: 'p-gold' };
    host.append(el);
    await waitFor(el, () => el.currentStep === 'product', 'the form');
    expect($$<HTMLInputElement>(el, 'input[name="productId"]').find((r) => r.checked)?.value).to.equal('p-gold');
    await answerUntil(el, { ...answers(), productId: 'p-gold' }, 'identity');
    expect(field(el, 'name').value).to.equal('赵六');
    host.remove();

    const id = await submitDirect(client, 3);
    const resumed = await mount(client, { attrs: { 'application-id': id } });
    expect($(resumed, '[part="credit-limit"]')).to.exist;
  });

  it('asks for the PIN twice, refuses weak or different PINs, and never activates without the bank key', async () => {
    const client = await sandboxClient(member());
    const id = await submitDirect(client, 3);
    const errors: CustomEvent[] = [];
    const el = await mount(client, { lang: 'en', attrs: { 'application-id': id, 'pin-key-id': 'sandbox-pin-key-1', 'pin-public-key': await pinKey() } });
    press($(el, '[part="decision"] banklet-button'));
    await waitFor(el, () => $(el, 'banklet-pin-pad'), 'the PIN pad');
    await enterPin(el, '123456');
    expect(($(el, 'banklet-pin-pad') as HTMLElement & { error: string }).error).to.match(/too easy/);
    await enterPin(el, '481516');
    expect($(el, '#step-heading')!.textContent).to.equal('Enter the PIN again');
    await enterPin(el, '481517');
    expect(($(el, 'banklet-pin-pad') as HTMLElement & { error: string }).error).to.match(/different/);
    expect($(el, '#step-heading')!.textContent).to.equal('Set a 6-digit card PIN');
    unmount(el);

    const keyless = await mount(client, { lang: 'en', attrs: { 'application-id': id }, onCreate: (c) => c.addEventListener('banklet-error', (e) => errors.push(e as CustomEvent)) });
    press($(keyless, '[part="decision"] banklet-button'));
    await settle(keyless);
    expect($(keyless, 'banklet-pin-pad')).to.equal(null);
    expect(errors.map((e) => e.detail.code)).to.include('PIN_KEY_MISSING');
  });

  /** A client whose API answers from memory: the leak check measures the element, not the network. */
  const offline: BaseClient = (() => {
    const base = createBaseClient({ baseUrl: 'https://bank.example/v1', fetchToken: async () => 't', analytics: false });
    const list: CardProductList = {
      segment: 'potential',
      items: [{
        id: 'p-1', name: 'Card', tagline: 'A card', network: 'unionpay', annualFee: { amount: 0, currency: 'CNY' }, annualFeeWaiver: 'None',
        creditLimitRange: { min: { amount: 100_000, currency: 'CNY' }, max: { amount: 500_000, currency: 'CNY' } }, benefits: ['One'],
        imageUrl: 'data:,', imageAlt: '', recommended: true, rank: 1,
      }],
    };
    return { ...base, request: (async () => ({ data: list })) as never };
  })();
  itDoesNotLeak(() => html`<banklet-card-application draft-id="leak" .client=${offline}></banklet-card-application>`);
});
