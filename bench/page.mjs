/**
 * What the benchmark tools share: the bench page (the bundle and the in-page harness, or a peer
 * library and its harness), a server for it on 127.0.0.1, and the system's Chromium launched as the
 * tests launch it.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../.ci/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const BUNDLE_PATH = '/dist/cocir-timeline.js';

/** The page: the library (`head`, and `imports` at the top of the module) and its harness as `window.bench`. */
const page = ({ head = '', imports = '', harness }) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>cocir-timeline bench</title>
    <style>body { margin: 0; font-family: sans-serif; } #box { width: 1200px; }</style>
    ${head}
  </head>
  <body>
    <div id="box"></div>
    <script type="module">
      ${imports}
      import * as bench from '${harness}';
      window.bench = bench;
    </script>
  </body>
</html>`;

/** The component's page, and the peers' (their files are found in node_modules when installed). */
const TARGETS = {
  'cocir-timeline': { imports: `import '${BUNDLE_PATH}';`, harness: '/bench/harness.mjs' },
  'vis-timeline': {
    install: 'npm install --no-save vis-timeline@8.5.4',
    head: '<link rel="stylesheet" href="/peer/library.css" />\n    <script src="/peer/library.js"></script>',
    harness: '/bench/peer-vis.mjs',
    files: {
      '/peer/library.js': 'standalone/umd/vis-timeline-graph2d.min.js',
      '/peer/library.css': 'styles/vis-timeline-graph2d.min.css',
    },
  },
};

export const PEERS = Object.keys(TARGETS).filter((target) => TARGETS[target].files);

/**
 * The files a target's page loads besides the harness, by URL path: the bundle (`bundle`: its
 * path) for the component, the library's own files for a peer. Throws, saying how to install it,
 * when a peer is not installed.
 */
export function libraryFiles(target, bundle) {
  const { files, install } = TARGETS[target];
  if (!files) return { [BUNDLE_PATH]: bundle };
  let dir;
  try {
    dir = dirname(createRequire(import.meta.url).resolve(`${target}/package.json`));
  } catch {
    throw new Error(`${target} is not installed; for the comparison, run: ${install}`);
  }
  return Object.fromEntries(Object.entries(files).map(([url, file]) => [url, join(dir, file)]));
}

/**
 * Serves a target's page (`target`: 'cocir-timeline', the default, or a peer), its library (for the
 * component, `bundle`: the path of its build) and its harness on 127.0.0.1, on a free port.
 */
export function serve(bundle, target = 'cocir-timeline') {
  const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };
  const library = libraryFiles(target, bundle);
  const harness = new Set([TARGETS[target].harness, '/bench/harness.mjs', '/bench/data.mjs']);
  const html = page(TARGETS[target]);
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    } else if (library[path] || harness.has(path)) {
      const file = library[path] ?? join(ROOT, path);
      res.writeHead(200, { 'content-type': types[extname(path)] }).end(readFileSync(file));
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Chromium's own omnibox popup, a WebUI page that every new window loads in two renderers of its
 * own. Each load opens a fresh browser context, and so a new window: that start-up, about 0.2 s of
 * script in each of the two renderers, ran beside the mount on this machine's two cores, and no
 * page a reader opens in a browser already running pays it. Puppeteer merges this with its own
 * `--disable-features`; a Chromium without these features ignores the names.
 */
const NO_BROWSER_UI = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup';

/** Headless Chromium with `gc()` exposed (for the heap figures), without the omnibox's start-up. */
export function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, NO_BROWSER_UI, '--js-flags=--expose-gc'],
    protocolTimeout: 30 * 60_000,
  });
}
