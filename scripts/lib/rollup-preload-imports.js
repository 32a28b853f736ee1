// Fetches a lazy chunk's own static imports together with it. A browser learns what a chunk
// imports only once the chunk has arrived, so `import('./later.js')` costs one round trip for
// the chunk and another for the chunks it imports (the card application's draft store: the
// store's chunk, then IndexedDB's; a widget loaded by banklet.js: its entry, then its chunks),
// each one delayed further while a throttled main thread is busy. Rollup knows those imports at
// build time, so each `import(x)` becomes `Promise.all([import(x), import(dep), …]).then(m => m[0])`,
// Vite's "preload" without <link> elements (nothing for a strict CSP to allow beyond script-src).
// Module evaluation order is unchanged: a module still runs once, after its own imports.
//
// Chunks the importing chunk has already loaded (its static imports, and theirs) are left out.
// That is known only once every chunk is rendered, so renderDynamicImport writes every candidate
// with a marker comment and renderChunk blanks out the ones not needed, and the markers, with
// spaces of the same length: nothing moves, so the source maps stay right without a new one
// (terser then drops the spaces).

const OPEN = '/*bk-preload<*/';
const CLOSE = '/*bk-preload>*/';
const WRAP_LEFT = `${OPEN}Promise.all([`;
const WRAP_RIGHT = `]).then((modules) => modules[0])${CLOSE}`;
const dep = (fileName) => `/*bk-preload:${fileName}*/`;
const CALL = /\/\*bk-preload<\*\/Promise\.all\(\[import\(([^()]*)\)((?:, import\([^()]*\)\/\*bk-preload:[^*]*\*\/)*)\]\)\.then\(\(modules\) => modules\[0\]\)\/\*bk-preload>\*\//g;
const DEP = /, import\([^()]*\)\/\*bk-preload:([^*]*)\*\//g;
const blank = (text) => ' '.repeat(text.length);

export function preloadImports() {
  return {
    name: 'banklet-preload-imports',
    renderDynamicImport({ getTargetChunkImports }) {
      const imports = getTargetChunkImports()?.filter((i) => i.type === 'internal');
      if (!imports?.length) return null;
      // resolvedImportPath is the quoted specifier as the importing chunk would write it.
      const deps = imports.map((i) => `, import(${i.resolvedImportPath})${dep(i.fileName)}`).join('');
      return { left: `${WRAP_LEFT}import(`, right: `)${deps}${WRAP_RIGHT}` };
    },
    renderChunk(code, chunk, _options, { chunks }) {
      if (!code.includes(OPEN)) return null;
      // Everything this chunk loads statically, directly or through its imports.
      const loaded = new Set([chunk.fileName]);
      const stack = [...chunk.imports];
      while (stack.length > 0) {
        const next = stack.pop();
        if (loaded.has(next)) continue;
        loaded.add(next);
        stack.push(...(chunks[next]?.imports ?? []));
      }
      const out = code.replace(CALL, (call, _target, deps) => {
        let kept = 0;
        const trimmed = deps.replace(DEP, (text, fileName) => {
          if (loaded.has(fileName)) return blank(text);
          kept += 1;
          return text.replace(dep(fileName), blank(dep(fileName)));
        });
        const start = call.indexOf(deps);
        const head = call.slice(0, start);
        const tail = call.slice(start + deps.length);
        if (kept > 0) return `${head.replace(OPEN, blank(OPEN))}${trimmed}${tail.replace(CLOSE, blank(CLOSE))}`;
        // Nothing left to fetch alongside: a plain import().
        return `${blank(WRAP_LEFT)}${head.slice(WRAP_LEFT.length)}${trimmed}${blank(WRAP_RIGHT)}`;
      });
      if (out.includes('/*bk-preload')) this.error(`preload markers left in ${chunk.fileName}`);
      return { code: out, map: null };
    },
  };
}
