#!/usr/bin/env node
// `npm run bench`: Banklet against its anchors, bytes and main-thread time in one run.
//   1. installs what it needs on demand (the root packages; bench/'s own, so root `npm ci` stays lean),
//   2. builds Banklet (`npm run build`) and the anchors (bench/entries/*.js, esbuild),
//   3. measures bytes: minified, gzip -9, brotli 11, each entry alone and with its static imports,
//   4. starts the real sandbox (the bank's API) and a static server (the partner's site: the page,
//      Banklet's CDN files and the anchors' bundles), and measures in Chromium (4x CPU throttling,
//      median of interleaved runs): each bundle's evaluation, each widget's first render with
//      sandbox data, 20-slide carousels, and long tasks while the wallet scrolls a 100,000-entry
//      ledger,
//   5. prints one markdown table, writes bench/results.json and the table into docs/performance.md.
// Options: --runs <n> (default 7, at least 1), --no-build (measure the dist/ already there).
// The in-page half is bench/pages/harness.js, which also says exactly how each figure is taken.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const started = Date.now();
process.chdir(new URL('..', import.meta.url).pathname); // paths below are relative to the repo root
const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '7' }, 'no-build': { type: 'boolean', default: false } } });
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${options.runs}`);

const log = (line) => console.error(line); // progress on stderr, the table alone on stdout
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
// TOOLCHAIN.md: no npm package may download a browser here.
const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };

function step(label, command, args) {
  log(`▶ ${label}`);
  const { status } = spawnSync(command, args, { stdio: ['ignore', process.stderr, process.stderr], env });
  if (status !== 0) {
    log(`✖ ${label} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}

// Fail before the long steps if there is no browser to measure in.
const { chromiumPath } = await import('../scripts/lib/chromium.js');
chromiumPath();

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (!existsSync('node_modules/.bin/rollup')) step('npm ci (root: build tools and the sandbox)', npm, ['ci', '--no-audit', '--no-fund']);
if (!existsSync('bench/node_modules')) step('npm ci --prefix bench (anchors, esbuild, playwright-core)', npm, ['ci', '--prefix', 'bench', '--no-audit', '--no-fund']);

// Only now can the modules that need bench/node_modules load.
const { ANCHORS, buildAnchors } = await import('./lib/anchors.mjs');
const { bankletEntrySizes, fullBankletSize } = await import('./lib/banklet-sizes.mjs');
const { startSandbox } = await import('./lib/sandbox.mjs');
const { serveStatic } = await import('./lib/static-server.mjs');
const { CPU_SLOWDOWN, launchChromium, measureTimings } = await import('./lib/timings.mjs');
const { timingSubjects, LEDGER_SCROLL, SLIDES } = await import('./lib/subjects.mjs');
const { buildRows, checkTargets, markdownTable, targetLines, writeDocsSection } = await import('./lib/report.mjs');

if (!options['no-build']) step('npm run build', npm, ['run', 'build', '--silent']);
else if (!existsSync('dist/cdn')) throw new Error('--no-build, but dist/cdn does not exist');

const work = mkdtempSync(join(tmpdir(), 'banklet-bench-'));
log(`▶ anchors: bundling ${ANCHORS.length} entries with esbuild (${elapsed()})`);
const anchors = await buildAnchors(join(work, 'anchors'));
const banklet = bankletEntrySizes();
const full = fullBankletSize();

log(`▶ sandbox, static server and Chromium (${elapsed()})`);
const loadAtStart = loadavg().map((n) => n.toFixed(2));
const sandbox = await startSandbox();
let site;
let browser;
let timings;
try {
  site = await serveStatic({ '/dist/': 'dist', '/bench/': 'bench/pages', '/anchors/': join(work, 'anchors') });
  browser = await launchChromium();
  const subjects = timingSubjects({ banklet, anchors, sandbox });
  // One pass first, not recorded: the first page load of a fresh browser and the sandbox's
  // first requests (JIT, disk cache) are far slower than any later one.
  log(`▶ warm-up: ${subjects.length} subjects once (${elapsed()})`);
  await measureTimings({ browser, origin: site.url, subjects, runs: 1, log: () => {} });
  log(`▶ timings: ${subjects.length} subjects × ${runs} interleaved runs (${elapsed()})`);
  timings = await measureTimings({ browser, origin: site.url, subjects, runs, log });
} finally {
  await browser?.close();
  await Promise.all([sandbox.stop(), site?.close()]);
  rmSync(work, { recursive: true, force: true });
}

// Which code was measured: the build takes whatever the working tree holds.
const git = (...args) => spawnSync('git', args, { encoding: 'utf8' }).stdout?.trim() || undefined;
const environment = {
  date: new Date().toISOString().slice(0, 10),
  commit: git('rev-parse', '--short', 'HEAD'),
  uncommitted: Boolean(git('status', '--porcelain', '--untracked-files=no', '--', 'packages', 'rollup.config.js', 'scripts')),
  cpu: /^model name\s*:\s*(.+)$/m.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? cpus()[0]?.model,
  cores: cpus().length,
  loadavg: loadAtStart,
  node: process.versions.node,
  chromium: browser.version(),
  wallSeconds: Math.round((Date.now() - started) / 1000),
};
const settings = { runs, cpuSlowdown: CPU_SLOWDOWN, slides: SLIDES, ledgerScroll: LEDGER_SCROLL };
const measured = { banklet, full, anchors, timings };
const table = markdownTable(buildRows(measured));
const targets = checkTargets(measured);

writeFileSync('bench/results.json', `${JSON.stringify({ environment, settings, ...measured, targets }, null, 2)}\n`);
writeDocsSection('docs/performance.md', { table, targets, environment, settings });
console.log(table);
console.log(`\nTargets (issue 11):\n${targetLines(targets)}`);
log(`\n✔ bench/results.json and docs/performance.md written in ${elapsed()}.`);
