#!/usr/bin/env node
// `npm test`: Node tests (sandbox, scripts), then browser tests (web-test-runner in Chromium),
// then one closing line "N passed, N failed, N skipped" and a non-zero exit on any failure.
//   --only node|browser   run one part
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { globSync } from './lib/glob.mjs';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

const parts = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return status ?? 1;
}

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

if (!only || only === 'node') {
  const files = globSync(['packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts', 'scripts/**/*.test.mjs']);
  const status = run('Node tests', process.execPath, [
    '--import', 'tsx',
    '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/lib/node-counting-reporter.mjs', '--test-reporter-destination=.test-results/node.log',
    ...files,
  ]);
  parts.push({ name: 'node', status, totals: read('.test-results/node.json') });
}

if (!only || only === 'browser') {
  const status = run('Browser tests (Chromium)', process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.js']);
  parts.push({ name: 'browser', status, totals: read('.test-results/browser.json') });
}

const sum = { passed: 0, failed: 0, skipped: 0 };
let broken = false;
for (const { name, status, totals } of parts) {
  if (!totals) {
    console.error(`✖ ${name} tests did not report results (exit ${status}).`);
    broken = true;
    continue;
  }
  sum.passed += totals.passed;
  sum.failed += totals.failed;
  sum.skipped += totals.skipped;
  if (totals.fileErrors > 0) {
    console.error(`✖ ${name}: ${totals.fileErrors} test file(s) failed outside a test.`);
    sum.failed += totals.fileErrors;
  }
  if (status !== 0 && totals.failed === 0 && totals.fileErrors === 0) {
    console.error(`✖ ${name} tests exited with ${status}.`);
    broken = true;
  }
}
if (sum.passed + sum.failed === 0) broken = true;
if (broken && sum.failed === 0) sum.failed = 1;
console.log(`\n${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped`);
process.exit(sum.failed > 0 ? 1 : 0);
