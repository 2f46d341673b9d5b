// One self-contained ES module: Lit, the D3 modules and date-fns are inlined.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';

/** d3-transition is replaced by a no-op `interrupt` (see build/d3-transition-shim.js). */
const noTransitions = {
  name: 'no-d3-transition',
  resolveId: (id) =>
    id === 'd3-transition' ? fileURLToPath(new URL('./build/d3-transition-shim.js', import.meta.url)) : null,
};

export default {
  input: 'src/index.ts',
  output: { file: 'dist/cocir-timeline.js', format: 'es', sourcemap: true },
  plugins: [
    noTransitions,
    nodeResolve({ exportConditions: ['production'] }),
    esbuild({
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    terser({ module: true, ecma: 2020, format: { comments: false } }),
  ],
};
