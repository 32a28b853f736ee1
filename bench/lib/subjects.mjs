// What the browser measures, one subject per (bundle, question): each carries the harness
// function to run (bench/pages/harness.js) and builds its arguments per run, so tokens and
// payment intents are fresh and minting them is never part of a figure.
import { WIDGETS } from './banklet-sizes.mjs';

/** The member whose data the widgets show, and the one with the 100,000-entry ledger (seed.ts). */
const MEMBER = 'm-high';
const LEDGER_MEMBER = 'm-ledger';
/** Slides in the carousel race. */
export const SLIDES = 20;
/**
 * The ledger scroll: a sustained fast flick (about 70 rows a second) for 10 s. The whole
 * 100,000 entries would take ~25 minutes at that pace; what matters is that the list never runs
 * out (pages keep arriving) and that the cost per frame does not grow with the list.
 */
export const LEDGER_SCROLL = { seconds: 10, speed: 5_000 };

/** How each widget is placed for its first render. */
const WIDGET_SETUP = {
  'offer-carousel.js': { note: 'home offers of m-high (4)', args: () => ({ attributes: { placement: 'home' } }) },
  'payment-sheet.js': { note: 'open on a fresh ¥150 intent', args: async (sandbox) => ({ properties: { intent: await sandbox.paymentIntent(MEMBER), open: true } }) },
  'rewards-wallet.js': { note: 'summary view of m-high', args: () => ({}) },
  'card-application.js': { note: 'product step, m-high', args: () => ({}) },
};

/**
 * The sandbox's home offers repeated to `SLIDES` (with distinct ids), so Banklet's carousel shows
 * as many slides as the libraries it races: the response is the real one, only longer.
 */
const twentyOffers = {
  url: '**/v1/offers?*',
  async handler(route) {
    const response = await route.fetch();
    const body = await response.json();
    const real = body.offers;
    body.offers = Array.from({ length: SLIDES }, (_, i) => ({ ...real[i % real.length], id: `${real[i % real.length].id}-${i}` }));
    await route.fulfill({ response, json: body });
  },
};

/**
 * `banklet`: rows of bankletEntrySizes(); `anchors`: results of buildAnchors(); `sandbox`: the
 * running sandbox. Widgets missing from the build get no subject (their rows say "not built").
 */
export function timingSubjects({ banklet, anchors, sandbox }) {
  const baseUrl = `${sandbox.url}/v1`;
  const built = new Set(banklet.filter((e) => e.built).map((e) => e.file));
  const widget = (file, tag, member = MEMBER) => async () => ({ entry: `/dist/cdn/${file}`, tag, baseUrl, token: await sandbox.token(member) });
  const subjects = [];

  for (const { file } of banklet.filter((e) => e.built && e.file !== 'ledger.worker.js')) {
    subjects.push({ id: `eval:${file}`, kind: 'evaluate', args: async () => ({ url: `/dist/cdn/${file}`, classic: file.endsWith('.iife.js') }) });
  }
  for (const anchor of anchors) subjects.push({ id: `eval:${anchor.id}`, kind: 'evaluate', args: async () => ({ url: anchor.url }) });

  for (const { file, tag } of WIDGETS) {
    if (!built.has(file)) continue;
    const setup = WIDGET_SETUP[file];
    subjects.push({ id: `render:${file}`, kind: 'widget', note: setup.note, args: async () => ({ ...(await widget(file, tag)()), ...(await setup.args(sandbox)) }) });
  }

  if (built.has('offer-carousel.js')) {
    subjects.push({ id: 'carousel:banklet', kind: 'carousel', route: twentyOffers, args: async () => ({ library: 'banklet', count: SLIDES, ...(await widget('offer-carousel.js', 'banklet-offer-carousel')()) }) });
  }
  for (const anchor of anchors.filter((a) => a.carousel)) {
    // Each slide shows one of the sandbox's offer images, as Banklet's do.
    const image = `${sandbox.url}/__sandbox/assets/offer/o-home-cashback.svg`;
    subjects.push({ id: `carousel:${anchor.id}`, kind: 'carousel', args: async () => ({ library: anchor.id, url: anchor.url, cssUrl: anchor.cssUrl, count: SLIDES, image }) });
  }

  if (built.has('rewards-wallet.js')) {
    subjects.push({ id: 'ledger', kind: 'ledger', args: async () => ({ ...(await widget('rewards-wallet.js', 'banklet-rewards-wallet', LEDGER_MEMBER)()), ...LEDGER_SCROLL }) });
  }
  return subjects;
}
