// 1. dist/cocir-timeline.js: one self-contained ES module (Lit, the D3 modules and date-fns inlined).
// 2. dist/demo/react-app.js: the React 19 demo, bundled on its own. It imports the element by its
//    package name, as an app would (resolved through package.json `exports` to dist/lib, which
//    `tsc -p tsconfig.build.json` writes first). React never enters the component's bundle.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const minify = () => terser({ module: true, ecma: 2020, format: { comments: false } });

/**
 * d3-zoom and d3-brush import d3-transition only to interrupt running transitions before a
 * gesture. The component never starts a d3 transition (its glides are its own rAF tweens), so in
 * the bundle `interrupt` has nothing to stop: this module stands in for d3-transition, d3-timer
 * and d3-ease (about 4.5 KB gzipped). Tests and the npm entry use the real module.
 */
const SHIM = '\0d3-transition-shim';
const noTransitions = {
  name: 'no-d3-transition',
  resolveId: (id) => (id === 'd3-transition' ? SHIM : null),
  load: (id) =>
    id === SHIM
      ? `import { selection } from 'd3-selection';
export function interrupt() {}
selection.prototype.interrupt = function () { return this; };`
      : null,
};

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/cocir-timeline.js', format: 'es' },
    plugins: [
      noTransitions,
      nodeResolve({ exportConditions: ['production'] }),
      esbuild({ target: 'es2022', tsconfig }),
      minify(),
    ],
  },
  {
    input: 'demo/react-app.jsx',
    output: { file: 'dist/demo/react-app.js', format: 'es' },
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      commonjs(),
      esbuild({ target: 'es2022', jsx: 'automatic', tsconfig }),
      minify(),
    ],
  },
];
