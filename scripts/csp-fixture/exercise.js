// Drives every primitive through the code paths that touch styles and the DOM: render, appearance
// tokens set through the CSSOM, dark and senior mode, a locale switch, validation, the sheet
// (which banklet.js loads the first time one is on the page).
export async function exercise(Banklet) {
  Banklet.configure({
    baseUrl: location.origin,
    fetchToken: async () => 'demo',
    appearance: { colorScheme: 'dark', senior: true, tokens: { 'color-primary': '#0b6e4f' } },
  });
  // Plain DOM calls: markup strings would need a Trusted Types policy (that is the point).
  const el = (tag, attributes = {}, ...children) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.append(...children);
    return element;
  };
  document.body.append(
    el('main', { lang: 'zh-CN' },
      el('form', { id: 'f' },
        el('banklet-field', { name: 'mobile', label: '手机号', required: '' }),
        el('banklet-button', { type: 'submit' }, '提交')),
      el('banklet-skeleton', { height: '40px' }),
      el('banklet-status'),
      el('banklet-sheet', { label: '确认' }, el('p', {}, '内容'))),
  );
  const all = [...document.querySelectorAll('main *')].filter((el) => el.localName.startsWith('banklet-'));
  // The classic script defines the tags once banklet.js has loaded; the sheet loads on first use.
  await Promise.all(all.map((el) => customElements.whenDefined(el.localName)));
  await Promise.all(all.map((el) => el.updateComplete));
  document.getElementById('f').requestSubmit();
  await document.querySelector('banklet-status').announce('已提交');
  await document.querySelector('banklet-sheet').show();
  document.querySelector('main').lang = 'en';
  // The English catalogue loads on demand: wait for it (up to 3 s) rather than a fixed pause.
  const errorText = () => document.querySelector('banklet-field').shadowRoot.querySelector('[part=error]').textContent;
  for (let i = 0; i < 60 && !errorText().includes('required'); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  await Promise.all(all.map((el) => el.updateComplete));
  return {
    rendered: all.filter((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0).map((el) => el.localName),
    error: document.querySelector('banklet-field').shadowRoot.querySelector('[part=error]').textContent.trim(),
    primary: getComputedStyle(document.querySelector('banklet-button')).getPropertyValue('--bk-color-primary').trim(),
  };
}
