#!/usr/bin/env node
// `npm run screenshots`: every widget against the real sandbox, in headless Chromium, at a
// narrow phone width (360 px) in zh-CN, en, dark and senior mode, and at 1280 px — written to
// .test-results/screenshots/widgets/. For looking at what we built, not for pixel diffs.
// Widgets are bundled from source (esbuild), so no build is needed first.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.js';
import { startSandbox } from './lib/sandbox-process.js';

const OUT = '.test-results/screenshots/widgets';
const only = process.argv.slice(2);

const bundle = await build({
  stdin: { contents: "import './packages/elements/src/define.ts'; export { configure } from './packages/elements/src/internal/config.ts';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, format: 'esm', write: false, target: 'es2021', conditions: ['banklet-source'], tsconfig: 'tsconfig.json', logLevel: 'silent',
});
const code = bundle.outputFiles[0].text;

const VARIANTS = [
  { name: 'zh-CN-360', lang: 'zh-CN', width: 360 },
  { name: 'en-360', lang: 'en', width: 360 },
  { name: 'zh-CN-dark-360', lang: 'zh-CN', width: 360, appearance: { colorScheme: 'dark' } },
  { name: 'zh-CN-senior-360', lang: 'zh-CN', width: 360, appearance: { senior: true } },
  { name: 'en-1280', lang: 'en', width: 1280 },
];

/** What to put on the page per widget; `ready` runs in the page once the widget is ready. */
const WIDGETS = {
  'offer-carousel': { member: 'm-high', markup: '<banklet-offer-carousel placement="home"></banklet-offer-carousel>' },
  'wallet-summary': { member: 'm-high', markup: '<banklet-rewards-wallet></banklet-rewards-wallet>' },
  'wallet-ledger': { member: 'm-ledger', markup: '<banklet-rewards-wallet view="ledger"></banklet-rewards-wallet>', settle: 1500 },
  'wallet-catalogue': { member: 'm-mid', markup: '<banklet-rewards-wallet view="catalogue"></banklet-rewards-wallet>', settle: 800 },
  'wallet-engagement': { member: 'm-high', markup: '<banklet-rewards-wallet view="engagement"></banklet-rewards-wallet>', settle: 800 },
  'card-application': { member: 'm-potential', markup: '<banklet-card-application channel="partner_web"></banklet-card-application>', settle: 500 },
  'payment-sheet': { member: 'm-high', markup: '<banklet-payment-sheet open></banklet-payment-sheet>', intent: 256_00, settle: 800 },
};

const sandbox = await startSandbox();
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs() });
mkdirSync(OUT, { recursive: true });
const problems = [];
try {
  for (const [widget, spec] of Object.entries(WIDGETS)) {
    if (only.length && !only.some((o) => widget.includes(o))) continue;
    for (const variant of VARIANTS) {
      const page = await browser.newPage();
      await page.setViewport({ width: variant.width, height: variant.width < 600 ? 780 : 900, deviceScaleFactor: 1 });
      page.on('pageerror', (error) => problems.push(`${widget}/${variant.name}: ${error.message}`));
      page.on('console', (m) => m.type() === 'error' && problems.push(`${widget}/${variant.name}: ${m.text()}`));
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url().endsWith('/__shots/banklet.js')) request.respond({ status: 200, contentType: 'text/javascript', body: code });
        else if (request.url().endsWith('/__shots/')) request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><body style="margin:0"></body>' });
        else request.continue();
      });
      await page.goto(`${sandbox.url}/__shots/`);
      await page.evaluate(async ({ spec, variant, api }) => {
        const token = async () => {
          const response = await fetch(`${api}/demo/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ memberId: spec.member }) });
          return (await response.json()).token;
        };
        const { configure } = await import('/__shots/banklet.js');
        document.documentElement.lang = variant.lang;
        if (variant.appearance?.colorScheme === 'dark') document.body.style.background = '#111';
        configure({ baseUrl: api, fetchToken: token, analytics: false, appearance: variant.appearance ?? {} });
        const holder = document.createElement('div');
        holder.innerHTML = spec.markup;
        const el = holder.firstElementChild;
        if (spec.intent) {
          const response = await fetch(`${api}/demo/payment-intents`, {
            method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await token()}` },
            body: JSON.stringify({ merchantName: '山海旅行', lines: [{ description: '杭州西湖酒店 · 1 晚', quantity: 1, amount: { amount: spec.intent, currency: 'CNY' } }] }),
          });
          el.setAttribute('intent', (await response.json()).id);
        }
        const ready = new Promise((resolve) => el.addEventListener('banklet-ready', resolve, { once: true }));
        document.body.append(el);
        await Promise.race([ready, new Promise((r) => setTimeout(r, 8000))]);
      }, { spec, variant, api: `${sandbox.url}/v1` });
      await new Promise((r) => setTimeout(r, spec.settle ?? 300));
      const file = join(OUT, `${widget}-${variant.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await sandbox.stop();
}
if (problems.length) {
  console.error(`\n${problems.length} page problem(s):\n${problems.join('\n')}`);
  process.exitCode = 1;
}
