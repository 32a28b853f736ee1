#!/usr/bin/env node
// `npm run build`: npm packages (tsc: ESM + .d.ts + source maps, in dependency order), the
// custom-elements manifest, then the CDN bundles (rollup).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;

function step(label, command, args) {
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

for (const dir of ['packages/sdk/dist', 'packages/bridge/dist', 'packages/elements/dist', 'dist']) {
  rmSync(dir, { recursive: true, force: true });
}
// sdk first: bridge and elements compile against its emitted .d.ts, as consumers will.
for (const pkg of ['sdk', 'bridge', 'elements']) {
  step(`@banklet/${pkg}`, bin('tsc'), ['-p', `packages/${pkg}/tsconfig.build.json`]);
}
step('custom-elements.json', bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
step('dist/cdn', bin('rollup'), ['-c', 'rollup.config.js', '--silent']);
