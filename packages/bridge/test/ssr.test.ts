/**
 * Server-side rendering safety: every public entry point can be imported in plain Node (Next.js,
 * Nuxt, Astro and Angular Universal all import component modules on the server) without
 * throwing, without creating `window` / `document`, and without defining tags when no registry
 * exists. Each import runs in a fresh Node process, so one entry cannot mask another's globals.
 *
 * Sources are imported (the `banklet-source` export condition), so the test needs no build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Probe {
  exports: string[];
  window: string;
  document: string;
  /** Banklet tags found in whatever registry exists after the import (Lit installs an SSR shim). */
  defined: string[];
  /** `customElements` existed before the import. */
  registryBefore: boolean;
}

/** The React entry by its package name once `exports` maps it, by path until then. */
const elementsExports = JSON.parse(readFileSync(`${root}packages/elements/package.json`, 'utf8')).exports as Record<string, unknown>;
const REACT_ENTRY = './react' in elementsExports ? '@banklet/elements/react' : './packages/elements/src/react/index.ts';

const TAGS = ['banklet-button', 'banklet-field', 'banklet-sheet', 'banklet-skeleton', 'banklet-status'];

function probe(specifier: string, extra = ''): Probe {
  const script = `
    const registryBefore = typeof globalThis.customElements !== 'undefined';
    const module = await import(${JSON.stringify(specifier)});
    ${extra}
    const registry = globalThis.customElements;
    const defined = ${JSON.stringify(TAGS)}.filter((tag) => registry?.get?.(tag) !== undefined);
    process.stdout.write(JSON.stringify({
      exports: Object.keys(module),
      window: typeof window,
      document: typeof document,
      defined,
      registryBefore,
    }));
  `;
  const out = execFileSync(process.execPath, ['--conditions=banklet-source', '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  return JSON.parse(out) as Probe;
}

for (const specifier of ['@banklet/sdk', '@banklet/bridge']) {
  test(`import "${specifier}" in Node: no throw, no DOM globals, nothing defined`, () => {
    const result = probe(specifier);
    assert.ok(result.exports.length > 0, 'has exports');
    assert.equal(result.registryBefore, false);
    assert.equal(result.window, 'undefined');
    assert.equal(result.document, 'undefined');
    assert.deepEqual(result.defined, []);
  });
}

// The elements entries load Lit, whose Node build installs its SSR DOM shim's registry; even the
// define files must not register tags into it: defining waits for a real browser window.
for (const specifier of ['@banklet/elements', '@banklet/elements/define.js', REACT_ENTRY]) {
  test(`import "${specifier}" in Node: no throw, no DOM globals, nothing defined`, () => {
    const result = probe(specifier);
    assert.equal(result.window, 'undefined');
    assert.equal(result.document, 'undefined');
    assert.equal(result.registryBefore, false);
    assert.deepEqual(result.defined, []);
  });
}

test('the React wrappers are components in Node', () => {
  const result = probe(REACT_ENTRY, `
    for (const name of ['BankletButton', 'BankletField', 'BankletSheet', 'BankletSkeleton', 'BankletStatus']) {
      if (typeof module[name] !== 'object' || module[name].$$typeof === undefined) throw new Error(name + ' is not a React component');
    }
  `);
  assert.ok(result.exports.includes('BankletButton'));
});

test('a bridge in Node settles as standalone web, without throwing', () => {
  const result = probe('@banklet/bridge', `
    const bridge = module.createBridge({ handshakeTimeout: 50 });
    const status = await bridge.ready;
    if (status.mode !== 'standalone' || status.reason !== 'no-host') throw new Error('unexpected ' + JSON.stringify(status));
    if (bridge.has('biometric.verify')) throw new Error('has() must be false without a host');
    bridge.dispose();
  `);
  assert.equal(result.window, 'undefined');
});
