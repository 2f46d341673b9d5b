// The system's Chromium, as the tests and the benchmark launch it (never a download).

/** Its path: `CHROME_PATH`, else Debian's package. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Its command line: no sandbox (CI runs as root), no GPU, nothing that reaches the network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
