/**
 * The strict CSP promise of docs/security.md, checked in Chromium against the real CDN builds:
 * no 'unsafe-inline', no 'unsafe-eval', Trusted Types enforced. Both the classic script and the
 * ESM build (which loads its locale chunks on demand) must run with zero violations — not only
 * on first render but through every widget's whole journey on the sandbox (scripts/csp-fixture/
 * journeys/), each of which must reach its end state.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Page as Tab } from 'puppeteer-core';
import { buildCdnInto } from './lib/build-cdn.js';
import { chromiumArgs, chromiumPath } from './lib/chromium.js';
import { startSandbox } from './lib/sandbox-process.js';

export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html banklet banklet-worker',
].join('; ');

const fixture = new URL('./csp-fixture/', import.meta.url).pathname;
let out: string;
let server: Server;
let browser: Browser;
let origin: string;
let sandbox: { url: string; stop(): Promise<void> };

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

function page(script: string, classic: boolean): string {
  const banklet = classic ? '<script src="/cdn/banklet.iife.js"></script>' : '';
  return `<!doctype html><html><head><meta charset="utf-8"><script src="/listen.js"></script>${banklet}
    <script type="module" src="/${script}"></script></head><body></body></html>`;
}

/**
 * Forwards an API (or sandbox image) request to the sandbox and its answer back, keeping the
 * page's Host, so the sandbox's image URLs point at the page's own origin (img-src 'self').
 */
function proxy(req: IncomingMessage, res: ServerResponse): void {
  const target = new URL(sandbox.url);
  const upstream = request({ hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, { 'Content-Type': answer.headers['content-type'] ?? 'application/json' });
    answer.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}

before(async () => {
  sandbox = await startSandbox();
  // The CDN folder's parent serves as /cdn/…
  out = join(await buildCdnInto(), '..');
  server = createServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    const headers = { 'Content-Security-Policy': STRICT_CSP, 'Cache-Control': 'no-store' };
    // /iife.html, /widgets-esm.html, /journey-iife.html…: the fixture script of that name, on a
    // page with the classic script (iife) or without (esm, which imports banklet.js itself).
    const html = /^\/(?:(\w+)-)?(iife|esm)\.html$/.exec(path);
    if (html) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html' });
      res.end(page(`${html[1] ? `${html[1]}-` : ''}${html[2]}.js`, html[2] === 'iife'));
      return;
    }
    if (path.startsWith('/v1/') || path.startsWith('/__sandbox/assets/')) {
      // The API on the page's own origin, as a bank serves it: connect-src 'self' is enough.
      proxy(req, res);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204, headers).end();
      return;
    }
    const file = normalize(path.startsWith('/cdn/') ? join(out, path) : join(fixture, path));
    if (!(file.startsWith(out) || file.startsWith(fixture)) || !existsSync(file)) {
      res.writeHead(404, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs() });
});

after(async () => {
  await browser?.close();
  await sandbox?.stop();
  await new Promise((resolve) => server?.close(resolve));
});

test('docs/security.md lists exactly the policy this test enforces', () => {
  const doc = readFileSync(new URL('../docs/security.md', import.meta.url), 'utf8');
  const block = /## Content Security Policy[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  const directives = block.split(';').map((line) => line.trim()).filter(Boolean);
  assert.deepEqual(directives, STRICT_CSP.split('; '));
});

