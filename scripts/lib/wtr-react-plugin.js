// React ships CommonJS only, which a browser cannot import. For the React wrapper tests
// (packages/elements/src/react), serve React, ReactDOM and react-dom/client as ES modules: one
// esbuild bundle holding a single React copy (two copies break hooks), plus a small shim per
// module path that re-exports that module's named exports from the bundle.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = '/__banklet-react/bundle.js';

/** Browser paths nodeResolve rewrites these specifiers to → the specifier. */
const MODULES = {
  '/node_modules/react/index.js': 'react',
  '/node_modules/react/jsx-runtime.js': 'react/jsx-runtime',
  '/node_modules/react-dom/index.js': 'react-dom',
  '/node_modules/react-dom/client.js': 'react-dom/client',
};

let bundled;
function bundle() {
  const names = Object.values(MODULES);
  const contents = [
    ...names.map((name, i) => `import m${i} from ${JSON.stringify(name)};`),
    `export const modules = { ${names.map((name, i) => `${JSON.stringify(name)}: m${i}`).join(', ')} };`,
  ].join('\n');
  bundled ??= build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2021',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundled;
}

/**
 * The module's export names, read in a child process: loading React inside the test runner would
 * let React's development build patch the runner's own console.
 */
const exportNames = new Map();
function namesOf(name) {
  if (!exportNames.has(name)) {
    const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: root, env: { ...process.env, NODE_ENV: 'development' } });
    exportNames.set(name, JSON.parse(String(out)));
  }
  return exportNames.get(name);
}

function shim(name) {
  const keys = namesOf(name).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return [
    `import { modules } from '${BUNDLE}';`,
    `const m = modules[${JSON.stringify(name)}];`,
    'export default m;',
    ...keys.map((key) => `export const ${key} = m.${key};`),
  ].join('\n');
}

export function reactPlugin() {
  return {
    name: 'banklet-react-esm',
    async serve(context) {
      if (context.path === BUNDLE) return { body: await bundle(), type: 'js' };
      const name = MODULES[context.path];
      return name ? { body: shim(name), type: 'js' } : undefined;
    },
  };
}
