import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { spy } from 'sinon';
import type { Validator } from '@banklet/sdk';
import './define.js';
import type { BankletField } from './field.js';
import { fixtureIn, itIsAccessibleInEveryVariant } from '../testing/matrix.js';
import { itDoesNotLeak } from '../testing/memory.js';

const digitsOnly: Validator<unknown> = (value) => (/^\d+$/.test(String(value)) ? null : { code: 'PATTERN' });

const inner = (el: BankletField) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: BankletField) => el.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim();

describe('banklet-field', () => {
  itIsAccessibleInEveryVariant(() => html`<banklet-field label="手机号" hint="用于接收验证码" required></banklet-field>`);
  // The error state is the one most likely to break contrast and ARIA wiring.
  itIsAccessibleInEveryVariant<BankletField>(
    () => html`<banklet-field label="Mobile" required></banklet-field>`,
    (el) => void el.reportValidity(),
  );

  it('labels the input and passes inputmode and autocomplete through', async () => {
    const el = await fixture<BankletField>(
      html`<banklet-field label="手机号" inputmode="tel" autocomplete="tel-national" hint="11 位"></banklet-field>`,
    );
    const input = inner(el);
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.htmlFor).to.equal(input.id);
    expect(input.getAttribute('inputmode')).to.equal('tel');
    expect(input.getAttribute('autocomplete')).to.equal('tel-national');
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
  });

  it('shows a localized error only after blur, wired with aria-invalid and aria-describedby', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><banklet-field label="姓名" required></banklet-field><button>next</button></div>`);
    const el = wrapper.querySelector('banklet-field')!;
    expect(inner(el).getAttribute('aria-invalid')).to.equal('false');
    expect(errorText(el)).to.equal('');
    el.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(inner(el).getAttribute('aria-describedby')).to.contain('error');
    expect(errorText(el)).to.contain('此项必填');
    expect(el.hasAttribute('invalid')).to.equal(true);
  });

  it('uses English messages under lang=en and clears the error as the person fixes it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><banklet-field label="Code"></banklet-field></div>`);
    const el = wrapper.querySelector('banklet-field')!;
    el.validators = [digitsOnly];
    el.focus();
    await sendKeys({ type: '12a' });
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.contain('The format is not right');
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
    expect(el.checkValidity()).to.equal(true);
  });

  it('fires input per keystroke and one change on commit, both seen outside the shadow root', async () => {
    const el = await fixture<BankletField>(html`<banklet-field label="Email" type="email"></banklet-field>`);
    const onInput = spy();
    const onChange = spy();
    el.addEventListener('input', onInput);
    el.addEventListener('change', onChange);
    el.focus();
    await sendKeys({ type: 'abc' });
    await sendKeys({ press: 'Tab' });
    expect(onInput.callCount).to.equal(3);
    expect(onChange.callCount).to.equal(1);
    expect(el.value).to.equal('abc');
  });

  it('takes part in its form: FormData, validity blocking submit, reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <banklet-field name="mobile" label="Mobile" value="138" required></banklet-field>
    </form>`);
    const el = form.querySelector('banklet-field')!;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    expect(new FormData(form).get('mobile')).to.equal('138');

    el.value = '';
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    const onSubmit = spy((event: Event) => event.preventDefault());
    form.addEventListener('submit', onSubmit);
    form.requestSubmit();
    expect(onSubmit.callCount).to.equal(0);
    await el.updateComplete;
    expect(el.hasAttribute('invalid')).to.equal(true);

    el.value = '13800138000';
    await el.updateComplete;
    form.requestSubmit();
    expect(onSubmit.callCount).to.equal(1);

    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('138');
    expect(el.hasAttribute('invalid')).to.equal(false);
  });

  it('submits its form on Enter like a native input, with the value just typed, but not while an input method composes', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><banklet-field name="code" label="Code" required></banklet-field></form>`);
    const el = form.querySelector('banklet-field')!;
    const submitted: (string | null)[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(new FormData(form).get('code') as string | null);
    });
    inner(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(submitted, 'empty and required: blocked').to.deep.equal([]);
    expect(el.hasAttribute('invalid')).to.equal(true);

    await sendKeys({ type: '246810' });
    inner(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(submitted, 'Enter that picks an IME candidate').to.deep.equal([]);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(submitted).to.deep.equal(['246810']);
  });

  it('keeps model, formatted and serialized values apart', async () => {
    const el = await fixture<BankletField>(html`<banklet-field name="card" label="Card"></banklet-field>`);
    el.parser = (text) => text.replace(/\s+/g, '');
    el.formatter = (model) => String(model).replace(/(\d{4})(?=\d)/g, '$1 ');
    el.serializer = (model) => `card:${model}`;
    el.focus();
    await sendKeys({ type: '6222 0212 3456 7890' });
    expect(el.modelValue).to.equal('6222021234567890');
    expect(el.serializedValue).to.equal('card:6222021234567890');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(inner(el).value).to.equal('6222 0212 3456 7890');
  });

  it('shows a server error until the value changes', async () => {
    const el = await fixture<BankletField>(html`<banklet-field label="ID" value="x"></banklet-field>`);
    el.error = 'Already used';
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.contain('Already used');
    expect(el.validationCode).to.equal('SERVER');
    el.focus();
    await sendKeys({ type: 'y' });
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
  });

  it('replaces the browser bubble with its own message and focuses the first invalid field', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <banklet-field name="a" label="A"></banklet-field>
      <banklet-field name="b" label="B" required></banklet-field>
      <banklet-field name="c" label="C" required></banklet-field>
    </form>`);
    const [, b, c] = [...form.querySelectorAll('banklet-field')];
    const invalidEvents: Event[] = [];
    form.addEventListener('invalid', (event) => invalidEvents.push(event), { capture: true });
    form.requestSubmit();
    await b!.updateComplete;
    expect(invalidEvents.length).to.equal(2);
    expect(invalidEvents.every((event) => event.defaultPrevented)).to.equal(true);
    expect(document.activeElement).to.equal(b);
    expect(b!.hasAttribute('invalid')).to.equal(true);
    expect(c!.hasAttribute('invalid')).to.equal(true);
  });

  it('is disabled by a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><banklet-field label="A" required></banklet-field></fieldset></form>`);
    const el = form.querySelector('banklet-field')!;
    await el.updateComplete;
    expect(el.disabled).to.equal(true);
    expect(inner(el).disabled).to.equal(true);
  });

  it('uses senior-mode type size of at least 18px', async () => {
    const el = await fixtureIn<BankletField>(html`<banklet-field label="A"></banklet-field>`, { name: 'senior', lang: 'zh-CN', senior: true });
    expect(parseFloat(getComputedStyle(inner(el)).fontSize)).to.be.at.least(18);
    expect(el.shadowRoot!.querySelector('.control')!.getBoundingClientRect().height).to.be.at.least(48);
  });
});

describe('banklet-field memory', () => {
  itDoesNotLeak(() => html`<banklet-field label="A" required hint="h"></banklet-field>`);
});
