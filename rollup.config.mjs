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
import { minifyCss } from './.ci/minify-css.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const minify = (preamble) =>
  terser({ module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false, preamble } });

/**
 * V8's explicit compile hint (Chromium 136+; other engines read a comment): compile every function
 * of the bundle eagerly, on a background thread while the script streams in, rather than lazily
 * on the main thread when the element first renders. Everything in the bundle serves the element,
 * and at 10,000 events the first render parses and compiles about 10 ms less.
 */
const COMPILE_EAGERLY = '//# allFunctionsCalledOnLoad';

/**
 * A plugin that resolves the bare import `id` to a virtual module of `code`, for the bundle only:
 * tests and the npm entry (dist/lib) keep the real module. Each stand-in below says why the parts
 * it leaves out are never reached, and throws rather than misbehaving if one ever is.
 */
function standIn(id, code) {
  const virtual = `\0${id}-stand-in`;
  return {
    name: `${id}-stand-in`,
    resolveId: (source) => (source === id ? virtual : null),
    load: (source) => (source === virtual ? code : null),
  };
}

const missing = (module) =>
  `function missing() { throw new Error('cocir-timeline bundle: ${module} is not included'); }`;

/**
 * d3-zoom imports d3-transition only to interrupt running transitions before a gesture. The
 * component never starts a d3 transition (its glides are its own rAF tweens), so in the bundle
 * `interrupt` has nothing to stop: this module stands in for d3-transition, d3-timer and d3-ease
 * (about 4.5 KB gzipped).
 */
const noTransitions = standIn(
  'd3-transition',
  `import { selection } from 'd3-selection';
export function interrupt() {}
selection.prototype.interrupt = function () { return this; };`,
);

/**
 * d3-interpolate's generic `interpolate` picks an interpolator by the type of its end value, and
 * the module's colour interpolators keep d3-color (parsing, the named-colour table, rgb/hsl/lab) in
 * any bundle that imports it. The bundle imports four functions from it; this module stands in:
 * - `interpolate`: d3-scale's default for mapping onto a continuous scale's range. The component's
 *   scales map onto pixels, always numbers, and for a number end the generic `interpolate` returns
 *   `interpolateNumber`, as here; any other end value throws.
 * - `interpolateNumber`, `interpolateRound`: d3's own, copied.
 * - `interpolateZoom`, `piecewise`: d3-zoom tweens a zoom transition with the first, and d3-scale's
 *   sequential scales (unused) call the second. The bundle has no transitions (see above).
 * About 5 KB gzipped. test/bundle.test.ts zooms, pans and brushes through it.
 */
const numbersOnlyInterpolate = standIn(
  'd3-interpolate',
  `export function interpolateNumber(a, b) {
  return a = +a, b = +b, function(t) { return a * (1 - t) + b * t; };
}
export function interpolateRound(a, b) {
  return a = +a, b = +b, function(t) { return Math.round(a * (1 - t) + b * t); };
}
export function interpolate(a, b) {
  if (typeof b === 'number') return interpolateNumber(a, b);
  throw new TypeError('cocir-timeline bundle: interpolates numbers only, not ' + typeof b);
}
${missing('d3-interpolate interpolateZoom')}
export { missing as interpolateZoom, missing as piecewise };`,
);

/**
 * d3-scale imports d3-format only for the number labels of a scale's `tickFormat()`. The
 * component's axis labels are dates, written with Intl (src/layout/axis-ticks.ts); it never calls
 * `tickFormat` (about 2 KB gzipped).
 */
const noNumberFormat = standIn(
  'd3-format',
  `${missing('d3-format')}
export { missing as format, missing as formatPrefix, missing as formatSpecifier, missing as precisionFixed, missing as precisionPrefix, missing as precisionRound };`,
);

/**
 * d3-selection defines every method of a selection in one prototype object, which no bundler can
 * tree-shake. The component, d3-zoom and d3-drag call 22 of its 35 methods (the whole test suite,
 * run with each method logged at its first call, and a reading of d3-zoom and d3-drag agree); in
 * the bundle the other 13 throw, as the stand-ins above do, rather than being carried (about
 * 0.7 KB gzipped). test/bundle.test.ts draws, zooms, filters, lists and downloads through them.
 * The build fails if d3-selection's prototype no longer reads as expected.
 */
const SELECTION_METHODS_LEFT_OUT = [
  'selectChild',
  'sort',
  'nodes',
  'size',
  'empty',
  'classed',
  'html',
  'raise',
  'lower',
  'insert',
  'clone',
  'dispatch',
  '[Symbol.iterator]',
];
const selectionMethodsUsed = {
  name: 'd3-selection-methods-used',
  transform(code, id) {
    if (!/[\\/]d3-selection[\\/]/.test(id)) return null;
    if (!code.includes('Selection.prototype = selection.prototype = {'))
      throw new Error(`d3-selection: ${id} does not define the prototype as expected; check selectionMethodsUsed`);
    let trimmed = code;
    for (const name of SELECTION_METHODS_LEFT_OUT) {
      const entry = `\n  ${name}: selection_`;
      const at = trimmed.indexOf(entry);
      if (at < 0)
        throw new Error(`d3-selection: its prototype has no ${name} to leave out; check SELECTION_METHODS_LEFT_OUT`);
      const end = trimmed.indexOf('\n', at + 1);
      trimmed = `${trimmed.slice(0, at)}\n  ${name}: missing${trimmed[end - 1] === ',' ? ',' : ''}${trimmed.slice(end)}`;
    }
    return {
      code: `${trimmed}\n${missing('a d3-selection method in SELECTION_METHODS_LEFT_OUT (rollup.config.mjs)')}`,
      map: null,
    };
  },
};

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/cocir-timeline.js', format: 'es' },
    // d3-time builds every interval at load (local and UTC, seconds to years, seven weekdays each)
    // with these factories. They only make new interval objects, so the intervals the component
    // does not use can go (about 0.4 KB gzipped).
    treeshake: { manualPureFunctions: ['timeInterval', 'timeWeekday', 'utcWeekday'] },
    plugins: [
      noTransitions,
      numbersOnlyInterpolate,
      noNumberFormat,
      selectionMethodsUsed,
      minifyCss(),
      nodeResolve({ exportConditions: ['production'] }),
      esbuild({ target: 'es2022', tsconfig }),
      minify(COMPILE_EAGERLY),
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
