import { expect } from '@open-wc/testing';
import { createElement, act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { BankletButton as ButtonElement } from '../internal/button/button.js';
import type { BankletSheet as SheetElement } from '../internal/sheet/sheet.js';
import { BankletButton, BankletSheet, BankletStatus, type CloseRequestDetail, type ReadyDetail } from './index.js';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('React wrappers (@banklet/elements/react)', () => {
  let host: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    host.remove();
  });

  it('renders a widget with properties and delivers banklet-ready to onBankletReady, typed', async () => {
    const ready: ReadyDetail[] = [];
    let element: ButtonElement | null = null;
    await act(async () => {
      root.render(
        createElement(
          BankletButton,
          {
            ref: (el: ButtonElement | null) => void (element = el),
            variant: 'secondary',
            disabled: true,
            onBankletReady: (event) => ready.push(event.detail),
          },
          'Continue',
        ),
      );
    });
    await delay(50);
    expect(element).to.be.instanceOf(customElements.get('banklet-button'));
    expect(element!.localName).to.equal('banklet-button');
    expect(element!.variant).to.equal('secondary');
    expect(element!.disabled).to.equal(true);
    expect(element!.textContent).to.equal('Continue');
    expect(ready).to.have.length(1);
    expect(ready[0].widget).to.equal('banklet-button');
    expect(ready[0].version).to.be.a('string');
  });

  it('maps cancelable sheet events and removes listeners when the prop changes', async () => {
    const requests: CloseRequestDetail[] = [];
    let element: SheetElement | null = null;
    const onRequest = (event: CustomEvent<CloseRequestDetail>): void => {
      requests.push(event.detail);
      event.preventDefault();
    };
    await act(async () => {
      root.render(createElement(BankletSheet, { ref: (el: SheetElement | null) => void (element = el), label: 'Pay', onBankletCloseRequest: onRequest }));
    });
    await element!.updateComplete;
    await element!.show();
    expect(element!.requestClose('method')).to.equal(false);
    expect(requests).to.deep.equal([{ source: 'method' }]);
    expect(element!.open, 'the handler vetoed closing').to.equal(true);

    await act(async () => {
      root.render(createElement(BankletSheet, { ref: (el: SheetElement | null) => void (element = el), label: 'Pay' }));
    });
    expect(element!.requestClose('method')).to.equal(true);
    expect(requests).to.have.length(1);
    expect(element!.open).to.equal(false);
  });

  it('every wrapper names its element', () => {
    expect(BankletStatus.displayName).to.equal('BankletStatus');
  });
});
