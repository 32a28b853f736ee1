// Serves complete, independent Banklet bundles stamped with any version string at
// /__banklet-copies/<version>.js, so a test can load two real copies (each with its own Lit and
// its own registry logic) on one page, the way a host page that mixes an npm build and the CDN
// script does.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PREFIX = '/__banklet-copies/';

export async function bundleCopy(version) {
  const result = await build({
    // Every tag registered eagerly (banklet.js would load widgets on use), plus the version.
    stdin: {
      contents: "import './packages/elements/src/define.ts';\nexport { VERSION } from './packages/elements/src/internal/version.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2021',
    conditions: ['banklet-source'],
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'silent',
    plugins: [
      {
        name: 'banklet-version',
        setup(b) {
          b.onLoad({ filter: /internal[\\/]version\.ts$/ }, () => ({
            contents: `export const VERSION = ${JSON.stringify(version)};`,
            loader: 'ts',
          }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

export function copiesPlugin() {
  return {
    name: 'banklet-copies',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const version = decodeURIComponent(context.path.slice(PREFIX.length).replace(/\.js$/, ''));
      return { body: await bundleCopy(version), type: 'js' };
    },
  };
}
