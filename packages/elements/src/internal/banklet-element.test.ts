import { expect, fixture, html } from '@open-wc/testing';
import { spy } from 'sinon';
import { createClient, type AnalyticsEnvelope } from '@banklet/sdk';
import './button/define.js';
import './field/define.js';
import type { BankletButton } from './button/button.js';
import { configure, resetConfiguration } from './config.js';
import { resetWarnings } from './warn.js';

const clientWith = (overrides: Partial<Parameters<typeof createClient>[0]> = {}) =>
  createClient({ baseUrl: 'https://bank.example/api', fetchToken: async () => 't', ...overrides });

const resolved = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

describe('BankletElement (through banklet-button)', () => {
  afterEach(() => {
    resetConfiguration();
    resetWarnings();
  });

  it('uses its own client before the page client', async () => {
    const page = clientWith();
    const own = clientWith();
    configure({ client: page });
    const el = await fixture<BankletButton>(html`<banklet-button>x</banklet-button>`);
    expect((el as unknown as { resolvedClient: unknown }).resolvedClient).to.equal(page);
    el.client = own;
    expect((el as unknown as { resolvedClient: unknown }).resolvedClient).to.equal(own);
  });

  it('creates the page client from configure({ baseUrl, fetchToken }) and validates it', () => {
    const client = configure({ baseUrl: 'https://bank.example/api', fetchToken: async () => 't' });
    expect(client?.config.baseUrl).to.equal('https://bank.example/api');
    expect(() => configure({ baseUrl: '', fetchToken: async () => 't' })).to.throw(/baseUrl/);
  });

  it('reports errors as banklet-error and to analytics without personal data', async () => {
    const events: AnalyticsEnvelope[] = [];
    configure({ client: clientWith({ onEvent: (e) => events.push(e) }) });
    const el = await fixture<BankletButton>(html`<banklet-button>x</banklet-button>`);
    const onError = spy();
    document.addEventListener('banklet-error', onError);
    (el as unknown as { reportError: (e: unknown) => void }).reportError({
      type: 'network', code: 'OFFLINE', message: '网络连接失败', retryable: true, requestId: 'r1',
    });
    document.removeEventListener('banklet-error', onError);
    expect(onError.callCount).to.equal(1);
    expect(onError.firstCall.args[0].detail).to.include({ type: 'network', code: 'OFFLINE', widget: 'banklet-button' });
    const tracked = events.find((e) => e.name === 'banklet-error')!;
    expect(tracked.props).to.deep.equal({ type: 'network', code: 'OFFLINE', requestId: 'r1' });
    expect(tracked.widget).to.equal('banklet-button');
  });

  it('applies appearance tokens live, and removes them when they go away', async () => {
    const el = await fixture<BankletButton>(html`<banklet-button>x</banklet-button>`);
    const inner = el.shadowRoot!.querySelector('button')!;
    configure({ appearance: { tokens: { 'color-primary': 'rgb(0, 100, 0)' } } });
    await el.updateComplete;
    expect(getComputedStyle(inner).backgroundColor).to.equal('rgb(0, 100, 0)');
    configure({ appearance: { tokens: {} } });
    await el.updateComplete;
    expect(el.style.getPropertyValue('--banklet-sys-color-primary')).to.equal('');
    expect(getComputedStyle(inner).backgroundColor).to.equal('rgb(180, 35, 42)');
  });

  it('ignores token values that try to break out of the declaration', async () => {
    const warn = spy(console, 'warn');
    const el = await fixture<BankletButton>(html`<banklet-button>x</banklet-button>`);
    el.appearance = { tokens: { 'color-primary': 'red; } body { display:none' } };
    await el.updateComplete;
    warn.restore();
    expect(el.style.getPropertyValue('--banklet-sys-color-primary')).to.equal('');
    expect(warn.args.some(([m]) => String(m).includes('BKL-APPEARANCE'))).to.equal(true);
  });

  it('switches every element to dark and senior with one configure() call', async () => {
    const el = await fixture<BankletButton>(html`<banklet-button>x</banklet-button>`);
    configure({ appearance: { colorScheme: 'dark', senior: true } });
    await el.updateComplete;
    expect(el.getAttribute('bk-scheme')).to.equal('dark');
    expect(el.hasAttribute('bk-senior')).to.equal(true);
    expect(resolved(el, '--bk-color-surface')).to.equal('#1c1b1f');
    expect(resolved(el, '--bk-font-size')).to.equal('20px');
    expect(el.seniorMode).to.equal(true);
  });

  it('lets page CSS theme through inherited --banklet-sys-* properties', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--banklet-sys-color-primary: rgb(1, 2, 3)"><banklet-button>x</banklet-button></div>`);
    const el = wrapper.querySelector('banklet-button')!;
    expect(getComputedStyle(el.shadowRoot!.querySelector('button')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('lets nested primitives inherit the enclosing element\'s senior mode and scheme', async () => {
    // A field's suffix slot holds a button: the button is nested in a Banklet element.
    const field = await fixture(html`<banklet-field label="验证码" senior color-scheme="dark"><banklet-button slot="suffix">发送</banklet-button></banklet-field>`);
    const button = field.querySelector('banklet-button')!;
    await button.updateComplete;
    expect(button.hasAttribute('bk-senior')).to.equal(false);
    expect(button.seniorMode).to.equal(true);
    expect(resolved(button, '--bk-font-size')).to.equal('20px');
    expect(resolved(button, '--bk-color-surface')).to.equal('#1c1b1f');
  });

  it('emits banklet-ready for the element the host placed, not for the primitives inside it', async () => {
    const seen: string[] = [];
    const listener = (event: Event) => seen.push((event as CustomEvent).detail.widget);
    document.addEventListener('banklet-ready', listener);
    await fixture(html`<banklet-field label="验证码"><banklet-button slot="suffix">发送</banklet-button></banklet-field>`);
    await new Promise((r) => setTimeout(r, 50));
    document.removeEventListener('banklet-ready', listener);
    expect(seen).to.deep.equal(['banklet-field']);
  });

  it('follows prefers-color-scheme only when asked to (auto)', async () => {
    const el = await fixture<BankletButton>(html`<banklet-button color-scheme="auto">x</banklet-button>`);
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(resolved(el, '--bk-color-surface')).to.equal(dark ? '#1c1b1f' : '#ffffff');
  });
});

describe('BankletElement without its texts', () => {
  it('renders nothing and reports a retryable network error once when its catalogue cannot be downloaded, then renders when back online', async () => {
    const { defineCatalogue } = await import('./localize.js');
    const { BankletElement } = await import('./banklet-element.js');
    let reachable = false;
    const fail = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const catalogue = defineCatalogue<{ hello: string }>('offline-test', {
      'zh-CN': () => (reachable ? Promise.resolve({ hello: '你好' }) : fail()),
      en: () => (reachable ? Promise.resolve({ hello: 'Hello' }) : fail()),
    });
    class OfflineTexts extends BankletElement {
      private readonly t = this.useCatalogue(catalogue);
      override render() {
        return html`<p>${this.t.msg.hello}</p>`;
      }
    }
    customElements.define('bk-offline-texts', OfflineTexts);
    const errors: CustomEvent[] = [];
    const holder = document.createElement('div');
    holder.addEventListener('banklet-error', (event) => errors.push(event as CustomEvent));
    document.body.append(holder);
    const el = document.createElement('bk-offline-texts') as InstanceType<typeof OfflineTexts>;
    holder.append(el);
    for (let i = 0; i < 20 && errors.length === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')).to.equal(null);
    expect(errors.map((e) => [e.detail.type, e.detail.code, e.detail.retryable])).to.deep.equal([['network', 'TEXTS_UNAVAILABLE', true]]);

    reachable = true;
    window.dispatchEvent(new Event('online'));
    for (let i = 0; i < 20 && !el.shadowRoot!.querySelector('p'); i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('你好');
    holder.remove();
  });
});
