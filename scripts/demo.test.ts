/**
 * What `npm start` shows, end to end: the sandbox serving demo/ and freshly built CDN bundles,
 * each demo page loaded in Chromium with no console errors or page errors, its widgets rendered,
 * and the partner site's main journeys (offers, checkout) working against the real API.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startSandbox, type Sandbox } from '../packages/sandbox/src/index.js';
import { buildCdnInto } from './lib/build-cdn.js';
import { chromiumArgs, chromiumPath } from './lib/chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
let sandbox: Sandbox;
let browser: Browser;

before(async () => {
  const cdn = await buildCdnInto();
  sandbox = await startSandbox({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'banklet-demo-')),
    staticDirs: { '/': join(root, 'demo'), '/dist/': dirname(cdn) },
  });
  browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs() });
});

after(async () => {
  await browser?.close();
  await sandbox?.close();
});

/** Opens a demo page and collects everything a developer would see as red in the console. */
async function open(path: string, width = 390): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 844 });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${(error as Error).message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} ${message.location().url ?? ''}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(`${sandbox.url}${path}`, { waitUntil: 'networkidle0' });
  return { page, problems };
}

test('the index links to every demo page', async () => {
  const { page, problems } = await open('/');
  const links = await page.$$eval('a', (anchors) => anchors.map((a) => a.getAttribute('href')));
  assert.ok(links.includes('/primitives.html'));
  assert.ok(links.includes('/partner.html'));
  assert.ok(links.includes('/embed-host.html'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the primitives page renders every primitive in zh-CN, en, dark and senior mode without errors', async () => {
  const { page, problems } = await open('/primitives.html');
  const rendered = () =>
    page.$$eval('banklet-button, banklet-field, banklet-skeleton, banklet-status, banklet-sheet', (elements) =>
      elements.filter((el) => (el.shadowRoot?.childElementCount ?? 0) > 0).map((el) => el.localName),
    );
  assert.deepEqual([...new Set(await rendered())].sort(), ['banklet-button', 'banklet-field', 'banklet-sheet', 'banklet-skeleton', 'banklet-status']);
  await page.select('select[name="lang"]', 'en');
  await page.click('input[name="dark"]');
  await page.click('input[name="senior"]');
  await new Promise((resolve) => setTimeout(resolve, 200));
  const label = await page.$eval('banklet-field', (el) => el.shadowRoot!.querySelector('.optional')?.textContent ?? '');
  assert.equal(label, '');
  const scheme = await page.$eval('banklet-button', (el) => [el.getAttribute('bk-scheme'), el.hasAttribute('bk-senior')]);
  assert.deepEqual(scheme, ['dark', true]);
  await page.click('#open-sheet');
  await page.waitForFunction(() => document.querySelector('banklet-sheet')!.shadowRoot!.querySelector('dialog')!.open);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the iframe embed sizes itself from the widget and forwards its events to the host page', async () => {
  const { page, problems } = await open('/embed-host.html');
  await page.waitForFunction(() => (document.getElementById('widget') as HTMLIFrameElement).getBoundingClientRect().height > 200, { timeout: 15_000 });
  await page.waitForFunction(() => (document.getElementById('events')?.textContent ?? '').includes('banklet-ready'), { timeout: 15_000 });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the partner site shows offers from the sandbox and pays a small order in one tap', async () => {
  const { page, problems } = await open('/partner.html');
  await page.waitForFunction(() => (document.querySelector('banklet-offer-carousel') as unknown as { visibleOffers: unknown[] }).visibleOffers.length > 0);
  await page.$eval('#amount', (input) => ((input as HTMLInputElement).value = '36.00'));
  const result = page.evaluate(
    () => new Promise<string>((resolve) => document.addEventListener('banklet-payment-result', (e) => resolve((e as CustomEvent).detail.status), { once: true })),
  );
  await page.click('#pay');
  await page.waitForFunction(() => {
    const sheet = document.querySelector('banklet-payment-sheet')!;
    return sheet.shadowRoot?.querySelector('banklet-button[slot="footer"]') !== null && (sheet as unknown as { open: boolean }).open;
  });
  await page.$eval('banklet-payment-sheet', (sheet) => (sheet.shadowRoot!.querySelector('banklet-button[slot="footer"]') as HTMLElement).click());
  assert.equal(await result, 'succeeded');
  assert.deepEqual(problems, []);
  await page.close();
});
