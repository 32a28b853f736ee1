// A node:test reporter that only counts leaf tests and writes the totals for scripts/test.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';

export default async function* countingReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details, skip, todo } = event.data;
    if (details?.type === 'suite') {
      // A suite that fails without a failing test in it (a throwing hook, a file that fails to load).
      if (event.type === 'test:fail' && details.error?.failureType !== 'subtestsFailed') totals.fileErrors += 1;
      continue;
    }
    if (skip || todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else totals.failed += 1;
  }
  mkdirSync('.test-results', { recursive: true });
  writeFileSync('.test-results/node.json', JSON.stringify(totals));
  yield '';
}
