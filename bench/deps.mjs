/**
 * What each dependency costs in the bundle: `node bench/deps.mjs`. Bundles src/index.ts with
 * esbuild (minified, like the release build) and reports, per package, its minified bytes in the
 * output (from the metafile) and how many gzip bytes the bundle loses when the package is left out
 * (marked external). The release build is Rollup + terser, so totals differ a little from
 * dist/; the shares are what this is for.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function bundle(external = []) {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    external,
    metafile: true,
    write: false,
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

const packageOf = (path) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return m ? m[1] : '(own code)';
};

const all = await bundle();
const bytes = new Map();
for (const output of Object.values(all.metafile.outputs)) {
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = packageOf(path);
    bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput);
  }
}

const rows = [];
for (const [name, minified] of [...bytes].sort((a, b) => b[1] - a[1])) {
  const without = name === '(own code)' ? undefined : await bundle([name, `${name}/*`]);
  rows.push([name, minified, without ? all.gzip - without.gzip : NaN]);
}

console.log(`esbuild bundle: ${all.raw} B minified, ${all.gzip} B gzip\n`);
console.log('| package | minified B | gzip B saved without it |\n| --- | ---: | ---: |');
for (const [name, minified, gz] of rows) {
  console.log(`| ${name} | ${minified} | ${Number.isNaN(gz) ? '—' : gz} |`);
}
