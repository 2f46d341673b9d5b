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

/**
 * d3-interpolate's generic `interpolate` picks an interpolator by the type of its end value, and
 * the module's colour interpolators keep d3-color (parsing, the named-colour table, rgb/hsl/lab) in
 * any bundle that imports it. The bundle imports it for four functions; this module stands in:
 * - `interpolate`: d3-scale's default for mapping onto a continuous scale's range. The component's
 *   scales map onto pixels, always numbers, and for a number end the generic `interpolate` returns
 *   `interpolateNumber`, as here. Any other end value would be a bug in the bundle: it throws
 *   rather than interpolating wrongly. (d3-brush calls it too, but only to tween a brush moved by
 *   a transition; the component moves its brush with a selection.)
 * - `interpolateNumber`, `interpolateRound`: d3's own, copied.
 * - `interpolateZoom`, `piecewise`: d3-zoom tweens a zoom transition with the first, and d3-scale's
 *   sequential scales (unused) call the second. The bundle has no transitions (see above), so they
 *   are never called; they throw if they ever are.
 * About 4 KB gzipped. Tests and the npm entry use the real module.
 */
const INTERPOLATE = '\0d3-interpolate-numbers';
const numbersOnlyInterpolate = {
  name: 'numbers-only-interpolate',
  resolveId: (id) => (id === 'd3-interpolate' ? INTERPOLATE : null),
  load: (id) =>
    id === INTERPOLATE
      ? `export function interpolateNumber(a, b) {
  return a = +a, b = +b, function(t) { return a * (1 - t) + b * t; };
}
export function interpolateRound(a, b) {
  return a = +a, b = +b, function(t) { return Math.round(a * (1 - t) + b * t); };
}
export function interpolate(a, b) {
  if (typeof b === 'number') return interpolateNumber(a, b);
  throw new TypeError('cocir-timeline bundle: interpolates numbers only, not ' + typeof b);
}
function missing(name) {
  return function () { throw new Error('cocir-timeline bundle: d3-interpolate ' + name + ' is not included'); };
}
export const interpolateZoom = missing('interpolateZoom');
export const piecewise = missing('piecewise');`
      : null,
};

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/cocir-timeline.js', format: 'es' },
    plugins: [
      noTransitions,
      numbersOnlyInterpolate,
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
