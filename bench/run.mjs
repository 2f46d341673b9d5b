/**
 * `npm run bench`: drives the built bundle in headless Chromium over generated data and prints a
 * table (Markdown) of medians and ranges; writes the figures as JSON to bench/results/.
 *
 *   node bench/run.mjs [--n 100,1000,10000,50000] [--loads 7] [--steps 24] [--cycles 50] [--warmup 150]
 *                      [--runs 3] [--bundle other/cocir-timeline.js] [--peer vis-timeline]
 *                      [--mount-only-above N]
 *
 * `--peer vis-timeline` runs the same steps against vis-timeline (bench/peer-vis.mjs; install it
 * first with `npm install --no-save vis-timeline@8.5.4`), then sets its figures beside the
 * component's latest run (bench/results/latest.json), with the ratio. Its sizes default to
 * 100, 1,000 and 10,000, and past 10,000 (`--mount-only-above`) only its mount is measured.
 *
 * Mount to paint: a fresh browser context per load; from setting `events` on a new element to the
 * task after the next paint (rAF, then a posted message) once the element has rendered; once right
 * after the page has loaded, once on another page left quiet for a second (SETTLE_MS).
 * Main-thread work: CDP `Performance.getMetrics` before and after each step: TaskDuration (time in
 * tasks, wall clock) and ThreadTime (the main thread's CPU time, which other processes on a busy
 * machine inflate less). Zoom steps are followed until the axis stops moving: once as a jump
 * (`prefers-reduced-motion: reduce`: the step's whole work, in one frame), once with the 200 ms
 * glide (its work over all its frames, and per frame). Pan frames are a mouse drag of 8 px per
 * frame over a ten-year view; filter steps, over all years, once without motion and once followed
 * until the lanes' 200 ms slide has ended and is painted. Heap: CDP `Runtime.getHeapUsage` after two forced full collections.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, libraryFiles, PEERS, serve } from './page.mjs';
import { BUNDLE, bundleSize } from './size.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const number = (value, name) => {
  const n = Number(value);
  if (Number.isNaN(n)) fail(`--${name} takes a number`);
  return n;
};

function options(argv) {
  const get = (name, fallback) => {
    const at = argv.indexOf(`--${name}`);
    if (at < 0) return fallback;
    const value = argv[at + 1];
    if (value === undefined || value.startsWith('--')) fail(`--${name} takes a value`);
    return value;
  };
  const peer = get('peer', undefined);
  return {
    /** A peer library to measure instead of the component (see PEERS). */
    peer,
    // vis-timeline takes seconds to show 10,000 events (~40,000 elements), and up to a second for
    // a step that shows them all: past 10,000 events a peer's run measures the mount only.
    sizes: get('n', peer ? '100,1000,10000' : '100,1000,10000,50000')
      .split(',')
      .map(Number),
    /** Past this N only the mount is measured (no steps, no mount/unmount cycles). */
    mountOnlyAbove: number(get('mount-only-above', peer ? 10_000 : Infinity), 'mount-only-above'),
    loads: Math.max(5, Number(get('loads', 7))),
    steps: Math.max(20, Number(get('steps', 24))),
    cycles: Number(get('cycles', 50)),
    warmup: Number(get('warmup', 150)),
    runs: Math.max(3, Number(get('runs', 3))),
    /** Another build of the bundle to measure (e.g. of an older commit); skips the build. */
    bundle: get('bundle', undefined),
  };
}

/** Rebuilds the bundle when it is missing or older than any source it is built from. */
function buildIfNeeded() {
  const newest = (path) => {
    const s = statSync(path);
    if (!s.isDirectory()) return s.mtimeMs;
    return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
  };
  let built = 0;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    // not built yet
  }
  const sources = ['src', 'data', 'rollup.config.mjs', 'package.json'].map((p) => newest(join(ROOT, p)));
  if (built > Math.max(...sources)) return;
  console.log('bench: building dist/cocir-timeline.js …');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// ---- statistics -------------------------------------------------------------------------------

const sorted = (values) => [...values].sort((a, b) => a - b);
const quantile = (values, q) => {
  const s = sorted(values);
  if (!s.length) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.ceil(at)] - s[lo]) * (at - lo);
};
const summary = (values) => ({
  median: quantile(values, 0.5),
  p95: quantile(values, 0.95),
  min: Math.min(...values),
  max: Math.max(...values),
  samples: values,
});

