// CDN builds (dist/cdn): ESM entries that share chunks, plus one classic script for pages
// without a module pipeline. The npm packages are built by tsc (scripts/build.mjs).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCss } from './scripts/lib/rollup-minify-css.js';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const src = 'packages/elements/src/cdn';

/**
 * ESM entries. `core` is an entry of its own so that the shared code (Lit, the base element,
 * primitives, the SDK client) lands in `core.js`, which every widget entry imports: a page that
 * lazy-loads two widgets downloads the core once.
 */
export const esmEntries = {
  core: `${src}/core.ts`,
  banklet: `${src}/banklet.ts`,
  'offer-carousel': `${src}/offer-carousel.ts`,
  'payment-sheet': `${src}/payment-sheet.ts`,
};

const banner = `/*! Banklet ${version} | dist/cdn */`;

const plugins = ({ module = true } = {}) => [
  // Build from source, production Lit (no `development` condition).
  nodeResolve({ exportConditions: ['banklet-source'], browser: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', sourceMap: true }),
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
    input: `${src}/banklet.ts`,
    output: {
      file: 'dist/cdn/banklet.iife.js',
      format: 'iife',
      name: 'Banklet',
      // A classic script cannot import chunks: locales and everything else are inlined.
      inlineDynamicImports: true,
      sourcemap: true,
      banner,
    },
    plugins: plugins({ module: false }),
  },
];
