// `npm test` runs this first (pretest): some tests load the built package (dist/lib through the
// package's `exports`, the self-contained dist/cocir-timeline.js, the React demo bundle), so the
// build runs when any of its outputs is missing or older than a file it is built from.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outputs = [
  'dist/cocir-timeline.js',
  'dist/lib/src/index.js',
  'dist/lib/src/index.d.ts',
  'dist/custom-elements.json',
  'dist/demo/react-app.js',
];
const inputs = [
  'src',
  'data',
  '.ci/minify-css.mjs',
  'demo/react-app.jsx',
  'package.json',
  'rollup.config.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
];

const newest = (path) => {
  const full = join(root, path);
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(full, { recursive: true }).map((f) => statSync(join(full, f)).mtimeMs));
};
const built = outputs.every((o) => existsSync(join(root, o)));
const stale = !built || Math.min(...outputs.map(newest)) < Math.max(...inputs.map(newest));
if (stale) {
  console.log(built ? 'dist/ is older than its sources: building' : 'dist/ is not built: building');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
