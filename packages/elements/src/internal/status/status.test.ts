import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { BankletStatus } from './status.js';
import { itIsAccessibleInEveryVariant } from '../testing/matrix.js';

const region = (el: BankletStatus) => el.shadowRoot!.querySelector('[part="base"]')!;

describe('banklet-status', () => {
  itIsAccessibleInEveryVariant<BankletStatus>(
    () => html`<banklet-status tone="error"></banklet-status>`,
    (el) => el.announce('支付失败，请重试'),
  );

  it('is a polite live region by default and an alert when assertive', async () => {
    const el = await fixture<BankletStatus>(html`<banklet-status></banklet-status>`);
    expect(region(el).getAttribute('role')).to.equal('status');
    expect(region(el).getAttribute('aria-live')).to.equal('polite');
    el.politeness = 'assertive';
    await el.updateComplete;
    expect(region(el).getAttribute('role')).to.equal('alert');
  });

  it('exists empty before the message arrives, so the message is announced', async () => {
    const el = await fixture<BankletStatus>(html`<banklet-status></banklet-status>`);
    const before = region(el);
    expect(before.textContent!.trim()).to.equal('');
    await el.announce('已提交');
    expect(region(el)).to.equal(before);
    expect(before.textContent!.trim()).to.equal('已提交');
  });

  it('re-announces the same text by clearing the region in between', async () => {
    const el = await fixture<BankletStatus>(html`<banklet-status></banklet-status>`);
    await el.announce('网络连接失败');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(region(el).textContent!.trim()));
    observer.observe(region(el), { childList: true, subtree: true, characterData: true });
    await el.announce('网络连接失败');
    observer.disconnect();
    expect(seen).to.include('');
    expect(seen.at(-1)).to.equal('网络连接失败');
  });

  it('can announce without showing anything', async () => {
    const el = await fixture<BankletStatus>(html`<banklet-status visually-hidden></banklet-status>`);
    await el.announce('Loading');
    expect(region(el).getBoundingClientRect().width).to.be.at.most(1);
    expect(el.message).to.equal('Loading');
  });

  it('sets the tone from announce()', async () => {
    const el = await fixture<BankletStatus>(html`<banklet-status></banklet-status>`);
    await el.announce('Paid', 'success');
    expect(el.getAttribute('tone')).to.equal('success');
  });
});