for (const build of ['iife', 'esm'] as const) {
  test(`${build} build runs every primitive under the strict CSP with zero violations`, async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(`pageerror: ${(error as Error).message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await tab.goto(`${origin}/${build}.html`, { waitUntil: 'load' });
    // Functions, not strings: string evaluation would itself be an eval under Trusted Types.
    type Page = { result?: Promise<unknown>; violations: string[] };
    await tab.waitForFunction(() => (window as unknown as Page).result !== undefined, { timeout: 15_000 });
    const result = (await tab.evaluate(() => (window as unknown as Page).result)) as { rendered: string[]; error: string; primary: string; version: string };
    const violations = await tab.evaluate(() => (window as unknown as Page).violations);
    await tab.close();

    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    assert.deepEqual([...new Set(result.rendered)].sort(), ['banklet-button', 'banklet-field', 'banklet-sheet', 'banklet-skeleton', 'banklet-status']);
    assert.equal(result.error, 'Error: This field is required');
    assert.equal(result.primary, '#0b6e4f');
    assert.match(result.version, /^\d+\.\d+\.\d+/);
  });
}

for (const build of ['iife', 'esm'] as const) {
  test(`${build} build renders every widget on sandbox data under the strict CSP with zero violations`, async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(`pageerror: ${(error as Error).message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await tab.goto(`${origin}/widgets-${build}.html`, { waitUntil: 'load' });
    type Page = { result?: Promise<unknown>; violations: string[] };
    await tab.waitForFunction(() => (window as unknown as Page).result !== undefined, { timeout: 15_000 });
    const result = (await tab.evaluate(() => (window as unknown as Page).result)) as { shown: string[]; walletText: number; methods: number; applicationStep: string };
    const violations = await tab.evaluate(() => (window as unknown as Page).violations);
    await tab.close();

    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    assert.deepEqual(result.shown, ['banklet-offer-carousel', 'banklet-rewards-wallet', 'banklet-payment-sheet', 'banklet-card-application']);
    assert.equal(result.applicationStep, 'identity');
    assert.ok(result.walletText > 100, 'the wallet rendered its views');
    assert.ok(result.methods >= 3, `the payment sheet lists its methods (${result.methods})`);
  });
}

// ─── Every widget's whole journey ─────────────────────────────────────────────────────────────

type Build = 'iife' | 'esm';
type Widget = 'offer-carousel' | 'rewards-wallet' | 'payment-sheet' | 'card-application';

/**
 * Who uses each journey. The builds use different members, because a journey changes the
 * member's state on the one sandbox both builds share: a coupon claimed, today's check-in done,
 * a task's reward taken. The wallet needs seeded members with history and a completed task;
 * the others get a fresh member (the sandbox creates one on its first token).
 */
const MEMBERS: Record<Build, Record<Widget, string>> = {
  iife: { 'offer-carousel': 'm-csp-offers-iife', 'rewards-wallet': 'm-high', 'payment-sheet': 'm-csp-pay-iife', 'card-application': 'm-csp-card-iife' },
  esm: { 'offer-carousel': 'm-csp-offers-esm', 'rewards-wallet': 'm-mid', 'payment-sheet': 'm-csp-pay-esm', 'card-application': 'm-csp-card-esm' },
};

/** What a journey page hands back (scripts/csp-fixture/journey.js). */
type JourneyResult<R> = R & { failed?: string; reached: string[]; errors: { code: string; widget: string }[] };

/** The sandbox's own view of the analytics it received (`GET /__sandbox/insights`), as counts. */
interface Received {
  impressions: number;
  clicks: number;
  claims: number;
  redemptions: number;
  payments: number;
  approved: number;
}

interface Insights {
  offers: { variants: { experimentId: string | null; impressions: number; clicks: number; claims: number }[] };
  redemptions: { succeeded: number };
  payments: { methods: { succeeded: number }[] };
  applications: { channels: { channel: string; approved: number }[] };
}

async function received(): Promise<Received> {
  const insights = (await (await fetch(`${sandbox.url}/__sandbox/insights`)).json()) as Insights;
  const home = insights.offers.variants.filter((variant) => variant.experimentId === 'exp-home-carousel');
  const sum = <T>(items: T[], pick: (item: T) => number) => items.reduce((total, item) => total + pick(item), 0);
  return {
    impressions: sum(home, (v) => v.impressions),
    clicks: sum(home, (v) => v.clicks),
    claims: sum(home, (v) => v.claims),
    redemptions: insights.redemptions.succeeded,
    payments: sum(insights.payments.methods, (m) => m.succeeded),
    approved: sum(insights.applications.channels.filter((c) => c.channel === 'cdn_tag'), (c) => c.approved),
  };
}

/**
 * Runs one journey page and collects everything that could have gone wrong on it: CSP and
 * Trusted Types violations (the page's `securitypolicyviolation` events), page errors, console
 * errors of the page and of its workers (a violation inside a worker fires there, not on the
 * document). `expected` is how much the sandbox's analytics must grow: it is polled while the page
 * is still open, since the last events may still be on their way out of the outbox.
 */
async function journey<R>(build: Build, widget: Widget, expected: Partial<Received> = {}) {
  const before = await received();
  const tab: Tab = await browser.newPage();
  // A phone's viewport: one offer per slide, the payment sheet as a bottom sheet.
  await tab.setViewport({ width: 390, height: 844 });
  const problems: string[] = [];
  const workers: string[] = [];
  tab.on('pageerror', (error) => problems.push(`pageerror: ${(error as Error).message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  tab.on('workercreated', (worker) => {
    workers.push(worker.url());
    worker.on('console', (message) => {
      if (message.type() === 'error') problems.push(`worker console: ${message.text()}`);
    });
    // CSP reports from inside the worker arrive as log entries; enabling the domain replays those
    // logged before this listener was attached.
    worker.client.on('Log.entryAdded', ({ entry }) => {
      if (entry.level === 'error') problems.push(`worker ${entry.source}: ${entry.text}`);
    });
    worker.client.send('Log.enable').catch(() => undefined);
  });
  try {
    await tab.goto(`${origin}/journey-${build}.html?widget=${widget}&member=${MEMBERS[build][widget]}`, { waitUntil: 'load' });
    type Page = { result?: Promise<unknown>; violations: string[] };
    await tab.waitForFunction(() => (window as unknown as Page).result !== undefined, { timeout: 15_000 });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = (await Promise.race([
      tab.evaluate(() => (window as unknown as Page).result),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${widget} (${build}) did not finish in 60 s`)), 60_000))),
    ]).finally(() => clearTimeout(timer))) as JourneyResult<R>;
    const keys = Object.keys(before) as (keyof Received)[];
    const delta = { ...before };
    for (let i = 0; i < 40; i += 1) {
      const now = await received();
      for (const key of keys) delta[key] = now[key] - before[key];
      if (keys.every((key) => delta[key] >= (expected[key] ?? 0))) break;
      await new Promise((resolve) => setTimeout(resolve, 125));
    }
    const violations = await tab.evaluate(() => (window as unknown as Page).violations);
    const liveWorkers = tab.workers().map((worker) => worker.url());
    return { result, violations, problems, workers, liveWorkers, delta };
  } finally {
    await tab.close();
  }
}