// ---- one page ---------------------------------------------------------------------------------

async function openPage(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => window.bench);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  /** Seconds the main thread spent in tasks (wall) and on the CPU. */
  const metrics = async () => {
    const all = (await cdp.send('Performance.getMetrics')).metrics;
    const get = (name) => all.find((m) => m.name === name).value;
    return { task: get('TaskDuration'), cpu: get('ThreadTime') };
  };
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  /** Main-thread work of one in-page call (ms in tasks, ms on the CPU), and what it returned. */
  const work = async (fn, ...args) => {
    const m0 = await metrics();
    const value = await page.evaluate(fn, ...args);
    const m1 = await metrics();
    return { ms: (m1.task - m0.task) * 1000, cpu: (m1.cpu - m0.cpu) * 1000, value };
  };
  return { page, heap, work, close: () => context.close() };
}

/** Main-thread work per step for `step(i)`, `steps` times; the DOM size seen after each. */
async function stepWork(p, steps, step) {
  const ms = [];
  const cpu = [];
  const perFrame = [];
  let dom = 0;
  for (let i = 0; i < steps; i++) {
    const r = await p.work(step, i);
    const { dom: seen = r.value, frames = 1 } = typeof r.value === 'object' ? r.value : {};
    ms.push(r.ms);
    cpu.push(r.cpu);
    perFrame.push(r.cpu / frames);
    dom = Math.max(dom, seen);
  }
  return { ...summary(ms), cpu: summary(cpu), cpuPerFrame: summary(perFrame), dom };
}

/** Runs `fn` with `prefers-reduced-motion: reduce` emulated: zoom steps jump, without a glide. */
async function withoutMotion(p, fn) {
  await p.page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  try {
    return await fn();
  } finally {
    await p.page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
  }
}

/**
 * Each load also mounts on a second page left quiet for a second after it loaded: the element's
 * own cost, beside the figure at load. On this 2-core machine the two now agree within their
 * ranges; until the launch left out Chromium's omnibox popup (see `launch` in page.mjs), the new
 * window of each fresh context started it beside the mount, which took 190–240 ms at load against
 * 130–150 on the quiet page.
 */
const SETTLE_MS = 1000;

async function benchSize(browser, url, n, opt) {
  const out = {
    n,
    mount: [],
    mountSettled: [],
    mountCpu: [],
    heapAfterMount: [],
    heapOfElement: [],
    dom: [],
    marks: [],
    clusters: [],
  };
  let domMax = 0;
  for (let load = 0; load < opt.loads; load++) {
    const p = await openPage(browser, url);
    await p.page.evaluate((n) => window.bench.prepare(n), n);
    const before = await p.heap();
    const { cpu, value: m } = await p.work(() => window.bench.mount());
    if (m.loaded !== n || m.errors)
      throw new Error(`N=${n}: the element loaded ${m.loaded} events, ${m.errors} errors`);
    const after = await p.heap();
    out.mount.push(m.ms);
    out.mountCpu.push(cpu);
    out.heapAfterMount.push(after);
    out.heapOfElement.push(after - before);
    out.dom.push(m.dom);
    out.marks.push(m.marks);
    out.clusters.push(m.clusters);
    domMax = Math.max(domMax, m.dom);
    if (load === 0 && n <= opt.mountOnlyAbove) {
      // Steps on the first page only, each figure over `steps` steps.
      out.idle = await stepWork(p, opt.steps, () => window.bench.idleStep());
      if (await p.page.evaluate(() => window.bench.hasZoom())) {
        out.zoom = await withoutMotion(p, () => stepWork(p, opt.steps, (i) => window.bench.zoomStep(i)));
        out.glide = await stepWork(p, opt.steps, (i) => window.bench.zoomStep(i));
        out.pan = await withoutMotion(p, () => stepWork(p, opt.steps, (i) => window.bench.panStep(i)));
        await p.page.evaluate(() => window.bench.panEnd());
      }
      if (await p.page.evaluate(() => window.bench.hasFilter())) {
        await p.page.evaluate(() => window.bench.resetView?.());
        out.filter = await withoutMotion(p, () => stepWork(p, opt.steps, (i) => window.bench.filterStep(i)));
        out.filterSlide = await stepWork(p, opt.steps, (i) => window.bench.filterStep(i));
      }
      domMax = Math.max(domMax, ...[out.zoom, out.glide, out.pan, out.filter, out.filterSlide].map((s) => s?.dom ?? 0));
    }
    await p.close();
    // The same on a page left quiet for a second after it loaded (see SETTLE_MS).
    const quiet = await openPage(browser, url);
    await quiet.page.evaluate((n) => window.bench.prepare(n), n);
    await quiet.heap();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    out.mountSettled.push((await quiet.page.evaluate(() => window.bench.mount())).ms);
    await quiet.close();
  }
  // Heap growth: warm up, then `cycles` mount/unmount cycles between two collected heaps.
  out.growthPerCycle = [];
  for (let run = 0; run < (n <= opt.mountOnlyAbove ? opt.runs : 0); run++) {
    const p = await openPage(browser, url);
    await p.page.evaluate((n) => window.bench.prepare(n), n);
    // V8 keeps compiling and tiering up hot code for a hundred cycles and more (code objects, not
    // the component's: see bench/heap-diff.mjs). Measured at N = 10,000, the growth per cycle of
    // successive 50-cycle blocks ran 1,756, 871, 396, 367, 595, 61 B: warm up past the steep part.
    for (let c = 0; c < opt.warmup; c++) await p.page.evaluate(() => window.bench.cycle(1));
    const h0 = await p.heap();
    for (let c = 0; c < opt.cycles; c++) await p.page.evaluate(() => window.bench.cycle(1));
    const h1 = await p.heap();
    out.growthPerCycle.push((h1 - h0) / opt.cycles);
    await p.close();
  }
  out.domMax = domMax;
  for (const key of [
    'mount',
    'mountSettled',
    'mountCpu',
    'heapAfterMount',
    'heapOfElement',
    'dom',
    'marks',
    'clusters',
    'growthPerCycle',
  ]) {
    out[key] = summary(out[key]);
  }
  return out;
}

