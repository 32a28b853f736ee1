#!/usr/bin/env node
// `npm run size`: gzip (-9) and brotli (11) bytes of every dist/cdn entry, alone and with the
// chunks it imports statically (what a page downloads before the entry runs), checked against
// budgets. Exits non-zero past any budget. Run `npm run build` first.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { brotli, closureOf, gzip, measure } from './lib/sizes.mjs';

const CDN = 'dist/cdn';
const KB = 1024;

/** Budgets in gzip bytes. `closure` counts the entry plus its static imports. */
const BUDGETS = [
  // The elements' shared core is measured without the SDK client it imports, which has its own
  // budget (issue 4): Lit alone is ~6.4 KB, so the two budgets only hold as separate figures.
  { file: 'core.js', closure: 14 * KB, without: 'sdk.js', why: 'shared core without sdk.js (issue 3)' },
  { file: 'sdk.js', closure: 8 * KB, why: 'SDK core: client, transport, errors, idempotency (issue 4)' },
  { file: 'banklet.js', closure: 45 * KB, why: 'core, SDK and every widget tag, loading on use (issue 3)' },
  { file: 'banklet.iife.js', closure: 1 * KB, why: 'classic script that loads banklet.js' },
  { file: 'card-application.js', own: 12 * KB, why: 'widget chunk on top of the core (issue 6)' },
  { file: 'rewards-wallet.js', own: 12 * KB, why: 'widget chunk on top of the core (issue 7)' },
  { file: 'offer-carousel.js', own: 8 * KB, why: 'widget chunk on top of the core (issue 8)' },
  { file: 'payment-sheet.js', own: 12 * KB, why: 'widget chunk on top of the core (issue 9)' },
  { file: 'bridge.js', closure: 8 * KB, why: 'host bridge (issue 5)' },
];
const SDK_CORE_BUDGET = 8 * KB;

if (!existsSync(CDN)) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}

const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
// A widget's "own" bytes: everything its entry loads beyond what core.js already loaded.
const coreClosure = existsSync(join(CDN, 'core.js')) ? closureOf(join(CDN, 'core.js')) : new Set();
const rows = [];
const staticallyImported = new Set();
let failed = false;
const entries = readdirSync(CDN).filter((f) => f.endsWith('.js')).sort();
for (const name of entries) {
  const file = join(CDN, name);
  const own = measure([file]);
  const budgetFor = BUDGETS.find((b) => b.file === name);
  const excluded = budgetFor?.without ? closureOf(join(CDN, budgetFor.without)) : new Set();
  const closureFiles = name.endsWith('.iife.js') ? [file] : [...closureOf(file)].filter((f) => !excluded.has(f));
  const closure = measure(closureFiles);
  for (const dep of closureFiles) if (dep !== file) staticallyImported.add(dep);
  const budget = budgetFor;
  const beyondCore = measure(closureFiles.filter((f) => !coreClosure.has(f)));
  let verdict = '';
  if (budget) {
    const value = budget.closure !== undefined ? closure.gz : beyondCore.gz;
    const limit = budget.closure ?? budget.own;
    const ok = value <= limit;
    failed ||= !ok;
    verdict = `${ok ? 'ok' : 'OVER'} ${fmt(value)} ≤ ${fmt(limit)} ${budget.closure !== undefined ? 'with imports' : 'beyond core.js'} (${budget.why})`;
  }
  rows.push([name, fmt(own.min), fmt(own.gz), fmt(own.br), `${fmt(closure.gz)} (${closureFiles.length} files)`, verdict]);
}
for (const chunk of readdirSync(join(CDN, 'chunks')).filter((f) => f.endsWith('.js')).sort()) {
  const path = join(CDN, 'chunks', chunk);
  const m = measure([path]);
  rows.push([`chunks/${chunk}`, fmt(m.min), fmt(m.gz), fmt(m.br), '', staticallyImported.has(path) ? 'shared (counted above)' : 'lazy (loaded on demand)']);
}
// banklet.js registers the widgets and loads each one's entry the first time its tag is used; a
// page that shows every widget downloads all of this (files counted once, each gzipped alone).
const lazyWidgets = entries.filter((name) => BUDGETS.some((b) => b.file === name && b.own !== undefined));
if (entries.includes('banklet.js')) {
  const everything = new Set([join(CDN, 'banklet.js'), ...lazyWidgets.map((name) => join(CDN, name))].flatMap((f) => [...closureOf(f)]));
  const all = measure([...everything]);
  rows.push(['banklet.js + every widget', fmt(all.min), fmt(all.gz), fmt(all.br), `${fmt(all.gz)} (${everything.size} files)`,
    `what a page showing ${lazyWidgets.map((n) => n.replace('.js', '')).join(', ')} downloads`]);
}
for (const budget of BUDGETS) {
  if (!entries.includes(budget.file)) rows.push([budget.file, '', '', '', '', `not built yet (${budget.why})`]);
}

// The SDK core alone (client, transport, errors, idempotency), as an npm consumer bundles it.
const sdkEntry = existsSync('packages/sdk/src/core.ts') ? 'packages/sdk/src/core.ts' : 'packages/sdk/src/index.ts';
const sdk = await build({
  entryPoints: [sdkEntry], bundle: true, minify: true, format: 'esm', write: false, target: 'es2021',
  conditions: ['banklet-source'], logLevel: 'silent',
});
const sdkBytes = Buffer.from(sdk.outputFiles[0].contents);
const sdkOk = gzip(sdkBytes) <= SDK_CORE_BUDGET;
failed ||= !sdkOk;
rows.push([`@banklet/sdk ${relative('packages/sdk/src', sdkEntry)}`, fmt(sdkBytes.length), fmt(gzip(sdkBytes)), fmt(brotli(sdkBytes)), '',
  `${sdkOk ? 'ok' : 'OVER'} ≤ ${fmt(SDK_CORE_BUDGET)} (SDK core, issue 4)`]);

const header = ['file', 'minified', 'gzip -9', 'brotli 11', 'gzip with imports', 'budget'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
if (failed) {
  console.error('\n✖ Over budget.');
  process.exit(1);
}
console.log('\n✔ Every entry within budget.');
