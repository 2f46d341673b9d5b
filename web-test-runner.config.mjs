// All tests run in headless Chromium (the system's, never a download).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { domCountersPlugin, fixturesMiddleware } from './test/server/fixtures.mjs';
import { inputPlugin } from './test/commands/input-plugin.mjs';
import { chromiumArgs, chromiumPath } from './.ci/chromium.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** Chromium whose clock is in `timeZone` (undefined: the machine's), with `extraArgs` on its command line. */
function chromium(timeZone, extraArgs = []) {
  return chromeLauncher({
    // One window per test page: a second tab in the same window is hidden, and a hidden page runs
    // no requestAnimationFrame callbacks (with `concurrency: 2`, a test file would hang on them).
    createPage: ({ context }) => context.newPage({ type: 'window' }),
    launchOptions: {
      executablePath: chromiumPath,
      headless: true,
      env: timeZone ? { ...process.env, TZ: timeZone } : process.env,
      args: [...chromiumArgs, ...extraArgs],
    },
  });
}

/**
 * Prints the bare `N passed, N failed` line CI looks for, last.
 * A test file that fails to load or throws outside a test counts as one failure.
 */
function countReporter() {
  let passed = 0;
  let failed = 0;
  const walk = (suite) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) continue;
      if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite?.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        walk(session.testResults);
        if (session.errors?.length || (!session.passed && !session.testResults)) failed++;
      }
    },
    start() {
      // After the runner's own closing output, whatever it prints last.
      process.on('exit', () => console.log(`${passed} passed, ${failed} failed`));
    },
  };
}

// Date-model tests also run with the browser clock in far-apart zones:
// UTC+14 (Kiritimati) and UTC−10 (Honolulu) must give the same civil dates as UTC.
const zoned = ['Pacific/Kiritimati', 'Pacific/Honolulu'].map((zone) => ({
  name: `tz-${zone.split('/')[1].toLowerCase()}`,
  files: ['test/model/**/*.test.ts', 'test/tz/**/*.test.ts'],
  browsers: [chromium(zone)],
}));

// The leak test calls gc(): its own Chromium, started with the flag that exposes it.
const leak = {
  name: 'leak',
  files: ['test/leak/**/*.test.ts'],
  browsers: [chromium('UTC', ['--js-flags=--expose-gc'])],
};

export default {
  files: ['test/**/*.test.ts', '!test/tz/**', '!test/leak/**'],
  nodeResolve: true,
  browsers: [chromium('UTC')],
  groups: [...zoned, leak],
  // One page at a time. With two, the files in the page that is not in front timed out waiting
  // for an animation frame (fixture() and the size controller wait for one), and real keyboard
  // and mouse input needs the focused page. One page is no slower on two cores.
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  // Per test file. The leak test's 100 cycles take a minute on a busy machine.
  testsFinishTimeout: 300_000,
  middleware: [fixturesMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig }), domCountersPlugin(), inputPlugin()],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