// ---- the table --------------------------------------------------------------------------------

const fmt = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');
const range = (s, d = 0) => `${fmt(s.median, d)} (${fmt(s.min, d)}–${fmt(s.max, d)})`;
const work = (s) => (s ? `${fmt(s.median)} / ${fmt(s.p95)} (CPU ${fmt(s.cpu.median)} / ${fmt(s.cpu.p95)})` : 'n/a');
const perFrame = (s) => (s ? `${fmt(s.cpuPerFrame.median)} / ${fmt(s.cpuPerFrame.p95)}` : 'n/a');
const mb = (s) => ({ median: s.median / 2 ** 20, min: s.min / 2 ** 20, max: s.max / 2 ** 20 });

function table(results, size) {
  const head = ['figure', ...results.map((r) => `N = ${r.n.toLocaleString('en-GB')}`)];
  const rows = [
    ['mount to paint, ms: median (range)', (r) => range(r.mount)],
    ['… main-thread CPU meanwhile, ms', (r) => range(r.mountCpu)],
    ['… on a page quiet for a second after it loaded, ms', (r) => range(r.mountSettled)],
    ['zoom step work (a jump: reduced motion), ms: median / p95', (r) => work(r.zoom)],
    ['zoom step with its 200 ms glide, ms: median / p95', (r) => work(r.glide)],
    ['… CPU per glide frame, ms: median / p95', (r) => perFrame(r.glide)],
    ['pan frame work (mouse drag, 8 px), ms: median / p95', (r) => work(r.pan)],
    ['filter toggle work (reduced motion: no slide), ms: median / p95', (r) => work(r.filter)],
    ['filter toggle with its 200 ms slide, ms: median / p95', (r) => work(r.filterSlide)],
    ['idle frame (floor), ms: median / p95', (r) => work(r.idle)],
    ['JS heap after mount, MB: median (range)', (r) => range(mb(r.heapAfterMount), 1)],
    ['… held by the element, MB', (r) => range(mb(r.heapOfElement), 1)],
    ['DOM elements drawn: after mount / max seen', (r) => `${fmt(r.dom.median, 0)} / ${r.domMax}`],
    ['heap growth per mount/unmount cycle, B: median (range)', (r) => range(r.growthPerCycle)],
  ];
  const lines = [head, head.map(() => '---'), ...rows.map(([label, cell]) => [label, ...results.map(cell)])];
  const md = lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  return `${md}\n\nbundle: ${size.raw} B raw (${kb(size.raw)}), ${size.gzip} B gzip (${kb(size.gzip)})`;
}

