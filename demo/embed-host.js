// Host side of the iframe embed demo: what a partner page does to embed a Banklet widget in an
// iframe. The widget page and this page share an origin here; in production they do not, and
// `origin` is the widget server's exact origin.
import { connectEmbed } from '/dist/cdn/bridge.js';

const iframe = document.getElementById('widget');
const events = document.getElementById('events');
const origin = location.origin;
// Set from script: the strict CSP of the demo has no 'unsafe-inline' for style attributes.
iframe.style.width = '100%';
iframe.style.border = '0';

// Connect before the iframe loads, so the widget's first hello is answered.
connectEmbed(iframe, {
  origin,
  maxHeight: 2000,
  methods: {
    // Offered to the widget: opening links in a new tab of the host page.
    openUrl: ({ url }) => {
      window.open(url, '_blank', 'noopener');
      return {};
    },
  },
  onWidgetEvent(name, detail) {
    const item = document.createElement('li');
    item.textContent = `${name} ${JSON.stringify(detail)}`;
    events.prepend(item);
  },
});

const query = new URLSearchParams({ widget: 'banklet-offer-carousel', origin, lang: document.documentElement.lang, 'a.placement': 'home' });
iframe.src = `/embed.html?${query}`;
