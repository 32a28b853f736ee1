import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { spy } from 'sinon';
import './define.js';
import type { BankletPinPad } from './pin-pad.js';
import { itIsAccessibleInEveryVariant } from '../testing/matrix.js';
import { itDoesNotLeak } from '../testing/memory.js';

const keys = (el: BankletPinPad) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="key"]')];
const key = (el: BankletPinPad, digit: string) => keys(el).find((k) => k.textContent === digit)!;
const filled = (el: BankletPinPad) => el.shadowRoot!.querySelectorAll('.dot.filled').length;

describe('banklet-pin-pad', () => {
  itIsAccessibleInEveryVariant(() => html`<banklet-pin-pad></banklet-pin-pad>`);
  itIsAccessibleInEveryVariant<BankletPinPad>(() => html`<banklet-pin-pad shuffle></banklet-pin-pad>`, (el) => {
    el.error = '密码错误，还可以尝试 2 次';
  });

  it('takes six digits by tapping, never echoes them, and hands them over once', async () => {
    const el = await fixture<BankletPinPad>(html`<banklet-pin-pad></banklet-pin-pad>`);
    const onComplete = spy();
    el.addEventListener('banklet-pin-complete', onComplete);
    for (const digit of '135790') key(el, digit).click();
    await el.updateComplete;
    expect(filled(el)).to.equal(6);
    expect(onComplete.callCount).to.equal(1);
    expect(onComplete.firstCall.args[0].detail).to.deep.equal({ length: 6 });
    expect(el.shadowRoot!.innerHTML).not.to.contain('135790');
    expect(el.outerHTML).not.to.contain('135790');
    expect(el.takePin()).to.equal('135790');
    expect(el.takePin()).to.equal(undefined);
    await el.updateComplete;
    expect(filled(el)).to.equal(0);
  });

  it('works from the keyboard: digits, Backspace, and announces progress', async () => {
    const el = await fixture<BankletPinPad>(html`<banklet-pin-pad lang="en"></banklet-pin-pad>`);
    await el.updateComplete;
    el.focus();
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '34567' });
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('progress')!.textContent).to.equal('6 of 6 digits entered');
    expect(el.takePin()).to.equal('134567');
  });

  it('never lets the completion event out of its owner', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><banklet-pin-pad length="4"></banklet-pin-pad></div>`);
    const el = wrapper.querySelector('banklet-pin-pad')!;
    const outside = spy();
    wrapper.addEventListener('banklet-pin-complete', outside);
    for (const digit of '1234') key(el, digit).click();
    expect(outside.callCount).to.equal(0);
  });

  it('shuffles keys unpredictably when asked, and re-shuffles on clear', async () => {
    const orders = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      const el = await fixture<BankletPinPad>(html`<banklet-pin-pad shuffle></banklet-pin-pad>`);
      orders.add(keys(el).map((k) => k.textContent).join(''));
      expect(keys(el).map((k) => k.textContent).sort().join('')).to.equal('0123456789');
    }
    expect(orders.size).to.be.greaterThan(1);
  });

  it('ignores input while disabled, and clears an error on the next key', async () => {
    const el = await fixture<BankletPinPad>(html`<banklet-pin-pad disabled error="wrong"></banklet-pin-pad>`);
    key(el, '1').click();
    await el.updateComplete;
    expect(filled(el)).to.equal(0);
    el.disabled = false;
    await el.updateComplete;
    key(el, '1').click();
    await el.updateComplete;
    expect(el.error).to.equal('');
    expect(filled(el)).to.equal(1);
  });

  it('wipes the digits when removed', async () => {
    const el = await fixture<BankletPinPad>(html`<banklet-pin-pad length="4"></banklet-pin-pad>`);
    for (const digit of '1234') key(el, digit).click();
    el.remove();
    expect(el.takePin()).to.equal(undefined);
  });

  itDoesNotLeak(() => html`<banklet-pin-pad shuffle></banklet-pin-pad>`);
});
