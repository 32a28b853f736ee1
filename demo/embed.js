// The iframe embed page (embed.html): one widget, sized by its content, talking to its parent
// only through the bridge's iframe adapter. Query: widget=<banklet tag>, origin=<parent origin>,
// lang=<BCP 47>, a.<attribute>=<value> for the widget's attributes, and the demo's member=<id>.
import { configure } from '/dist/cdn/banklet.js';
import { assertExactOrigin, createBridge, iframeAdapter, reportHeight, setBridge } from '/dist/cdn/bridge.js';
import { API_URL, fetchDemoToken } from '/lib/demo-session.js';

/** The `banklet-*` events passed to the parent; a new widget adds its domain events here. */
const FORWARDED_EVENTS = [
  'banklet-ready',
  'banklet-error',
  'banklet-offer-impression',
  'banklet-offer-click',
  'banklet-offer-claim',
  'banklet-offer-activate',
];

const params = new URLSearchParams(location.search);
const root = document.getElementById('root');

function fail(message) {
  const p = document.createElement('p');
  p.className = 'embed-error';
  p.textContent = message; // text, never HTML: the query string is attacker-controlled
  root.replaceChildren(p);
}

function start() {
  // Only Banklet tags may be created from the URL: never an arbitrary element name.
  const widget = params.get('widget') ?? '';
  if (!/^banklet-[a-z]+(-[a-z]+)*$/.test(widget)) return fail('widget must be a banklet-* tag.');

  // The parent origin is exact (scheme://host[:port]); "*" and "null" are refused. A wrong value
  // only means our messages are dropped by the browser: we send to that origin and accept
  // messages only from window.parent at that origin.
  const origin = params.get('origin') ?? '';
  try {
    assertExactOrigin(origin);
  } catch (error) {
    return fail(String(error.message));
  }

  const lang = params.get('lang');
  if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) document.documentElement.lang = lang;

  // Demo sign-in. A production embed page gets a token minted by the bank's server for this
  // parent origin (and is served with `frame-ancestors` naming it).
  configure({ baseUrl: API_URL, fetchToken: () => fetchDemoToken() });

  const bridge = createBridge({ adapters: [iframeAdapter({ allowedOrigins: [origin], parentOrigin: origin })] });
  // Widgets on this page use the same bridge for capability checks (bridge.has(...)).
  setBridge(bridge);

  const element = document.createElement(widget);
  // Widget attributes come as `a.<name>=<value>`. Event-handler (`on…`) and styling attributes are
  // never set from a URL.
  for (const [key, value] of params) {
    if (!key.startsWith('a.')) continue;
    const name = key.slice(2);
    if (/^[a-z][a-z0-9-]*$/.test(name) && !name.startsWith('on') && !['style', 'class', 'id', 'slot', 'part', 'is'].includes(name)) {
      element.setAttribute(name, value);
    }
  }
  root.replaceChildren(element);
  reportHeight(bridge, root);

  // Forward the widget's own typed events (not those of primitives inside it, which bubble and
  // compose too), so the parent gets what a page using the tag directly would.
  // Events that happen before the handshake (banklet-ready usually does) wait for it.
  const early = [];
  const forward = (data) => (bridge.status.mode === 'connecting' ? early.push(data) : bridge.emit('widget.event', data));
  void bridge.ready.then(() => early.splice(0).forEach((data) => bridge.emit('widget.event', data)));
  for (const name of FORWARDED_EVENTS) {
    element.addEventListener(name, (event) => {
      if (event.composedPath()[0] !== element) return;
      forward({ name, detail: event.detail ?? null });
    });
  }
}

start();
