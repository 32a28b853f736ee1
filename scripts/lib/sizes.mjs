// Byte counting shared by `npm run size` and the benchmark (bench/): gzip -9 and brotli 11 of
// files compressed one by one (as HTTP serves them), and the static-import closure of an ESM file
// (what a page downloads before the entry runs).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
export const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Relative static imports of a minified ESM file (`import … from "./x.js"`, `export … from`). */
export function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const found = new Set();
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'](\.[^"']+)["']/g)) {
    found.add(join(dirname(file), match[1]));
  }
  return [...found];
}

export function closureOf(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of staticImports(file)) closureOf(dep, seen);
  return seen;
}

export function measure(files) {
  let min = 0, gz = 0, br = 0;
  for (const file of files) {
    const buf = readFileSync(file);
    min += buf.length;
    gz += gzip(buf);
    br += brotli(buf);
  }
  return { min, gz, br };
}
