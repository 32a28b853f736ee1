import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { spy } from 'sinon';
import './define.js';
import '../button/define.js';
import type { BankletSheet } from './sheet.js';
import { itIsAccessibleInEveryVariant } from '../testing/matrix.js';
import { itDoesNotLeak } from '../testing/memory.js';

const dialogOf = (el: BankletSheet) => el.shadowRoot!.querySelector('dialog')!;

async function openSheet(): Promise<{ page: HTMLDivElement; sheet: BankletSheet; opener: HTMLButtonElement }> {
  const page = await fixture<HTMLDivElement>(html`<div>
    <button id="opener">open</button>
    <button id="outside">outside</button>
    <banklet-sheet label="确认付款">
      <p>内容</p>
      <input id="first" aria-label="first" />
      <banklet-button slot="footer">确认</banklet-button>
    </banklet-sheet>
  </div>`);
  const opener = page.querySelector<HTMLButtonElement>('#opener')!;
  const sheet = page.querySelector('banklet-sheet')!;
  opener.focus();
  const opened = oneEvent(sheet, 'banklet-open');
  sheet.show();
  await opened;
  await sheet.updateComplete;
  return { page, sheet, opener };
}

describe('banklet-sheet', () => {
  afterEach(() => {
    for (const sheet of document.querySelectorAll('banklet-sheet')) sheet.hide();
  });

  itIsAccessibleInEveryVariant<BankletSheet>(
    () => html`<banklet-sheet label="Pay"><p>Body text</p><banklet-button slot="footer">OK</banklet-button></banklet-sheet>`,
    (el) => el.show(),
  );

  it('opens as a labelled modal dialog and moves focus into it', async () => {
    const { sheet } = await openSheet();
    const dialog = dialogOf(sheet);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
    expect(sheet.shadowRoot!.getElementById('title')!.textContent).to.equal('确认付款');
    expect(sheet.shadowRoot!.activeElement).to.equal(sheet.shadowRoot!.querySelector('.body'));
  });

  it('keeps Tab inside the sheet (the page behind is inert)', async () => {
    const { page } = await openSheet();
    const outside = page.querySelector('#outside')!;
    for (let i = 0; i < 8; i += 1) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).not.to.equal(outside);
      expect(document.activeElement?.id).not.to.equal('opener');
    }
  });

  it('asks before closing on Escape and returns focus to the opener', async () => {
    const { sheet, opener } = await openSheet();
    const onRequest = spy();
    sheet.addEventListener('banklet-close-request', onRequest);
    const closed = oneEvent(sheet, 'banklet-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(onRequest.callCount).to.equal(1);
    expect(onRequest.firstCall.args[0].detail).to.deep.equal({ source: 'escape' });
    expect(sheet.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('stays open when the close request is prevented (payment in flight)', async () => {
    const { sheet } = await openSheet();
    sheet.addEventListener('banklet-close-request', (event) => event.preventDefault());
    const onClose = spy();
    sheet.addEventListener('banklet-close', onClose);
    await sendKeys({ press: 'Escape' });
    sheet.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    await sheet.updateComplete;
    expect(dialogOf(sheet).open).to.equal(true);
    expect(onClose.callCount).to.equal(0);
  });

  it('closes from the localized close button and the backdrop', async () => {
    const { sheet } = await openSheet();
    const closeButton = sheet.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
    expect(closeButton.getAttribute('aria-label')).to.equal('关闭');
    const sources: string[] = [];
    sheet.addEventListener('banklet-close-request', (event) => sources.push(event.detail.source));
    closeButton.click();
    await sheet.updateComplete;
    expect(sheet.open).to.equal(false);

    await sheet.show();
    const rect = dialogOf(sheet).getBoundingClientRect();
    // Click the backdrop above the panel.
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 5), Math.max(1, Math.round(rect.top - 20))] });
    await sheet.updateComplete;
    expect(sources).to.deep.equal(['close-button', 'backdrop']);
    expect(sheet.open).to.equal(false);
  });

  it('does not let lifecycle events bubble out to an enclosing sheet', async () => {
    const outer = await fixture<BankletSheet>(html`<banklet-sheet label="outer"><banklet-sheet label="inner"></banklet-sheet></banklet-sheet>`);
    const inner = outer.querySelector('banklet-sheet')!;
    const onOuter = spy();
    outer.addEventListener('banklet-open', onOuter);
    outer.addEventListener('banklet-close', onOuter);
    outer.addEventListener('banklet-close-request', onOuter);
    await outer.show();
    await inner.show();
    inner.requestClose();
    outer.hide();
    // Only the outer sheet's own open and close reached its listener.
    expect(onOuter.args.map(([event]) => (event as Event).type)).to.deep.equal(['banklet-open', 'banklet-close']);
  });

  it('is a bottom sheet on phones: full width, anchored to the bottom', async () => {
    const { sheet } = await openSheet();
    const rect = dialogOf(sheet).getBoundingClientRect();
    if (window.innerWidth < 600) {
      expect(Math.round(rect.width)).to.equal(window.innerWidth);
      expect(Math.round(rect.bottom)).to.equal(window.innerHeight);
    } else {
      expect(rect.width).to.be.at.most(480);
    }
  });

  it('lifts the footer above the on-screen keyboard reported by visualViewport', async () => {
    const { sheet } = await openSheet();
    expect(sheet.style.getPropertyValue('--bk-keyboard-inset')).to.equal('0px');
    sheet.hide();
    expect(sheet.style.getPropertyValue('--bk-keyboard-inset')).to.equal('');
  });
});

describe('banklet-sheet memory', () => {
  itDoesNotLeak(() => html`<banklet-sheet label="x" open><banklet-button slot="footer">ok</banklet-button></banklet-sheet>`);
});
