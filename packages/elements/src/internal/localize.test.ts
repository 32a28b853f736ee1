import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import './field/define.js';
import { configure, resetConfiguration } from './config.js';
import { defineCatalogue, LocalizeController, matchLocale, registerTranslations } from './localize.js';
import type { BankletField } from './field/field.js';

const errorText = (el: BankletField) => el.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim();
const labelOptional = (el: BankletField) => el.shadowRoot!.querySelector('.optional')!.textContent!.trim();

describe('localization', () => {
  afterEach(() => resetConfiguration());

  it('matches locales: exact, then language, then zh-CN', () => {
    const available = ['zh-CN', 'en'];
    expect(matchLocale('en', available)).to.equal('en');
    expect(matchLocale('en-GB', available)).to.equal('en');
    expect(matchLocale('ZH-cn', available)).to.equal('zh-CN');
    expect(matchLocale('zh-Hans-CN', available)).to.equal('zh-CN');
    expect(matchLocale('fr', available)).to.equal('zh-CN');
  });

  it('resolves element lang, then configured locale, then nearest [lang] across shadow roots', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><banklet-field label="A"></banklet-field></div>`);
    const el = wrapper.querySelector('banklet-field')!;
    await el.updateComplete;
    expect(labelOptional(el)).to.equal('(optional)');

    configure({ locale: 'zh-CN' });
    await el.updateComplete;
    expect(labelOptional(el)).to.equal('(选填)');

    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(labelOptional(el)).to.equal('(optional)');
  });

  it('re-renders when an ancestor lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><banklet-field label="A" required></banklet-field></div>`);
    const el = wrapper.querySelector('banklet-field')!;
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.contain('此项必填');
    wrapper.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(errorText(el)).to.contain('This field is required');
  });

  it('loads only the locale in use, once, and renders only after it loaded', async () => {
    let loads = 0;
    const catalogue = defineCatalogue<{ hello: string }>('test-greeting', {
      'zh-CN': async () => { loads += 1; return { hello: '你好' }; },
      en: async () => { loads += 1; await new Promise((r) => setTimeout(r, 30)); return { hello: 'Hello' }; },
    });
    class Greeter extends LitElement {
      readonly t = new LocalizeController(this, catalogue);
      protected override async scheduleUpdate() {
        await this.t.loading;
        super.scheduleUpdate();
      }
      override render() {
        return html`${this.t.msg.hello}`;
      }
    }
    customElements.define('test-greeter', Greeter);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><test-greeter></test-greeter><test-greeter></test-greeter></div>`);
    const [a, b] = wrapper.querySelectorAll('test-greeter') as NodeListOf<Greeter>;
    await a!.updateComplete;
    await b!.updateComplete;
    expect(a!.shadowRoot!.textContent).to.equal('Hello');
    expect(b!.shadowRoot!.textContent).to.equal('Hello');
    expect(loads).to.equal(1);
    expect(a!.t.formatMoney({ amount: 123456, currency: 'CNY' })).to.equal('CN¥1,234.56');
  });

  it('takes new locales at run time without a rebuild', async () => {
    registerTranslations('ja', {
      core: async () => ({
        close: '閉じる', loading: '読み込み中', optional: '任意', errorPrefix: 'エラー：', retry: '再試行',
        validation: new Proxy({}, { get: () => () => '入力してください' }),
        errors: new Proxy({}, { get: () => 'エラー' }),
      }),
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ja"><banklet-field label="A"></banklet-field></div>`);
    const el = wrapper.querySelector('banklet-field')!;
    await el.updateComplete;
    expect(labelOptional(el)).to.equal('(任意)');
  });

  it('formats money exactly in zh-CN and en through Intl', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><banklet-field label="A"></banklet-field></div>`);
    const t = (wrapper.querySelector('banklet-field') as unknown as { localize: LocalizeController<unknown> }).localize;
    expect(t.formatMoney({ amount: 9007199254740991, currency: 'CNY' })).to.equal('¥90,071,992,547,409.91');
    expect(t.formatMoney({ amount: -5, currency: 'CNY' })).to.equal('-¥0.05');
    expect(t.formatMoney({ amount: 1200, currency: 'JPY' })).to.equal('JP¥1,200');
  });

  it('joins sentences as the language writes them: 。 in Chinese, ". " otherwise, never a doubled stop', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><banklet-field lang="zh-CN" label="A"></banklet-field><banklet-field lang="en" label="B"></banklet-field></div>`);
    const [zh, en] = [...wrapper.querySelectorAll('banklet-field')].map((el) => (el as unknown as { localize: LocalizeController<unknown> }).localize);
    expect(zh!.sentences('正在提交申请', '请不要关闭页面。')).to.equal('正在提交申请。请不要关闭页面。');
    expect(zh!.sentences('付款未成功。', '余额不足')).to.equal('付款未成功。余额不足');
    expect(en!.sentences('Payment not completed', 'Not enough balance')).to.equal('Payment not completed. Not enough balance');
    expect(en!.sentences('Could not send.', 'Try again')).to.equal('Could not send. Try again');
  });

  it('reads direction from the nearest dir, for RTL layouts', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><banklet-field label="A"></banklet-field></div>`);
    const el = wrapper.querySelector('banklet-field')!;
    const t = (el as unknown as { localize: LocalizeController<unknown> }).localize;
    expect(t.dir).to.equal('rtl');
    // Logical properties: the label starts on the right.
    const label = el.shadowRoot!.querySelector('label')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    expect(Math.round(box.right - label.right)).to.be.lessThan(2);
  });
});
