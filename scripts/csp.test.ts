/**
 * The strict CSP promise of docs/security.md, checked in Chromium against the real CDN builds:
 * no 'unsafe-inline', no 'unsafe-eval', Trusted Types enforced. Both the classic script and the
 * ESM build (which loads its locale chunks on demand) must run with zero violations.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
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
    if (path === '/iife.html' || path === '/esm.html') {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html' });
      res.end(page(path === '/iife.html' ? 'iife.js' : 'esm.js', path === '/iife.html'));
      return;
    }
    if (path === '/widgets-iife.html' || path === '/widgets-esm.html') {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html' });
      res.end(page(path.slice(1).replace('.html', '.js'), path === '/widgets-iife.html'));
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