/**
 * The peer's figures beside the component's (`ours`: a run's JSON), for the sizes both ran: each
 * cell "ours / peer (peer ÷ ours ×)".
 */
function comparison(ours, peer, peerSize) {
  const both = peer.results.filter((r) => ours.results.some((o) => o.n === r.n));
  const ratio = (a, b) => (a > 0 && b > 0 ? ` (${fmt(b / a, b / a < 10 ? 1 : 0)}×)` : '');
  const cell = (a, b, digits = 0) => `${fmt(a, digits)} / ${fmt(b, digits)}${ratio(a, b)}`;
  const rows = [
    ['mount to paint, ms (median)', (r) => r.mount.median],
    ['zoom step work (a jump), ms (median)', (r) => r.zoom?.median, 1],
    ['zoom step work (a jump), ms (p95)', (r) => r.zoom?.p95, 1],
    ['zoom step with its 200 ms glide, ms (median)', (r) => r.glide?.median],
    ['pan frame work, ms (median)', (r) => r.pan?.median, 1],
    ['filter toggle work, ms (median)', (r) => r.filter?.median, 1],
    ['DOM elements, max seen', (r) => r.domMax],
    ['JS heap after mount, MB (median)', (r) => r.heapAfterMount.median / 2 ** 20, 1],
  ];
  const head = ['figure: cocir-timeline / ' + peer.peer, ...both.map((r) => `N = ${r.n.toLocaleString('en-GB')}`)];
  const lines = [head, head.map(() => '---')];
  for (const [label, get, digits] of rows) {
    lines.push([label, ...both.map((r) => cell(get(ours.results.find((o) => o.n === r.n)), get(r), digits))]);
  }
  const bundle = cell(ours.size.gzip / 1024, peerSize.gzip / 1024, 1);
  lines.push(['bundle, KB gzip', bundle, ...both.slice(1).map(() => '')]);
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

// ---- main -------------------------------------------------------------------------------------

const opt = options(process.argv.slice(2));
if (opt.peer && !PEERS.includes(opt.peer)) fail(`--peer takes one of: ${PEERS.join(', ')}`);
if (!opt.bundle && !opt.peer) buildIfNeeded();
const bundle = opt.bundle ?? BUNDLE;
let size;
let server;
try {
  // A peer's size: its script and stylesheet, as a page loads them.
  const files = opt.peer ? Object.values(libraryFiles(opt.peer)) : [bundle];
  size = files.map((f) => bundleSize(f)).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }));
  server = await serve(bundle, opt.peer);
} catch (e) {
  fail(e.message);
}
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const results = [];
try {
  for (const n of opt.sizes) {
    const started = Date.now();
    results.push(await benchSize(browser, url, n, opt));
    console.error(`bench: N = ${n} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    browser: await browser.version(),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
  const text = table(results, size);
  console.log(
    `\n${opt.peer ? `${opt.peer}\n` : ''}${text}\n\n${machine.cores} cores (${machine.cpu}), ${machine.browser} headless, Node ${machine.node}`,
  );
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const run = { date: new Date().toISOString(), machine, options: opt, peer: opt.peer, size, results };
  const json = JSON.stringify(run, null, 2);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const name = opt.peer ? `peer-${opt.peer}` : 'bench';
  writeFileSync(join(ROOT, `bench/results/${name}-${stamp}.json`), json);
  writeFileSync(join(ROOT, `bench/results/${opt.peer ? `${name}-` : ''}latest.json`), json);
  console.log(`\nbench: results in bench/results/${name}-${stamp}.json`);
  const latest = join(ROOT, 'bench/results/latest.json');
  if (opt.peer && existsSync(latest)) {
    const ours = JSON.parse(readFileSync(latest, 'utf8'));
    const build = ours.options.bundle ? ` of ${ours.options.bundle}` : '';
    console.log(`\nBeside the component's run${build} of ${ours.date}:\n\n${comparison(ours, run, size)}`);
    const same = ['cores', 'cpu', 'browser'].every((k) => ours.machine[k] === machine[k]);
    if (!same) console.log('\n(That run was on another machine or browser: the ratios compare unlike figures.)');
  }
} finally {
  await browser.close();
  server.close();
}
