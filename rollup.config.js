// CDN builds (dist/cdn): ESM entries that share chunks, plus one classic script for pages
// without a module pipeline. The npm packages are built by tsc (scripts/build.mjs).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCss } from './scripts/lib/rollup-minify-css.js';
import { preloadImports } from './scripts/lib/rollup-preload-imports.js';
import { workerUrl } from './scripts/lib/rollup-worker-url.js';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const src = 'packages/elements/src/cdn';

/**
 * ESM entries. `sdk` and `core` are entries of their own so that the shared code lands in
 * `sdk.js` (the client) and `core.js` (Lit, the base element, primitives), which every widget
 * entry imports: a page that lazy-loads two widgets downloads them once.
 */
export const esmEntries = {
  sdk: `${src}/sdk.ts`,
  core: `${src}/core.ts`,
  banklet: `${src}/banklet.ts`,
  'offer-carousel': `${src}/offer-carousel.ts`,
  'payment-sheet': `${src}/payment-sheet.ts`,
  'rewards-wallet': `${src}/rewards-wallet.ts`,
  'card-application': `${src}/card-application.ts`,
  // The host bridge on its own: embed pages and WebView shells load it next to a widget.
  bridge: 'packages/bridge/src/index.ts',
};

const banner = `/*! Banklet ${version} | dist/cdn */`;

const plugins = ({ module = true } = {}) => [
  // Build from source, production Lit (no `development` condition).
  nodeResolve({ exportConditions: ['banklet-source'], browser: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', sourceMap: true }),
  // The wallet's ledger worker is emitted once, by the ESM build, as dist/cdn/ledger.worker.js;
  // the classic script finds the same file next to itself.
  workerUrl({ emit: module }),
  // A lazy chunk and the chunks it imports are fetched at once, not one after the other.
  preloadImports(),
  minifyCss(),
  // `module: false` for the classic script: as a module, terser would drop the top-level
  // `var Banklet` that is the whole point of the IIFE build.
  terser({ module, ecma: 2020, compress: { passes: 3, unsafe_arrows: true, pure_getters: true }, format: { comments: /^!/ } }),
];

export default [
  {
    input: esmEntries,
    output: {
      dir: 'dist/cdn',
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      banner,
    },
    plugins: plugins(),
  },
  {
    // A small classic script that loads banklet.js (see banklet-classic.ts): one copy of the code.
    input: `${src}/banklet-classic.ts`,
    output: {
      file: 'dist/cdn/banklet.iife.js',
      format: 'iife',
      sourcemap: true,
      banner,
    },
    plugins: plugins({ module: false }),
  },
];
