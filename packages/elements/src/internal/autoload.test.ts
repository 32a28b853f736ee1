import { expect } from '@open-wc/testing';
import { defineLazy, discover, load } from './autoload.js';

let n = 0;
/** A fresh tag per test, registered with a loader that defines it and counts its calls. */
function lazyTag(fail = 0) {
  const tag = `bk-lazy-${Date.now().toString(36)}-${(n += 1)}`;
  const calls = { count: 0 };
  defineLazy({
    [tag]: async () => {
      calls.count += 1;
      if (calls.count <= fail) throw new TypeError('Failed to fetch');
      customElements.define(tag, class extends HTMLElement {});
    },
  });
  return { tag, calls };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
};

describe('autoload', () => {
  it('loads a tag once, the first time it is added to the document, however deep', async () => {
    const { tag, calls } = lazyTag();
    expect(calls.count).to.equal(0);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<section><${tag}></${tag}><${tag}></${tag}></section>`;
    document.body.append(wrapper);
    await until(() => customElements.get(tag) !== undefined);
    expect(customElements.get(tag)).to.exist;
    document.body.append(document.createElement(tag));
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.count).to.equal(1);
    wrapper.remove();
  });

  it('finds tags already on the page when registered', async () => {
    const tag = `bk-lazy-early-${(n += 1)}`;
    const el = document.createElement('div');
    el.innerHTML = `<${tag}></${tag}>`;
    document.body.append(el);
    let called = 0;
    defineLazy({ [tag]: async () => (called += 1, customElements.define(tag, class extends HTMLElement {})) });
    expect(called).to.equal(1);
    await until(() => customElements.get(tag) !== undefined);
    expect(el.firstElementChild!.matches(':defined')).to.equal(true);
    el.remove();
  });

  it('does not see into shadow roots unless asked: discover(root) and load(tag)', async () => {
    const { tag, calls } = lazyTag();
    const host = document.createElement('div');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = `<${tag}></${tag}>`;
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.count).to.equal(0);
    discover(host.shadowRoot!);
    expect(calls.count).to.equal(1);
    expect(await load(tag)).to.equal(customElements.get(tag));
    host.remove();
  });

  it('tries a failed download again, and rejects unknown tags', async () => {
    const { tag, calls } = lazyTag(1);
    let error: unknown;
    await load(tag).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    await load(tag);
    expect(calls.count).to.equal(2);
    expect(customElements.get(tag)).to.exist;
    let unknown: unknown;
    await load('banklet-nothing').catch((e: unknown) => (unknown = e));
    expect(String(unknown)).to.contain('<banklet-nothing>');
  });
});
