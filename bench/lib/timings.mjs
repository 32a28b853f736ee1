// Main-thread timings in Chromium: every subject once per iteration, in an order that rotates
// between iterations, so that whatever else the (shared, 2-core) machine does lands on all
// subjects alike and the ratios between them hold even when the absolute figures drift.
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.js';

/** Chromium's CPU throttling: a mid-range phone's main thread on a fast desktop. */
export const CPU_SLOWDOWN = 4;
/** A phone-sized viewport: where embedded banking journeys are mostly shown. */
const VIEWPORT = { width: 412, height: 915 };
const RUN_TIMEOUT = 90_000;

export function launchChromium() {
  // Playwright manages the profile directory itself and refuses --user-data-dir, so the one
  // chromiumArgs() made is dropped (and removed: it is still empty).
  const args = chromiumArgs().filter((arg) => {
    if (!arg.startsWith('--user-data-dir=')) return true;
    rmSync(arg.slice('--user-data-dir='.length), { recursive: true, force: true });
    return false;
  });
  return chromium.launch({ executablePath: chromiumPath(), args, headless: true });
}

/**
 * One run of one subject: a new browser context (cold caches, no cookies or IndexedDB left from
 * the previous run), CPU throttling on, the empty harness page, then `window.bench[kind](args)`.
 * `subject.args()` is called per run, outside the measurement (fresh tokens and intents).
 */
async function runOnce(browser, origin, subject) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(RUN_TIMEOUT);
    if (subject.route) await page.route(subject.route.url, subject.route.handler);
    await page.goto(`${origin}/bench/blank.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    // Throttle only now, so loading the harness page is not part of any figure.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const args = await subject.args();
    return await page.evaluate(([kind, a]) => window.bench[kind](a), [subject.kind, args]);
  } finally {
    await context.close();
  }
}

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs every subject `runs` times, interleaved, and returns per subject its samples, the median of
 * each figure, and the last error if some runs failed (a failed run is left out, not retried).
 */
export async function measureTimings({ browser, origin, subjects, runs, log }) {
  const samples = new Map(subjects.map((s) => [s.id, []]));
  const errors = new Map();
  for (let iteration = 0; iteration < runs; iteration += 1) {
    const started = Date.now();
    const order = subjects.map((_, i) => subjects[(i + iteration) % subjects.length]);
    for (const subject of order) {
      try {
        samples.get(subject.id).push(await runOnce(browser, origin, subject));
      } catch (error) {
        errors.set(subject.id, String(error?.message ?? error).split('\n')[0]);
      }
    }
    log(`  iteration ${iteration + 1}/${runs}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return Object.fromEntries(subjects.map((subject) => {
    const runsOf = samples.get(subject.id);
    const keys = [...new Set(runsOf.flatMap(Object.keys))];
    const medians = Object.fromEntries(keys.map((key) => [key, median(runsOf.map((r) => r[key]))]));
    return [subject.id, { runs: runsOf.length, note: subject.note, median: medians, samples: runsOf, error: errors.get(subject.id) }];
  }));
}
