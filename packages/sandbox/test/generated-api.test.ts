/**
 * The SDK's generated API types are in step with the contract: a fresh generation must equal the
 * committed packages/sdk/src/generated/openapi.ts byte for byte (run `npm run generate:api` after
 * editing contract/banklet.openapi.yaml).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(root, 'scripts/generate-api.mjs');
const committed = join(root, 'packages/sdk/src/generated/openapi.ts');

/** Runs the generator; resolves with its exit status and output (it never rejects). */
const run = (...args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

// The committed file was produced by an earlier, separate run; equality with a fresh generation
// therefore also shows that the output is deterministic.
test('the committed generated types match a fresh generation from the contract', async () => {
  const result = await run('--check');
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  const text = readFileSync(committed, 'utf8');
  assert.match(text, /generated, do not edit/);
  assert.match(text, /confirmPaymentIntent/);
});

test('the check fails on a stale file and regeneration repairs it', async () => {
  const dir = tempDir('banklet-generated-');
  const copy = join(dir, 'openapi.ts');
  try {
    writeFileSync(copy, `${readFileSync(committed, 'utf8')}// drift\n`);
    const stale = await run('--check', '--out', copy);
    assert.equal(stale.status, 1, 'a stale file must fail the check');
    assert.match(stale.stderr, /out of date/);
    assert.equal((await run('--out', copy)).status, 0);
    assert.equal(readFileSync(copy, 'utf8'), readFileSync(committed, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
