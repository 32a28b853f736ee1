// Web Workers in the CDN build. Each `new Worker(new URL('./x.worker.js', import.meta.url), …)`
// in the sources becomes its own ESM entry, written as `dist/cdn/x.worker.js` (strict CSP
// allows a same-origin worker file, not a blob: one), and the URL is rewritten to where Rollup
// put it, relative to the chunk that starts it (chunks live in dist/cdn/chunks/).
//   emit: false — for the classic (IIFE) build, which cannot emit chunks: the expression is left
//   alone; Rollup turns its import.meta.url into the script's own URL (document.currentScript,
//   captured at load), so it finds the file the ESM build wrote beside banklet.iife.js.
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

const WORKER = /new URL\((['"])(\.\/[^'"]+\.worker)\.js\1,\s*import\.meta\.url\)/g;

export function workerUrl({ emit = true } = {}) {
  // One emitted file per worker source, however many times the sources name it.
  const refs = new Map();
  return {
    name: 'banklet-worker-url',
    buildStart() {
      refs.clear();
    },
    transform(code, id) {
      if (!emit || !code.includes('.worker.js')) return null;
      let changed = false;
      const out = code.replace(WORKER, (match, _quote, path) => {
        const source = resolve(dirname(id), `${path}.ts`);
        if (!existsSync(source)) return match;
        let ref = refs.get(source);
        if (!ref) {
          ref = this.emitFile({ type: 'chunk', id: source, fileName: `${basename(path)}.js` });
          refs.set(source, ref);
        }
        changed = true;
        return `new URL(import.meta.ROLLUP_FILE_URL_${ref})`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
