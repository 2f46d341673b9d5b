// All tests run in headless Chromium (the system's, never a download).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { inputPlugin } from './test/commands/input-plugin.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** Chromium whose clock is in `timeZone` (undefined: the machine's). */
function chromium(timeZone) {
  return chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      env: timeZone ? { ...process.env, TZ: timeZone } : process.env,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    // One test file at a time per browser: a page in the background gets no animation frames
    // and late timers, and a file that waits for them never reports. (The zoned groups run in
    // browsers of their own, side by side with this one.)
    concurrency: 1,
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

export default {
  files: ['test/**/*.test.ts', '!test/tz/**'],
  nodeResolve: true,
  browsers: [chromium('UTC')],
  groups: zoned,
  concurrency: 2,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig }), inputPlugin()],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
