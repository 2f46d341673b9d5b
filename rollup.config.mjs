// One self-contained ES module: Lit, the D3 modules and date-fns are inlined.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';

export default {
  input: 'src/index.ts',
  output: { file: 'dist/cocir-timeline.js', format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    esbuild({
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    terser({ module: true, ecma: 2020, format: { comments: false } }),
  ],
};
