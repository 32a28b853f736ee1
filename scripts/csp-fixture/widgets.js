// Every widget banklet.js registers, rendered with real data from the sandbox (proxied at /v1 so
// that connect-src 'self' holds), then driven a step: the carousel's next slide, the wallet's
// other views, the payment sheet's method list, the card application's second step. Resolves
// with what rendered.
const api = `${location.origin}/v1`;
const token = async (memberId) => {
  const response = await fetch(`${api}/demo/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ memberId }) });
  return (await response.json()).token;
};

export async function exerciseWidgets(Banklet) {
  Banklet.configure({ baseUrl: api, fetchToken: () => token('m-mid'), analytics: false, appearance: { senior: false } });
  const intent = await fetch(`${api}/demo/payment-intents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await token('m-mid')}` },
    body: JSON.stringify({ merchantName: '山海旅行', lines: [{ description: '酒店 1 晚', quantity: 1, amount: { amount: 12_800, currency: 'CNY' } }] }),
  }).then((r) => r.json());
  const widgets = [
    ['banklet-offer-carousel', { placement: 'home' }],
    ['banklet-rewards-wallet', {}],
    ['banklet-payment-sheet', { intent: intent.id, open: '' }],
    ['banklet-card-application', { channel: 'cdn_tag', 'draft-id': `csp-${Date.now()}` }],
  ];
  const ready = [];
  for (const [tag, attributes] of widgets) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    ready.push(new Promise((resolve) => element.addEventListener('banklet-ready', () => resolve(tag), { once: true })));
    document.body.append(element);
  }
  const shown = await Promise.all(ready);
  const wallet = document.querySelector('banklet-rewards-wallet');
  for (const view of ['ledger', 'catalogue', 'engagement']) {
    wallet.view = view;
    await new Promise((resolve) => setTimeout(resolve, 400));
    await wallet.updateComplete;
  }
  document.querySelector('banklet-offer-carousel').shadowRoot.querySelector('[part~="next-button"], .next')?.click();
  await new Promise((resolve) => setTimeout(resolve, 300));
  // The card application's first continue loads its later steps and their styles.
  const application = document.querySelector('banklet-card-application');
  application.shadowRoot.querySelector('input[type="radio"]').click();
  application.shadowRoot.querySelector('[part="continue-button"]').shadowRoot.querySelector('button').click();
  for (let i = 0; i < 60 && !application.shadowRoot.querySelector('banklet-field#name'); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  const sheet = document.querySelector('banklet-payment-sheet');
  return {
    shown,
    walletText: wallet.shadowRoot.textContent.length,
    methods: sheet.shadowRoot.querySelectorAll('input[type="radio"]').length,
    applicationStep: application.currentStep,
  };
}
