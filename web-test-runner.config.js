// Browser tests: every packages/*/src/**/*.test.ts runs in the system Chromium (TOOLCHAIN.md:
// no browser is downloaded), TypeScript served through esbuild, packages resolved from source.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countingReporter } from './scripts/lib/wtr-counting-reporter.js';
import { copiesPlugin } from './scripts/lib/wtr-copies-plugin.js';
import { sandboxPlugin } from './scripts/lib/wtr-sandbox-plugin.js';
import { reactPlugin } from './scripts/lib/wtr-react-plugin.js';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.js';

const filter = process.env.BANKLET_TEST_FILES;
// Property tests are seeded so a run is repeatable; BANKLET_FC_SEED=<n> replays or varies it.
const fcSeed = Number(process.env.BANKLET_FC_SEED ?? 20261123);

export default {
  files: filter ? filter.split(',') : ['packages/*/src/**/*.test.ts', '!packages/sandbox/**'],
  nodeResolve: { exportConditions: ['banklet-source', 'browser', 'development'] },
  // One page at a time: keyboard and focus tests need the page to hold focus, which only one can.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testRunnerHtml: (testFramework) => `<!doctype html><html><body>
    <script type="module">import fc from 'fast-check'; fc.configureGlobal({ seed: ${fcSeed} });</script>
    <script type="module" src="${testFramework}"></script>
  </body></html>`,
  testFramework: { config: { timeout: 10_000, ui: 'bdd' } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
    copiesPlugin(),
    reactPlugin(),
    // The real API server, for widget tests that talk to it (internal/testing/sandbox.ts).
    sandboxPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs() },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countingReporter()],
};
