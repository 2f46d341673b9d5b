// The published package holds what a user needs and nothing else (needs `npm run build` first).
// - `npm pack --dry-run` lists only the bundle, dist/lib's .js and .d.ts, the manifest,
//   package.json, README, LICENSE and CHANGELOG, and all of the required ones;
// - every path package.json points at (exports, main, types, customElements, sideEffects) ships;
// - the bundle is self-contained (no bare imports), holds no React, and starts with V8's compile hint;
// - a TypeScript consumer (.ci/consumer/usage.ts) compiles against the shipped .d.ts files.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const problems = [];

if (!existsSync(join(root, 'dist/lib/src/index.js')) || !existsSync(join(root, 'dist/cocir-timeline.js'))) {
  console.error('check-pack: dist/ is not built: run `npm run build` first');
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [pack] = JSON.parse(
  execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const files = pack.files.map((f) => f.path).sort();

const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'dist/cocir-timeline.js',
  'dist/custom-elements.json',
  'dist/lib/src/index.js',
  'dist/lib/src/index.d.ts',
  'dist/lib/src/cocir-timeline.js',
  'dist/lib/data/events.js',
];
const allowed = [
  ...required.map((f) => new RegExp(`^${f.replace(/[.]/g, '\\.')}$`)),
  /^dist\/lib\/(src|data)\/[\w/.-]+\.(js|d\.ts)$/,
];
for (const f of required) if (!files.includes(f)) problems.push(`missing from the package: ${f}`);
for (const f of files) if (!allowed.some((re) => re.test(f))) problems.push(`should not be in the package: ${f}`);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const targets = (value) =>
  typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap((v) => targets(v));
const pointers = [
  ...targets(pkg.exports),
  pkg.main,
  pkg.module,
  pkg.types,
  pkg.customElements,
  ...(Array.isArray(pkg.sideEffects) ? pkg.sideEffects : []),
].filter(Boolean);
for (const p of pointers) {
  const path = p.replace(/^\.\//, '');
  if (!files.includes(path)) problems.push(`package.json points at ${p}, which the package does not hold`);
}
if (pkg.dependencies?.react || pkg.dependencies?.['react-dom']) problems.push('React must not be a dependency');

const bundle = readFileSync(join(root, 'dist/cocir-timeline.js'), 'utf8');
const bare =
  /(?:\bimport\s*(?:[\w$*{}\s,]+\s*from\s*)?|\bexport\s*[\w$*{}\s,]+\s*from\s*|\bimport\s*\(\s*)["'](?![./]|https?:)([^"']+)["']/.exec(
    bundle,
  );
if (bare) problems.push(`dist/cocir-timeline.js is not self-contained: it imports "${bare[1]}"`);
if (/\breact(-dom)?\b|react\.(transitional\.)?element/i.test(bundle))
  problems.push('dist/cocir-timeline.js contains React');
if (!bundle.startsWith('//# allFunctionsCalledOnLoad\n'))
  problems.push('dist/cocir-timeline.js does not start with the compile hint (rollup.config.mjs)');

try {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.ci/consumer/tsconfig.json'], {
    cwd: root,
    encoding: 'utf8',
  });
} catch (error) {
  problems.push(`the shipped types don't compile for a TypeScript user:\n${error.stdout}`);
}

if (problems.length) {
  console.error(`check-pack: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `check-pack: ${pack.name}@${pack.version}, ${files.length} files, ${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked`,
);
