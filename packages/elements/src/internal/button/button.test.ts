import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { spy } from 'sinon';
import './define.js';
import type { BankletButton } from './button.js';
import { fixtureIn, itIsAccessibleInEveryVariant, VARIANTS } from '../testing/matrix.js';

describe('banklet-button', () => {
  itIsAccessibleInEveryVariant(() => html`<banklet-button>继续</banklet-button>`);
  itIsAccessibleInEveryVariant(() => html`<banklet-button loading variant="secondary">Pay</banklet-button>`);

  it('exposes a native button with its label as accessible name', async () => {
    const el = await fixture<BankletButton>(html`<banklet-button>Continue</banklet-button>`);
    const inner = el.shadowRoot!.querySelector('button')!;
    expect(inner.getAttribute('aria-disabled')).to.equal('false');
    expect(el.textContent).to.equal('Continue');
  });

  it('is activated by Enter and Space', async () => {
    const el = await fixture<BankletButton>(html`<banklet-button>Go</banklet-button>`);
    const onClick = spy();
    el.addEventListener('click', onClick);
    el.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(onClick.callCount).to.equal(2);
  });

  it('stays focusable but fires no click while disabled or loading', async () => {
    const el = await fixture<BankletButton>(html`<banklet-button disabled>Go</banklet-button>`);
    const onClick = spy();
    el.addEventListener('click', onClick);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('button'));
    await sendKeys({ press: 'Enter' });
    el.click();
    el.disabled = false;
    el.loading = true;
    await el.updateComplete;
    el.click();
    expect(onClick.callCount).to.equal(0);
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-busy')).to.equal('true');
  });

  it('submits its form once per activation, through ElementInternals', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><banklet-button type="submit">Send</banklet-button></form>`);
    const onSubmit = spy((event: Event) => event.preventDefault());
    form.addEventListener('submit', onSubmit);
    const button = form.querySelector('banklet-button')!;
    expect(button.form).to.equal(form);
    button.click();
    expect(onSubmit.callCount).to.equal(1);
  });

  it('resets its form when type is reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="a" value="x" /><banklet-button type="reset">Reset</banklet-button></form>`);
    const input = form.querySelector('input')!;
    input.value = 'changed';
    form.querySelector('banklet-button')!.click();
    expect(input.value).to.equal('x');
  });

  it('emits banklet-ready once with its tag and version', async () => {
    const el = document.createElement('banklet-button');
    const ready = oneEvent(el, 'banklet-ready');
    document.body.append(el);
    const event = await ready;
    expect(event.detail.widget).to.equal('banklet-button');
    expect(event.detail.version).to.match(/^\d+\.\d+\.\d+/);
    el.remove();
  });

  it('grows to the senior target size', async () => {
    const normal = await fixtureIn<BankletButton>(html`<banklet-button>Go</banklet-button>`, VARIANTS[0]!);
    const senior = await fixtureIn<BankletButton>(html`<banklet-button>Go</banklet-button>`, VARIANTS[3]!);
    const height = (el: BankletButton) => el.shadowRoot!.querySelector('button')!.getBoundingClientRect().height;
    expect(height(normal)).to.be.at.least(44);
    expect(height(senior)).to.be.at.least(48);
    const fontSize = (el: BankletButton) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector('button')!).fontSize);
    expect(fontSize(senior)).to.be.at.least(18);
  });
});
