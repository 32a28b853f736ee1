// Partner website demo: drop-in tags from the ESM CDN build, configured once.
import { configure } from '/dist/cdn/banklet.js';
import { mountCardApplication } from '/lib/card-application.js';
import { createDemoIntent, fetchDemoToken } from '/lib/demo-session.js';

const controls = document.getElementById('controls');
const events = document.getElementById('events');
const main = document.querySelector('main');

function applyControls() {
  const data = new FormData(controls);
  main.lang = String(data.get('lang'));
  const member = String(data.get('member'));
  configure({
    baseUrl: `${location.origin}/v1`,
    fetchToken: () => fetchDemoToken(member),
    appearance: { senior: data.get('senior') === 'on' },
  });
}
// A new member means a new client; the carousel reloads its offers by itself.
controls.addEventListener('change', applyControls);
applyControls();

// The co-branded card: the application opens below the button, attributed to this partner site
// (channel="partner_web" on the tag in the page's template).
const apply = document.getElementById('apply');
const application = document.getElementById('application');
apply.addEventListener('click', async () => {
  const opening = apply.getAttribute('aria-expanded') !== 'true';
  apply.setAttribute('aria-expanded', String(opening));
  application.hidden = !opening;
  if (!opening || application.querySelector('banklet-card-application')) return;
  // A disclosure: focus stays on the button; the journey (or the note) follows it in reading order.
  await mountCardApplication(application, document.getElementById('application-template'), main.lang);
});

// Checkout: the merchant backend creates an intent; the page opens the sheet for it.
const sheet = document.getElementById('sheet');
document.getElementById('pay').addEventListener('click', async () => {
  const amount = Math.round(Number(document.getElementById('amount').value) * 100);
  const member = String(new FormData(controls).get('member'));
  sheet.intent = await createDemoIntent(member, {
    merchantName: '悦行旅游 Joyway Travel',
    lines: [{ description: '上海 → 北京 高铁二等座', quantity: 2, amount: { amount, currency: 'CNY' } }],
  });
  await sheet.show();
});

// Show what a host receives: every banklet-* event with its detail.
for (const name of ['banklet-ready', 'banklet-error', 'banklet-offer-impression', 'banklet-offer-click', 'banklet-offer-claim', 'banklet-offer-activate',
  'banklet-payment-method-change', 'banklet-payment-result',
  'banklet-step-change', 'banklet-application-submitted', 'banklet-application-decision', 'banklet-card-activated']) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${name} ${JSON.stringify(event.detail)}`;
    events.prepend(item);
  });
}
