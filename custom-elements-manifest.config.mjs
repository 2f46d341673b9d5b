// custom-elements.json from the element's JSDoc (`npm run build` writes it to dist/).
// Module paths point at the shipped ES modules in dist/lib, not at the TypeScript sources, and
// type-only exports (which the analyzer lists as JavaScript exports) are left out.
const shipped = (path) => path.replace(/^\/?src\//, 'dist/lib/src/').replace(/\.ts$/, '.js');
const typeOnly = new Set();

export default {
  globs: ['src/index.ts', 'src/cocir-timeline.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'shipped-modules',
      analyzePhase({ ts, node }) {
        if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
          for (const spec of node.exportClause.elements) {
            if (node.isTypeOnly || spec.isTypeOnly) typeOnly.add(spec.name.text);
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        const declaredIn = new Map();
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) declaredIn.set(d.name, shipped(mod.path));
        }
        for (const mod of customElementsManifest.modules) {
          mod.path = shipped(mod.path);
          mod.exports = mod.exports?.filter((e) => e.kind !== 'js' || !typeOnly.has(e.name));
          for (const item of [...(mod.exports ?? []), ...(mod.declarations ?? [])]) {
            for (const ref of [item.declaration, ...(item.members ?? []).map((m) => m.inheritedFrom)]) {
              if (ref?.module) ref.module = declaredIn.get(ref.name) ?? shipped(ref.module);
            }
          }
        }
      },
    },
  ],
};
