// The page inside the bank app's WebView (webview-app.html): the four widgets on tabs, the app's
// native capabilities over the bridge, and every widget event forwarded to the app.
import { configure } from '/dist/cdn/banklet.js';
import { assertExactOrigin, createBridge, iframeAdapter, setBridge } from '/dist/cdn/bridge.js';
import { mountCardApplication } from '/lib/card-application.js';
import { API_URL, createDemoIntent, fetchDemoToken } from '/lib/demo-session.js';

/** The page's own words (the widgets bring theirs). */
const TEXT = {
  'zh-CN': {
    offersTitle: '精选优惠', rewardsOffersTitle: '积分专区', walletTitle: '我的积分', cardTitle: '申请信用卡', payTitle: '待支付订单',
    merchant: '外滩观景酒店', orderLine: '豪华江景房 · 2 晚', orderHint: '超过 ¥200 免密额度：需要面容 ID 或支付密码验证。',
    pay: '去支付', paid: '已支付', done: '完成，返回 App', tabOffers: '优惠', tabWallet: '积分', tabCard: '办卡', tabPay: '支付', tabs: '权益中心',
  },
  en: {
    offersTitle: 'Offers for you', rewardsOffersTitle: 'Points deals', walletTitle: 'My points', cardTitle: 'Apply for a card', payTitle: 'Order to pay',
    merchant: 'Bund View Hotel', orderLine: 'Deluxe river-view room · 2 nights', orderHint: 'Over the ¥200 password-free limit: Face ID or the payment PIN confirms it.',
    pay: 'Pay', paid: 'Paid', done: 'Done, back to the app', tabOffers: 'Offers', tabWallet: 'Points', tabCard: 'Card', tabPay: 'Pay', tabs: 'Rewards',
  },
};

/** Widget events the app receives (`widget.event`); primitives' events inside them are not forwarded. */
const FORWARDED_EVENTS = [
  'banklet-ready', 'banklet-error',
  'banklet-offer-impression', 'banklet-offer-click', 'banklet-offer-claim', 'banklet-offer-activate',
  'banklet-points-redeem', 'banklet-checkin', 'banklet-task-claim',
  'banklet-step-change', 'banklet-application-submitted', 'banklet-application-decision', 'banklet-card-activated',
  'banklet-payment-method-change', 'banklet-payment-result',
];
const WIDGETS = new Set(['banklet-offer-carousel', 'banklet-rewards-wallet', 'banklet-card-application', 'banklet-payment-sheet']);

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'zh-CN';
const member = params.get('member') ?? 'm-mid';
const text = TEXT[lang];

document.documentElement.lang = lang;
for (const node of document.querySelectorAll('[data-text]')) node.textContent = text[node.dataset.text];
document.querySelector('[role="tablist"]').setAttribute('aria-label', text.tabs);

configure({
  baseUrl: API_URL,
  // In a real app the token comes from the app (its session), e.g. over the bridge.
  fetchToken: () => fetchDemoToken(member),
  appearance: { senior: params.get('senior') === '1' },
});

// ─── The bridge ─────────────────────────────────────────────────────────────────────────────

// The host's exact origin comes with the URL; anything else (or nothing: the page opened on its
// own) leaves the bridge in standalone mode, where the widgets use their web flows.
let host = params.get('origin') ?? '';
try {
  assertExactOrigin(host);
} catch {
  host = '';
}
const bridge = createBridge({ adapters: host ? [iframeAdapter({ allowedOrigins: [host], parentOrigin: host })] : [] });
setBridge(bridge);

const sheet = document.getElementById('sheet');
// Biometric step-up when the app offers biometric.verify; PIN and SMS otherwise.
sheet.host = bridge;

// Events from before the handshake (banklet-ready usually is) wait for it.
const early = [];
const forward = (data) => (bridge.status.mode === 'connecting' ? early.push(data) : bridge.status.mode === 'host' && bridge.emit('widget.event', data));
void bridge.ready.then(() => early.splice(0).forEach(forward));
for (const name of FORWARDED_EVENTS) {
  document.addEventListener(name, (event) => {
    if (!WIDGETS.has(event.composedPath()[0]?.localName)) return;
    forward({ name, detail: event.detail ?? null });
  });
}

// Banklet never navigates: link offers ask the app, which opens them its own way.
document.addEventListener('banklet-offer-activate', async ({ detail }) => {
  await bridge.ready;
  if (bridge.has('openUrl')) await bridge.call('openUrl', { url: detail.url }).catch(() => undefined);
  else window.open(detail.url, '_blank', 'noopener');
});

// ─── Tabs ───────────────────────────────────────────────────────────────────────────────────

const tabs = [...document.querySelectorAll('[role="tab"]')];

function select(tab) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
  }
  scrollTo(0, 0);
  if (tab.id === 'tab-card' && !document.querySelector('#application > *')) {
    // The journey brings its own title; the page's heading stays only above the note.
    void mountCardApplication(document.getElementById('application'), document.getElementById('application-template'), lang).then((element) => {
      if (element) document.getElementById('card-title').hidden = true;
    });
  }
}

for (const tab of tabs) tab.addEventListener('click', () => select(tab));
// The tab pattern: arrows move between tabs, Home and End jump (WAI-ARIA Authoring Practices).
document.querySelector('[role="tablist"]').addEventListener('keydown', (event) => {
  const index = tabs.indexOf(document.activeElement);
  if (index < 0) return;
  const forward = document.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
  const next = { [forward]: index + 1, [backward]: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  const tab = tabs[(next + tabs.length) % tabs.length];
  tab.focus();
  select(tab);
});

// ─── Paying ─────────────────────────────────────────────────────────────────────────────────

const pay = document.getElementById('pay');
pay.addEventListener('click', async () => {
  pay.disabled = true;
  try {
    // The bank's server creates the intent for the order; the page only gets its id.
    sheet.intent = await createDemoIntent(member, {
      merchantName: text.merchant,
      lines: [{ description: text.orderLine, quantity: 1, amount: { amount: 68_800, currency: 'CNY' } }],
    });
    await sheet.show();
  } finally {
    pay.disabled = false;
  }
});
sheet.addEventListener('banklet-payment-result', ({ detail }) => {
  if (detail.status !== 'succeeded') return;
  pay.textContent = text.paid;
  pay.disabled = true;
  pay.classList.add('paid');
});

// "Done" hands the screen back to the app.
document.getElementById('done').addEventListener('click', async () => {
  await bridge.ready;
  if (bridge.has('close')) await bridge.call('close', { reason: 'done' }).catch(() => undefined);
  else history.back();
});