/** The journey reached its end and nothing on the page complained. */
function assertClean(run: { result: JourneyResult<unknown>; violations: string[]; problems: string[] }, milestones: string[]): void {
  const { result } = run;
  assert.equal(result.failed, undefined, `stalled after "${result.reached.at(-1) ?? 'nothing'}": ${result.failed}`);
  assert.deepEqual(result.reached, milestones);
  assert.deepEqual(run.violations, []);
  assert.deepEqual(run.problems, []);
  assert.deepEqual(result.errors, []);
}

for (const build of ['iife', 'esm'] as const) {
  test(`${build} build: the offer carousel's whole journey under the strict CSP, impressions received`, async () => {
    const run = await journey<{
      offers: string[]; impressions: string[]; clicks: string[]; claims: string[]; claimedText: string; activated: string[];
      experimentId: string; couponId: string; linkId: string;
    }>(build, 'offer-carousel', { impressions: 4, clicks: 2, claims: 1 });
    assertClean(run, ['rendered', 'next button', 'arrow keys', 'previous button', 'every slide seen', 'claimed', 'link opened']);
    const { result } = run;
    assert.deepEqual([...result.impressions].sort(), [...result.offers].sort(), 'one impression per offer');
    assert.deepEqual(result.claims, [`${result.couponId}:succeeded`]);
    assert.ok(result.claimedText, 'the slide shows the coupon claimed');
    assert.deepEqual(result.clicks, [`${result.couponId}:claim`, `${result.linkId}:link`]);
    assert.match(result.activated.join(), new RegExp(`^${result.linkId}:https://bank\\.example/`));
    assert.equal(result.experimentId, 'exp-home-carousel');
    // Delivered to /v1/analytics/events through the outbox, and counted by the sandbox.
    assert.deepEqual(
      { impressions: run.delta.impressions, clicks: run.delta.clicks, claims: run.delta.claims },
      { impressions: result.offers.length, clicks: 2, claims: 1 },
    );
  });

  test(`${build} build: the rewards wallet's whole journey under the strict CSP, totals from the ledger worker`, async () => {
    const run = await journey<{
      summary: { balance: number; tier: string };
      ledger: { firstMonth: string; lastMonth: string; rowsInDom: number; onlyEarn: boolean; totals: string };
      redeems: string[]; checkIns: string[]; taskClaims: string[]; balance: { start: number; end: number };
    }>(build, 'rewards-wallet', { redemptions: 1 });
    assertClean(run, ['summary', 'ledger', 'filtered', 'scrolled to the end', 'confirm sheet', 'redeemed', 'checked in', 'task claimed']);
    const { result } = run;
    assert.ok(result.summary.balance > 800 && result.summary.tier, `summary ${JSON.stringify(result.summary)}`);
    assert.ok(result.ledger.onlyEarn, 'the filter applied');
    assert.notEqual(result.ledger.lastMonth, result.ledger.firstMonth, 'scrolled across months');
    assert.match(result.ledger.totals, /\d/);
    assert.ok(result.ledger.rowsInDom > 0 && result.ledger.rowsInDom < 60, `virtualized: ${result.ledger.rowsInDom} rows in the DOM`);
    assert.deepEqual(result.redeems, ['c-takeout:succeeded:800']);
    assert.deepEqual(result.checkIns, ['succeeded']);
    assert.match(result.taskClaims.join(), /^task-[\w-]+:succeeded$/);
    // The totals came from the worker: a worker that failed to load (CSP, Trusted Types) is
    // terminated and the wallet falls back to the main thread, so it would no longer be listed.
    assert.ok(run.workers.some((url) => url.endsWith('/cdn/ledger.worker.js')), `worker started: ${run.workers}`);
    assert.ok(run.liveWorkers.some((url) => url.endsWith('/cdn/ledger.worker.js')), `worker still running: ${run.liveWorkers}`);
    assert.equal(run.delta.redemptions, 1);
  });

  test(`${build} build: the payment sheet's whole journey under the strict CSP, one tap and both step-ups`, async () => {
    type Paid = { status: string; receipt: string; results: string[] };
    const run = await journey<{ small: Paid & { methods: string[]; pointsToUse: number; most: number; toPay: string }; pin: Paid; otp: Paid }>(
      build, 'payment-sheet', { payments: 3 },
    );
    assertClean(run, ['method picked', 'points + cash', 'paid in one tap', 'paid with the PIN', 'paid with an SMS code']);
    const { small, pin, otp } = run.result;
    for (const [what, paid] of Object.entries({ small, pin, otp })) {
      assert.equal(paid.status, 'succeeded', `${what}: the intent is paid on the server`);
      assert.deepEqual(paid.results, ['succeeded'], `${what}: one result`);
      assert.ok(paid.receipt.length > 0, `${what}: a receipt`);
    }
    assert.ok(small.methods.includes('balance'));
    assert.equal(small.pointsToUse, small.most - 100, 'the stepper set the points');
    assert.equal(run.delta.payments, 3);
  });

  test(`${build} build: the card application's whole journey under the strict CSP, to an activated card`, async () => {
    const run = await journey<{
      steps: string[]; decisions: string[]; limit: string; reviewHasName: boolean; resumed: { step: string; employer: string };
      draftSaved: boolean; plaintextStored: string[]; draftAfterSubmit: boolean; last4: string[]; cardText: string;
    }>(build, 'card-application', { approved: 1 });
    assertClean(run, ['product', 'identity', 'resumed from the encrypted draft', 'employment', 'address', 'consent', 'decision', 'activated']);
    const { result } = run;
    assert.deepEqual([...new Set(result.steps)], ['product', 'identity', 'employment', 'address', 'consent', 'review', 'decision', 'activation']);
    assert.deepEqual(result.decisions, ['approved']);
    assert.match(result.limit, /\d/);
    assert.ok(result.reviewHasName, 'the review lists the answers');
    // WebCrypto + IndexedDB under the CSP: the draft was stored encrypted and read back.
    assert.deepEqual(result.resumed, { step: 'employment', employer: '某某科技有限公司' });
    assert.ok(result.draftSaved, 'a ciphertext record');
    assert.deepEqual(result.plaintextStored, []);
    assert.equal(result.draftAfterSubmit, false, 'the draft is deleted once sent');
    assert.match(result.last4.join(), /^\d{4}$/);
    assert.ok(result.cardText.includes(result.last4[0]!), 'the virtual card shows its last four digits');
    assert.equal(run.delta.approved, 1);
  });
}
