// One widget's whole journey on a page under the strict CSP, chosen by the page's query string
// (`?widget=offer-carousel&member=m-high`), against the real sandbox proxied at /v1 (so
// connect-src 'self' holds). Analytics stay on, as on a bank's page: the journeys end by flushing
// the outbox, and the test reads what the sandbox received. Resolves with what the journey saw,
// or `{ failed, reached }` naming the last milestone when it stalled.
import { reached, record, text } from './driver.js';
import { offerCarousel } from './journeys/offer-carousel.js';
import { rewardsWallet } from './journeys/rewards-wallet.js';
import { paymentSheet } from './journeys/payment-sheet.js';
import { cardApplication } from './journeys/card-application.js';

const JOURNEYS = {
  'offer-carousel': offerCarousel,
  'rewards-wallet': rewardsWallet,
  'payment-sheet': paymentSheet,
  'card-application': cardApplication,
};

/**
 * `Banklet` is what the page has at first (the classic script's `window.Banklet`, or the module);
 * `loaded()` resolves with the full module once it is there.
 */
export async function runJourney(Banklet, loaded) {
  const query = new URLSearchParams(location.search);
  const widget = query.get('widget');
  const member = query.get('member');
  const api = `${location.origin}/v1`;
  const token = async (memberId = member) => {
    const response = await fetch(`${api}/demo/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ memberId }) });
    return (await response.json()).token;
  };
  // Widgets report failures as banklet-error: a journey that met one did not go as a person expects.
  const errors = record(document, 'banklet-error');
  // The journeys read a few zh-CN texts where the screen shows a state only in words.
  document.documentElement.lang = 'zh-CN';
  try {
    // The classic script queues this call until banklet.js has loaded.
    Banklet.configure({ baseUrl: api, fetchToken: () => token(), analytics: { flushIntervalMs: 250 }, appearance: { senior: false } });
    const banklet = await loaded();
    const client = banklet.pageDefaults().client;
    const result = await JOURNEYS[widget]({ banklet, client, api, token });
    await client.flushEvents();
    return { ...result, errors, reached };
  } catch (error) {
    // What was on screen when it stalled, to tell a slow sandbox from a broken widget.
    const screen = [...document.body.children].map((element) => `<${element.localName}> ${text(element.shadowRoot ?? element).slice(0, 600)}`);
    return { failed: `${error?.stack ?? error}\non screen: ${screen.join('\n')}`, errors, reached };
  }
}
