/**
 * Bundle size, raw and gzip (level 9): `node bench/size.mjs [--max-gzip BYTES] [file]`.
 * With `--max-gzip` it fails (exit 1) when the gzipped bundle is over budget; the build runs it,
 * so CI checks the budget on every build. Deterministic: same bytes in, same figures out.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

export const BUNDLE = fileURLToPath(new URL('../dist/cocir-timeline.js', import.meta.url));

/** `{ raw, gzip }` in bytes. */
export function bundleSize(file = BUNDLE) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--max-gzip');
  const max = at >= 0 ? Number(args.splice(at, 2)[1]) : undefined;
  if (max !== undefined && !(max > 0)) {
    console.error('size: --max-gzip needs a number of bytes');
    process.exit(2);
  }
  const file = args[0] ?? BUNDLE;
  const { raw, gzip } = bundleSize(file);
  const budget = max === undefined ? '' : ` (budget ${max} B = ${kb(max)})`;
  console.log(`${relative(process.cwd(), file)}: ${raw} B raw (${kb(raw)}), ${gzip} B gzip (${kb(gzip)})${budget}`);
  if (max !== undefined && gzip > max) {
    console.error(`size: the gzipped bundle is ${gzip - max} B over its budget of ${max} B`);
    process.exit(1);
  }
}
