// The bank app's native side, played by a web page: the WebView is an iframe, and the native
// capabilities a real app implements in Swift or Kotlin (docs/bridge.md) are offered over the
// bridge's iframe-parent host — a biometric prompt, opening links, closing the screen. Every
// bridge call and every banklet-* event the page forwards is logged next to the phone.
import { BridgeError, connectEmbed } from '/dist/cdn/bridge.js';

const iframe = document.getElementById('webview');
const controls = document.getElementById('controls');
const events = document.getElementById('bridge-log');
const closed = document.getElementById('closed');
const toast = document.getElementById('toast');
const prompt = document.getElementById('biometric');
const phone = document.getElementById('phone');
// Same origin here; a real app pins the exact origin of the bank's widget server.
const origin = location.origin;

const TITLES = { 'zh-CN': '示例银行 · 权益中心', en: 'Demo Bank · Rewards' };

function log(kind, text) {
  const item = document.createElement('li');
  item.className = kind;
  const time = document.createElement('time');
  time.textContent = new Date().toLocaleTimeString('en-GB');
  const label = document.createElement('span');
  label.className = 'kind';
  label.textContent = kind === 'native' ? '原生 native' : '事件 event';
  const body = document.createElement('code');
  body.textContent = text;
  item.append(time, ' ', label, ' ', body);
  events.prepend(item);
}

// ─── Native capabilities ────────────────────────────────────────────────────────────────────

/**
 * Face ID / fingerprint over the server's challenge. A real app signs the nonce with a key held
 * in the Secure Enclave or Keystore; the sandbox accepts `sandbox-biometric:<nonce>`. The
 * person's choice is the host's to collect: the page never gets a yes/no it could fake.
 */
function verifyBiometric(params, { signal }) {
  const nonce = typeof params?.nonce === 'string' ? params.nonce : '';
  if (!nonce) return Promise.reject(new BridgeError('DENIED', 'no challenge nonce to sign'));
  // One prompt at a time, as on a phone: the sensor is busy.
  if (prompt.open) return Promise.reject(new BridgeError('DENIED', 'a biometric prompt is already showing', true));
  log('native', `biometric.verify ${JSON.stringify({ challengeId: params.challengeId })}`);
  return new Promise((resolve, reject) => {
    const approve = document.getElementById('biometric-approve');
    const cancel = document.getElementById('biometric-cancel');
    const done = new AbortController();
    const finish = (outcome) => {
      done.abort();
      prompt.close();
      log('native', `biometric.verify → ${outcome}`);
    };
    approve.addEventListener('click', () => {
      finish('approved');
      resolve({ assertion: `sandbox-biometric:${nonce}` });
    }, { signal: done.signal });
    const refuse = () => {
      finish('cancelled');
      reject(new BridgeError('CANCELLED', 'the person cancelled'));
    };
    cancel.addEventListener('click', refuse, { signal: done.signal });
    // Esc closes a modal dialog: the same as Cancel.
    prompt.addEventListener('cancel', (event) => {
      event.preventDefault();
      refuse();
    }, { signal: done.signal });
    // The page stopped waiting (timeout, or it went away): dismiss the prompt. The host sends no
    // answer for a withdrawn call; settling here only ends this promise.
    signal.addEventListener('abort', () => {
      finish('withdrawn by the page');
      reject(new BridgeError('CANCELLED', 'withdrawn by the page'));
    }, { signal: done.signal });
    placeOverPhone(prompt);
    prompt.showModal();
  });
}

/** Native prompts sit over the phone, not over the middle of a wide desktop window. */
function placeOverPhone(element) {
  const rect = phone.getBoundingClientRect();
  element.style.setProperty('--phone-x', `${rect.left + rect.width / 2}px`);
  element.style.setProperty('--phone-y', `${Math.max(rect.top, 0) + Math.min(rect.height, innerHeight) / 2}px`);
}

let toastTimer;
/** Links from widgets: the app decides where they open. Here, a native toast shows the URL. */
function openUrl(params) {
  const url = String(params?.url ?? '');
  // The bridge already refuses anything but https: on the page; a host checks again.
  if (!url.startsWith('https://')) throw new BridgeError('DENIED', 'only https links open');
  log('native', `openUrl ${url}`);
  document.getElementById('toast-url').textContent = url;
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (toast.hidden = true), 4_000);
  return {};
}

/** The page asked to close its screen: the WebView goes away until it is opened again. */
function close(params) {
  const reason = typeof params?.reason === 'string' ? params.reason : 'none';
  log('native', `close ${JSON.stringify({ reason })}`);
  // After the answer has been sent: the page is still there to receive it.
  setTimeout(() => closeWebView(`reason: ${reason}`), 0);
  return {};
}

function closeWebView(reason) {
  document.getElementById('closed-reason').textContent = reason;
  iframe.hidden = true;
  iframe.removeAttribute('src');
  closed.hidden = false;
  document.getElementById('reopen').focus();
}

connectEmbed(iframe, {
  origin,
  methods: { 'biometric.verify': verifyBiometric, openUrl, close },
  onWidgetEvent: (name, detail) => log('event', `${name} ${JSON.stringify(detail)}`),
});

// ─── The WebView ────────────────────────────────────────────────────────────────────────────

function openWebView() {
  const data = new FormData(controls);
  const lang = String(data.get('lang'));
  document.getElementById('app-title').textContent = TITLES[lang] ?? TITLES['zh-CN'];
  const query = new URLSearchParams({ origin, lang, member: String(data.get('member')) });
  if (data.get('senior') === 'on') query.set('senior', '1');
  closed.hidden = true;
  iframe.hidden = false;
  iframe.src = `/webview-app.html?${query}`;
}

controls.addEventListener('change', openWebView);
document.getElementById('reopen').addEventListener('click', openWebView);
// The native close button in the app bar: what the app does when the person leaves the screen.
document.getElementById('native-back').addEventListener('click', () => closeWebView('closed by the person (native button)'));
document.getElementById('clear').addEventListener('click', () => events.replaceChildren());
openWebView();
