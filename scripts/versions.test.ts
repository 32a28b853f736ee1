/**
 * One lockstep version for every @banklet package (Spectrum's lesson: drifting versions between
 * packages put two copies of a component on one page). The package.json files, the internal
 * dependency pins and the version constants compiled into the code must all agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { VERSION } from '../packages/elements/src/internal/version.js';
import { BRIDGE_VERSION } from '../packages/bridge/src/bridge.js';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
};
const root = json('package.json');
const packages = ['sdk', 'bridge', 'elements', 'sandbox'].map((name) => json(`packages/${name}/package.json`));

test('every package has the root version', () => {
  for (const pkg of packages) assert.equal(pkg.version, root.version, pkg.name);
});

test('internal dependencies are pinned to exactly that version', () => {
  for (const pkg of packages) {
    for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
      if (name.startsWith('@banklet/')) assert.equal(range, root.version, `${pkg.name} → ${name}`);
    }
  }
});

test('the versions compiled into the code match', () => {
  assert.equal(VERSION, root.version);
  assert.equal(BRIDGE_VERSION, root.version);
});
