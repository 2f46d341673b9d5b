/**
 * What the benchmark tools share: the bench page (the bundle and the in-page harness), a server
 * for it on 127.0.0.1, and the system's Chromium launched as the tests launch it.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../.ci/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const PAGE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>cocir-timeline bench</title>
    <style>body { margin: 0; font-family: sans-serif; } #box { width: 1200px; }</style>
  </head>
  <body>
    <div id="box"></div>
    <script type="module">
      import '/dist/cocir-timeline.js';
      import * as bench from '/bench/harness.mjs';
      window.bench = bench;
    </script>
  </body>
</html>`;

/** Serves the page, the bundle (`bundle`: its path) and the harness on 127.0.0.1, on a free port. */
export function serve(bundle) {
  const types = { '.js': 'text/javascript', '.mjs': 'text/javascript' };
  const allowed = new Set(['/dist/cocir-timeline.js', '/bench/harness.mjs', '/bench/data.mjs']);
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    } else if (allowed.has(path)) {
      const file = path === '/dist/cocir-timeline.js' ? bundle : join(ROOT, path);
      res.writeHead(200, { 'content-type': types[extname(path)] }).end(readFileSync(file));
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Headless Chromium with `gc()` exposed (for the heap figures). */
export function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
    protocolTimeout: 30 * 60_000,
  });
}
