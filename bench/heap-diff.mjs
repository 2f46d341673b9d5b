/**
 * What the heap gains over mount/unmount cycles, by kind of object: `node bench/heap-diff.mjs
 * [--n 1000] [--cycles 40]`. Warms up with `cycles` cycles, takes a heap snapshot (after forced
 * collections), runs `cycles` more, takes another, and prints the kinds that grew most (bytes and
 * count). The bench's "heap growth per cycle" row says how much; this says what.
 */
import { BUNDLE } from './size.mjs';
import { launch, serve } from './page.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return Number(at >= 0 ? process.argv[at + 1] : fallback);
};
const n = arg('n', 1000);
const cycles = arg('cycles', 40);

/** Bytes and count per kind ("type:constructor or name") in a snapshot taken after two collections. */
async function snapshot(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot: meta, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = meta.meta.node_fields;
  const types = meta.meta.node_types[0];
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const kinds = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const t = types[nodes[i + type]];
    const key = `${t}:${t.includes('string') ? '(text)' : strings[nodes[i + name]].slice(0, 60)}`;
    const kind = kinds.get(key) ?? { bytes: 0, count: 0 };
    kind.bytes += nodes[i + size];
    kind.count++;
    kinds.set(key, kind);
  }
  return kinds;
}

const server = await serve(BUNDLE);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.bench && customElements.get('cocir-timeline'));
  await page.evaluate((count) => window.bench.prepare(count), n);
  const cdp = await page.createCDPSession();
  await page.evaluate((c) => window.bench.cycle(c), cycles);
  const before = await snapshot(cdp);
  await page.evaluate((c) => window.bench.cycle(c), cycles);
  const after = await snapshot(cdp);
  const grown = [...after]
    .map(([key, { bytes, count }]) => ({
      key,
      bytes: bytes - (before.get(key)?.bytes ?? 0),
      count: count - (before.get(key)?.count ?? 0),
    }))
    .filter((k) => k.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  const total = grown.reduce((sum, k) => sum + k.bytes, 0);
  console.log(
    `N = ${n}: ${cycles} mount/unmount cycles grew the heap by ${total} B (${(total / cycles).toFixed(0)} B per cycle)`,
  );
  console.log('\n| grew, B | objects | kind |\n| ---: | ---: | --- |');
  for (const k of grown.slice(0, 20)) console.log(`| ${k.bytes} | ${k.count} | ${k.key} |`);
} finally {
  await browser.close();
  server.close();
}
