#!/usr/bin/env node
// `npm run bench:wallet` (issue 7): the rewards wallet with the 100,000-entry member (m-ledger)
// on the real sandbox, in Chromium at 4x CPU throttling, using the CDN build (dist/cdn, built
// first when missing). Prints, as the median of RUNS runs:
//   - time from adding the tag to the first ledger row on screen, from the network (empty
//     IndexedDB) and from the IndexedDB cache (a second wallet, the ledger API held back);
//   - the longest main-thread task (Long Tasks API: any task of 50 ms or more) and the longest
//     gap between animation frames: while jumping to the end every frame as pages arrive; while
//     flinging (8,000 px/s) at the top, middle and end of all loaded history; and while dragging
//     the scrollbar from top to bottom (twenty screens a frame). See scrollTopToBottom.
// Target from the issue: longest task <= 50 ms while scrolling (checked for all three ways).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.js';
import { startSandbox } from './lib/sandbox-process.js';

const RUNS = Number(process.env.RUNS ?? 1);
const THROTTLE = 4;
/** A fast finger fling on a phone, in CSS px per second, and how long each one lasts. */
const FLING = 8000;
const FLING_SECONDS = 8;

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
 * to back for up to a minute. Phase 3 (throttled): flings at the top, middle and end of
 * everything loaded, then drags the scrollbar from the top to the bottom.
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
    return { rowsLoaded: wallet.history.model.rows.length };
  }));
  process.stderr.write(`  30 s at the end: ${loading.rowsLoaded} rows loaded\n`);
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
  // A fling: FLING px/s for FLING_SECONDS from three places in everything loaded (top, middle,
  // the last screens), moved by the time since the previous frame, so a slow frame moves further
  // as a real fling does. Scrolling the whole history at that pace would take over ten minutes.
  const fling = (from) => page.evaluate((from, speed, seconds) => window.__measure(async () => {
    const wallet = document.querySelector('banklet-rewards-wallet');
    const scroller = wallet.shadowRoot.querySelector('[part="ledger"]');
    const start = Math.min(from * scroller.scrollHeight, scroller.scrollHeight - scroller.clientHeight - speed * seconds);
    scroller.scrollTop = Math.max(0, start);
    await new Promise((resolve) => setTimeout(resolve, 500));
    let last = performance.now();
    const until = last + seconds * 1000;
    let frames = 0;
    let most = 0;
    while (performance.now() < until) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      scroller.scrollTop += (speed * (now - last)) / 1000;
      last = now;
      most = Math.max(most, wallet.shadowRoot.querySelectorAll('[part="ledger-entry"]').length);
      frames += 1;
    }
    return { frames, rows: most, entries: scroller.scrollHeight };
  }), from, FLING, FLING_SECONDS);
  const flings = [await fling(0), await fling(0.5), await fling(1)];
  const worst = (key) => Math.max(...flings.map((f) => f[key]));
  const scrolling = { ...flings[0], longestTask: worst('longestTask'), longestGap: worst('longestGap'), longTasks: flings.reduce((n, f) => n + f.longTasks, 0), rows: worst('rows'), seconds: flings.reduce((n, f) => n + f.seconds, 0) };
  // Dragging the scrollbar from top to bottom: twenty screens a frame, every frame all-new rows.
  const dragging = await page.evaluate(() => window.__measure(async () => {
    const wallet = document.querySelector('banklet-rewards-wallet');
    const scroller = wallet.shadowRoot.querySelector('[part="ledger"]');
    // Back to the top from the end of the last fling, and let the list settle there first.
    for (let i = 0; i < 10 && (i === 0 || scroller.scrollTop > 0); i += 1) {
      scroller.scrollTop = 0;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    let frames = 0;
    let most = 0;
    const end = scroller.scrollHeight;
    let stuck = 0;
    while (scroller.scrollTop + scroller.clientHeight < end - 1 && stuck < 3) {
      const before = scroller.scrollTop;
      scroller.scrollTop += scroller.clientHeight * 20;
      stuck = scroller.scrollTop === before ? stuck + 1 : 0;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      most = Math.max(most, wallet.shadowRoot.querySelectorAll('[part="ledger-entry"]').length);
      frames += 1;
    }
    return { frames, rows: most, entries: end, loadedRows: wallet.history.model.rows.length };
  }));
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
console.log(`| flinging at ${FLING.toLocaleString('en')} px/s for ${FLING_SECONDS} s at the top, middle and end of everything loaded: longest task | ${task(results.scrolling)}; longest frame gap ${ms(pick(results.scrolling, 'longestGap'))} |`);
console.log(`| dragging the scrollbar top → bottom (20 screens a frame): longest task | ${task(results.dragging)}; longest frame gap ${ms(pick(results.dragging, 'longestGap'))} |`);
console.log(`| loaded history, frames of the drag, most ledger rows in the DOM | ${pick(results.dragging, 'loadedRows').toLocaleString('en')} rows (${Math.round(pick(results.dragging, 'entries') / 1000)} k px), ${pick(results.dragging, 'frames')} frames in ${pick(results.dragging, 'seconds').toFixed(1)} s, at most ${Math.max(pick(results.dragging, 'rows'), pick(results.scrolling, 'rows'))} rows |`);
// The target holds for every way of scrolling measured, not only the fling.
const cases = { flinging: results.scrolling, 'dragging the scrollbar': results.dragging, 'jumping to the end as pages arrive': results.loading };
const over = Object.entries(cases).filter(([, list]) => pick(list, 'longestTask') > 50);
console.log(
  over.length === 0
    ? '\n✔ longest main-thread task within 50 ms flinging, dragging the scrollbar and jumping to the end as pages arrive'
    : `\n✖ longest main-thread task over 50 ms: ${over.map(([name, list]) => `${name} ${ms(pick(list, 'longestTask'))}`).join(', ')}`,
);
