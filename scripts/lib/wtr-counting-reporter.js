// Counts browser test results and writes them where scripts/test.mjs adds them to the Node
// results, so `npm test` can end on one "N passed, N failed, N skipped" line.
import { mkdirSync, writeFileSync } from 'node:fs';

export const RESULTS_FILE = '.test-results/browser.json';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that fails to load or throws outside a test has no test results but must fail the run.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors += 1;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(RESULTS_FILE, JSON.stringify(totals));
    },
  };
}
