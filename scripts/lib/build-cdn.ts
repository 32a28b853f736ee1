/**
 * Builds the CDN bundles from the current sources into a fresh temp folder (never a stale dist/),
 * for tests that load them in a real browser. Returns the folder holding the `dist/cdn` files.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';

export async function buildCdnInto(): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'banklet-cdn-')), 'cdn');
  const configs = (await import('../../rollup.config.js')).default as RollupOptions[];
  for (const config of configs) {
    const bundle = await rollup({ ...config, onwarn: () => {} });
    const output = config.output as OutputOptions;
    await bundle.write(output.file ? { ...output, file: join(out, output.file.split('/').pop()!) } : { ...output, dir: out });
    await bundle.close();
  }
  return out;
}
