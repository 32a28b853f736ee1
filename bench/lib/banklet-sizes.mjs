// Banklet's own bytes: every dist/cdn/*.js entry alone and with its static imports (the closure
// rule of scripts/size.mjs), plus what a page showing every widget downloads.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { closureOf, measure, staticImports } from './size-script.mjs';

const CDN = 'dist/cdn';

/** The widget entries the bench times; listed so a missing one shows as "not built". */
export const WIDGETS = [
  { file: 'offer-carousel.js', tag: 'banklet-offer-carousel' },
  { file: 'payment-sheet.js', tag: 'banklet-payment-sheet' },
  { file: 'rewards-wallet.js', tag: 'banklet-rewards-wallet' },
  { file: 'card-application.js', tag: 'banklet-card-application' },
];

/** `[{ file, built, alone, closure }]` for every entry, widgets missing from the build included. */
export function bankletEntrySizes() {
  const entries = existsSync(CDN) ? readdirSync(CDN).filter((f) => f.endsWith('.js')).sort() : [];
  const rows = entries.map((file) => {
    const path = join(CDN, file);
    // A classic script cannot import: its closure is itself (as in size.mjs).
    const closure = file.endsWith('.iife.js') ? [path] : [...closureOf(path)];
    return { file, built: true, alone: measure([path]), closure: { ...measure(closure), files: closure.length } };
  });
  for (const widget of WIDGETS) if (!entries.includes(widget.file)) rows.push({ file: widget.file, built: false });
  return rows;
}

/**
 * banklet.js defines every widget tag and loads a widget's entry the first time its tag is used:
 * the union of their closures (each file once) is what a page showing all the built widgets
 * downloads — "full banklet.js".
 */
export function fullBankletSize() {
  const files = ['banklet.js', ...WIDGETS.map((w) => w.file)].map((f) => join(CDN, f)).filter((f) => existsSync(f));
  if (!files.includes(join(CDN, 'banklet.js'))) return undefined;
  const union = new Set(files.flatMap((f) => [...closureOf(f)]));
  // What these files can load on demand, as the anchors' lazy chunks are reported: the views after
  // each widget's first one, storage and analytics code, and the locale catalogues (a page loads
  // one language's, core and widget, before a widget's first render).
  const reachable = new Set();
  const walk = (file) => {
    if (reachable.has(file)) return;
    reachable.add(file);
    for (const imported of [...staticImports(file), ...dynamicImports(file)]) walk(imported);
  };
  union.forEach(walk);
  const lazy = [...reachable].filter((f) => !union.has(f) && existsSync(f));
  const locales = lazy.filter((f) => /\/(core\.)?[a-z]{2}(-[A-Z]{2})?-[\w-]+\.js$/.test(f));
  return {
    ...measure([...union]),
    files: union.size,
    widgets: files.length - 1,
    lazy: lazy.length > 0 ? { ...measure(lazy), files: lazy.length, locales: { ...measure(locales), files: locales.length } } : undefined,
  };
}

/** Relative `import("./x.js")` calls of a minified ESM file (lazy chunks, prefetched or not). */
function dynamicImports(file) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g)].map((match) => join(dirname(file), match[1]));
}
