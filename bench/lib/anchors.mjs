// The anchors: bench/entries/*.js bundled from npm the way an integrator's build would (esbuild,
// minified ESM for browsers), then measured with the same closure rule as Banklet's CDN files.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { closureOf, measure } from './size-script.mjs';

/**
 * Each anchor: its entry, what it stands for, and which question it answers. `payment` marks the
 * anchors the widget targets are set against; `carousel` those in the 20-slide race.
 */
export const ANCHORS = [
  { id: 'adyen-dropin', pkg: '@adyen/adyen-web', label: 'Drop-in + Card', payment: true },
  { id: 'adyen-card', pkg: '@adyen/adyen-web', label: 'Card alone', payment: true },
  { id: 'braintree-dropin', pkg: 'braintree-web-drop-in', label: 'Drop-in', payment: true },
  { id: 'lion', pkg: '@lion/ui', label: 'form, amount, IBAN, dialog' },
  { id: 'shoelace', pkg: '@shoelace-style/shoelace', label: 'carousel + dialog', carousel: true },
  { id: 'swiper', pkg: 'swiper', label: 'element/bundle', carousel: true },
  { id: 'embla', pkg: 'embla-carousel', label: 'core', carousel: true },
  { id: 'lit', pkg: 'lit', label: '+ one element (the floor)' },
];

/**
 * Bundles each anchor on its own into `outdir/<id>/`, as its integrator's app build would, with code
 * splitting: what a library loads on demand (Lion's locales, say) lands in lazy chunks, which the
 * closure leaves out, as it does for Banklet's. CSS an entry imports comes out beside it and counts
 * in its bytes. One build per anchor, so no chunk is shared between two libraries.
 */
export function buildAnchors(outdir) {
  return Promise.all(ANCHORS.map((anchor) => buildAnchor(anchor, join(outdir, anchor.id), `/anchors/${anchor.id}`)));
}

async function buildAnchor(anchor, outdir, urlPrefix) {
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: [new URL(`../entries/${anchor.id}.js`, import.meta.url).pathname],
    outdir,
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2021', // what Banklet's rollup build targets
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    metafile: true,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  // Paths relative to the working directory, as the metafile and size.mjs's helpers use them.
  // (Lazy chunks have an entryPoint too: esbuild makes each dynamic import target one.)
  const [file, output] = Object.entries(outputs).find(([, o]) => o.entryPoint?.endsWith(`entries/${anchor.id}.js`));
  const closure = [...closureOf(file)];
  const css = output.cssBundle ? [output.cssBundle] : [];
  // Everything the entry can reach, statically or on demand, to report what its lazy chunks weigh.
  const reachable = new Set();
  const walk = (path) => {
    if (reachable.has(path)) return;
    reachable.add(path);
    for (const imported of outputs[path]?.imports ?? []) if (!imported.external) walk(imported.path);
  };
  walk(file);
  const lazy = [...reachable].filter((f) => !closure.includes(f) && f.endsWith('.js'));
  const { version } = JSON.parse(readFileSync(new URL(`../node_modules/${anchor.pkg}/package.json`, import.meta.url), 'utf8'));
  return {
    ...anchor,
    version,
    url: `${urlPrefix}/${relative(outdir, file)}`,
    cssUrl: css.length > 0 ? `${urlPrefix}/${relative(outdir, css[0])}` : undefined,
    alone: measure([file]),
    closure: { ...measure([...closure, ...css]), files: closure.length + css.length },
    css: css.length > 0 ? measure(css) : undefined,
    lazy: lazy.length > 0 ? { ...measure(lazy), files: lazy.length } : undefined,
  };
}
