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

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/cocir-timeline.js', format: 'es' },
    plugins: [nodeResolve({ exportConditions: ['production'] }), esbuild({ target: 'es2022', tsconfig }), minify()],
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
