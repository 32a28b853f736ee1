#!/usr/bin/env node
// `npm run bench:wallet` (issue 7): the rewards wallet with the 100,000-entry member (m-ledger)
// on the real sandbox, in Chromium at 4x CPU throttling, using the CDN build (dist/cdn, built
// first when missing). Prints, as the median of RUNS runs:
//   - time from adding the tag to the first ledger row on screen, from the network (empty
//     IndexedDB) and from the IndexedDB cache (a second wallet, the ledger API held back);
//   - the longest main-thread task (Long Tasks API: any task of 50 ms or more) and the longest
//     gap between animation frames: while jumping to the end every frame as pages arrive; while
//     scrolling all loaded history from top to bottom at one screen a frame (faster than any
//     finger fling); and at twenty screens a frame (dragging the scrollbar). See scrollTopToBottom.
// Target from the issue: longest task <= 50 ms while scrolling from top to bottom.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.js';
import { startSandbox } from './lib/sandbox-process.js';

const RUNS = Number(process.env.RUNS ?? 1);
const THROTTLE = 4;

if (!existsSync('dist/cdn/rewards-wallet.js')) {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Mounts the wallet on the ledger view and resolves with ms until the first entry row exists. */
async function firstLedgerPaint(page, api) {
  return page.evaluate(async (api) => {
    const Banklet = await import('/dist/cdn/banklet.js');
    Banklet.configure({
      baseUrl: api,
      analytics: false,
      fetchToken: async () => {
        const response = await fetch(`${api}/demo/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ memberId: 'm-ledger' }) });
        return (await response.json()).token;
      },
    });
    await Banklet.load('banklet-rewards-wallet');
    const wallet = document.createElement('banklet-rewards-wallet');
    wallet.setAttribute('view', 'ledger');
    wallet.style.cssText = '--banklet-rewards-wallet-ledger-height: 640px';
    const started = performance.now();
    document.body.append(wallet);
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (wallet.shadowRoot?.querySelector('[part="ledger-entry"]')) return performance.now() - started;
      if (performance.now() - started > 60_000) throw new Error('no ledger row within 60 s');
    }
  }, api);
}

/** Records long tasks and the longest gap between animation frames while `drive` runs in the page. */
const MEASURE = `
  window.__measure = async (drive) => {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    let longestGap = 0;
    let last = performance.now();
    let running = true;
    const watch = () => {
      if (!running) return;
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    const started = performance.now();
    const extra = await drive();
    running = false;
    observer.disconnect();
    return { longestTask: Math.max(0, ...longTasks), longTasks: longTasks.length, longestGap, seconds: (performance.now() - started) / 1000, ...extra };
  };
`;

/**
 * Phase 1 (throttled): puts the list at its end every frame for 30 s, so pages arrive while
 * the member scrolls. Phase 2 (unthrottled, not measured): fetches more pages back
 * to back for up to a minute. Phase 3 (throttled): scrolls everything loaded from the top to the
 * bottom, one screen a frame, then again twenty screens a frame.
 */
async function scrollTopToBottom(page, cdp) {
  await page.evaluate(MEASURE);
  const loading = await page.evaluate(() => window.__measure(async () => {
    const wallet = document.querySelector('banklet-rewards-wallet');
    const scroller = wallet.shadowRoot.querySelector('[part="ledger"]');
    const until = performance.now() + 30_000;
    while (performance.now() < until) {
      scroller.scrollTop = scroller.scrollHeight;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return { rowsLoaded: Math.round(scroller.scrollHeight / 64) };
  }));
  process.stderr.write(`  flung for 30 s: ${loading.rowsLoaded} rows' height loaded\n`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.evaluate(async () => {
    const wallet = document.querySelector('banklet-rewards-wallet');
    const ended = () => /没有更多|No more/.test(wallet.shadowRoot.querySelector('[part="ledger-end"]')?.textContent ?? '');
    // The history's own "next page" (what reaching the end of the list calls), back to back, for
    // at most a minute: all 1,000 pages take several on this machine.
    const until = performance.now() + 60_000;
    while (!ended() && performance.now() < until) {
      await wallet.history.loadMore();
      await wallet.updateComplete;
    }
  });
  process.stderr.write('  more pages fetched\n');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const scroll = (screensPerFrame) => page.evaluate((screensPerFrame) => window.__measure(async () => {
    const wallet = document.querySelector('banklet-rewards-wallet');
    const scroller = wallet.shadowRoot.querySelector('[part="ledger"]');
    scroller.scrollTop = 0;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    let frames = 0;
    let most = 0;
    // To the end of what is loaded now: pages arriving on the way are phase 1's measurement.
    const end = scroller.scrollHeight;
    let stuck = 0;
    while (scroller.scrollTop + scroller.clientHeight < end - 1 && stuck < 3) {
      const before = scroller.scrollTop;
      scroller.scrollTop += scroller.clientHeight * screensPerFrame;
      stuck = scroller.scrollTop === before ? stuck + 1 : 0;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      most = Math.max(most, wallet.shadowRoot.querySelectorAll('[part="ledger-entry"]').length);
      frames += 1;
    }
    return { frames, rows: most, entries: end };
  }), screensPerFrame);
  // One screen a frame is about 38,000 px/s at 60 fps: faster than any finger fling (roughly
  // 10,000–20,000 px/s), so every frame still brings a screen of new rows.
  const scrolling = await scroll(1);
  // Twenty screens a frame is dragging the scrollbar: every frame lays out all-new rows.
  const dragging = await scroll(20);
  return { loading, scrolling, dragging };
}

const sandbox = await startSandbox();
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs(), protocolTimeout: 900_000 });
const api = `${sandbox.url}/v1`;
const results = { network: [], cache: [], loading: [], scrolling: [], dragging: [] };
try {
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh browser context per run: an empty IndexedDB for the network measurement.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
    page.on('console', (message) => message.type() === 'error' && process.stderr.write(`page: ${message.text()}\n`));
    await page.setViewport({ width: 390, height: 844 });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(`${sandbox.url}/index.html`);
    await page.evaluate(() => document.body.replaceChildren());
    const log = (what) => process.stderr.write(`run ${run + 1}: ${what}\n`);
    results.network.push(await firstLedgerPaint(page, api));
    log(`first ledger row from the network in ${Math.round(results.network.at(-1))} ms`);
    const { loading, scrolling, dragging } = await scrollTopToBottom(page, cdp);
    results.loading.push(loading);
    results.scrolling.push(scrolling);
    results.dragging.push(dragging);
    log(`scrolled: longest task ${Math.round(scrolling.longestTask)} ms`);
    // A second wallet on the same page with the ledger API held back 5 s: its first rows can only
    // come from the IndexedDB cache the first one wrote. (Its code is loaded already; a reload
    // offline would measure this server's lack of caching headers for the code instead.)
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (request.url().includes('/v1/rewards/ledger')) setTimeout(() => request.continue().catch(() => undefined), 5_000);
      else request.continue().catch(() => undefined);
    });
    await page.evaluate(() => document.querySelector('banklet-rewards-wallet').remove());
    results.cache.push(await firstLedgerPaint(page, api));
    await context.close();
    process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
  }
} finally {
  await browser.close();
  await sandbox.stop();
}

const ms = (v) => `${Math.round(v)} ms`;
const pick = (list, key) => median(list.map((r) => r[key]));
const task = (list) => (pick(list, 'longTasks') === 0 ? 'none ≥ 50 ms' : `${ms(pick(list, 'longestTask'))} (${pick(list, 'longTasks')} tasks ≥ 50 ms)`);
console.log(`\nRewards wallet, m-ledger (100,000 entries), Chromium ${THROTTLE}x CPU throttling, median of ${RUNS} runs\n`);
console.log('| measure | value |');
console.log('|---|---|');
console.log(`| first ledger row, from the network (empty IndexedDB) | ${ms(median(results.network))} |`);
console.log(`| first ledger row, from the IndexedDB cache (ledger API held back 5 s) | ${ms(median(results.cache))} |`);
console.log(`| jumping to the end every frame for 30 s while pages arrive: longest task | ${task(results.loading)}; longest frame gap ${ms(pick(results.loading, 'longestGap'))} |`);
console.log(`| top → bottom of everything loaded, 1 screen a frame (a fast fling): longest task | ${task(results.scrolling)}; longest frame gap ${ms(pick(results.scrolling, 'longestGap'))} |`);
console.log(`| top → bottom: list height, frames, most ledger rows in the DOM | ${Math.round(pick(results.scrolling, 'entries') / 1000)} k px, ${pick(results.scrolling, 'frames')} frames in ${pick(results.scrolling, 'seconds').toFixed(1)} s, at most ${pick(results.scrolling, 'rows')} rows |`);
console.log(`| top → bottom, 20 screens a frame (dragging the scrollbar): longest task | ${task(results.dragging)}; longest frame gap ${ms(pick(results.dragging, 'longestGap'))} |`);
const longest = pick(results.scrolling, 'longestTask');
const met = longest <= 50;
console.log(`\n${met ? '✔' : '✖'} longest main-thread task scrolling top to bottom at fling pace ${met ? 'within' : 'over'} 50 ms (pages arriving and scrollbar drags are reported above, not part of the target)`);
