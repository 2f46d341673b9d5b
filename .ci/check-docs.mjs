// Docs never drift from the code.
// 1. Regenerates dist/custom-elements.json from the element's JSDoc (the analyzer, as `npm run build`).
// 2. Renders README's "API reference" from that manifest and compares it with README.md.
// 3. Cross-checks the manifest against the source: every part used is documented and every one
//    documented is used; every event in the global event map is documented with @fires and every
//    documented or dispatched event is in the map; every `--cocir-*` on :host is documented with
//    its default, and every one used is declared.
// `node .ci/check-docs.mjs --write` (npm run docs) rewrites README's section instead of failing.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';

const root = new URL('..', import.meta.url).pathname;
const write = process.argv.includes('--write');
const problems = [];

execFileSync(
  process.execPath,
  [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
if (!elements.length) problems.push('custom-elements.json declares no custom element');

// --- 2. README's API reference ------------------------------------------------------------------

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|') || '—';
const code = (text) => (text ? `\`${text}\`` : '—');
const typeOf = (t) => t?.text?.replace(/\s*\|\s*undefined$/, '');
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n')
    : '';
const isPublic = (m) => !m.static && !m.privacy && !/^[_#]/.test(m.name);

function reference(el) {
  const members = el.members ?? [];
  const fields = members.filter((m) => m.kind === 'field' && isPublic(m));
  const attributes = el.attributes ?? [];
  const rows = fields.map((f) => {
    const attr = attributes.find((a) => a.fieldName === f.name);
    const notes = [f.readonly ? 'Read-only.' : '', f.description ?? ''].filter(Boolean).join(' ');
    return [code(attr?.name), code(f.name), code(typeOf(f.type)), code(f.default), notes];
  });
  for (const a of attributes.filter((a) => !a.fieldName)) {
    rows.push([code(a.name), '—', code(typeOf(a.type)), code(a.default), a.description]);
  }
  const methods = members
    .filter((m) => m.kind === 'method' && isPublic(m))
    .map((m) => {
      const params = (m.parameters ?? []).map(
        (p) => `${p.name}${p.optional ? '?' : ''}: ${typeOf(p.type) ?? 'unknown'}`,
      );
      return [code(`${m.name}(${params.join(', ')})`), code(typeOf(m.return?.type) ?? 'void'), m.description];
    });
  const events = (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description]);
  const sections = [
    ['Attributes and properties', table(['attribute', 'property', 'type', 'default', 'description'], rows)],
    ['Methods', table(['method', 'returns', 'description'], methods)],
    [
      'Events',
      events.length
        ? `All bubble and are composed (they cross shadow roots).\n\n${table(['event', 'type', 'detail and meaning'], events)}`
        : '',
    ],
    [
      'CSS parts',
      table(
        ['part', 'description'],
        (el.cssParts ?? []).map((p) => [code(p.name), p.description]),
      ),
    ],
    [
      'CSS custom properties',
      table(
        ['property', 'default', 'description'],
        (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description]),
      ),
    ],
    [
      'Slots',
      table(
        ['slot', 'description'],
        (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
      ),
    ],
  ];
  return [
    `### \`<${el.tagName}>\``,
    el.summary ?? el.description ?? '',
    ...sections.filter(([, body]) => body).flatMap(([title, body]) => [`#### ${title}`, body]),
  ]
    .filter(Boolean)
    .join('\n\n');
}

const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  problems.push(`README.md has no ${START} … ${END} section for the API reference`);
} else {
  const note =
    '<!-- Generated from custom-elements.json by `npm run docs`: edit the JSDoc in src/, not this section. -->';
  const section = [START, note, ...elements.map(reference), END].join('\n\n');
  const options = { ...(await prettier.resolveConfig(readmePath)), filepath: readmePath };
  const expected = await prettier.format(readme.slice(0, start) + section + readme.slice(end + END.length), options);
  if (expected !== readme) {
    if (write) {
      writeFileSync(readmePath, expected);
      console.log('README.md: API reference rewritten from custom-elements.json');
    } else {
      problems.push('README.md API reference differs from custom-elements.json: run `npm run docs` and commit');
      const [a, b] = [readme.split('\n'), expected.split('\n')];
      const at = a.findIndex((line, i) => line !== b[i]);
      problems.push(`  first difference, line ${at + 1}:\n    README:   ${a[at]}\n    manifest: ${b[at]}`);
    }
  }
}

// --- 3. Manifest against the source -------------------------------------------------------------

const sources = (dir) =>
  readdirSync(join(root, dir), { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(root, dir, f), 'utf8') }));
const src = sources('src');
const matches = (re) => new Set(src.flatMap(({ text }) => [...text.matchAll(re)].map((m) => m[1])));
const compare = (what, documented, found, where) => {
  for (const name of found) if (!documented.has(name)) problems.push(`${what} ${name} is ${where} but not documented`);
  for (const name of documented) if (!found.has(name)) problems.push(`${what} ${name} is documented but not ${where}`);
};

for (const el of elements) {
  const parts = matches(/\bpart="([\w-]+)"/g);
  for (const p of matches(/attr\(\s*'part',\s*'([\w-]+)'/g)) parts.add(p);
  compare('part', new Set((el.cssParts ?? []).map((p) => p.name)), parts, 'used in src/');

  const index = src.find((s) => s.file === 'src/index.ts')?.text ?? '';
  const eventMap = /interface GlobalEventHandlersEventMap\s*{([^}]*)}/.exec(index)?.[1] ?? '';
  const mapped = new Set([...eventMap.matchAll(/'([\w-]+)'\s*:/g)].map((m) => m[1]));
  const documented = new Set((el.events ?? []).map((e) => e.name));
  compare('event', documented, mapped, 'typed in GlobalEventHandlersEventMap (src/index.ts)');
  for (const name of matches(/new CustomEvent(?:<[^>]*>)?\(\s*'([\w-]+)'/g)) {
    if (!documented.has(name)) problems.push(`event ${name} is dispatched in src/ but not documented with @fires`);
  }

  const styles = src.find((s) => s.file === 'src/cocir-timeline.styles.ts')?.text ?? '';
  const host = /:host\s*{([^}]*)}/.exec(styles)?.[1] ?? '';
  // Each public property is read on :host into a private one, with its default:
  // `--_text: var(--cocir-text, #1d2129);` (a default naming another reads `var(--_accent)`).
  const declared = new Map(
    [...host.matchAll(/--_[\w-]+\s*:\s*var\((--cocir-[\w-]+),\s*([^;]+)\);/g)].map((m) => [
      m[1],
      m[2].trim().replace(/var\(--_/g, 'var(--cocir-'),
    ]),
  );
  const props = new Map((el.cssProperties ?? []).map((p) => [p.name, p.default]));
  compare('custom property', new Set(props.keys()), new Set(declared.keys()), 'declared on :host');
  for (const [name, value] of declared) {
    const doc = props.get(name);
    if (doc !== undefined && doc.replace(/\s+/g, ' ') !== value.replace(/\s+/g, ' ')) {
      problems.push(`custom property ${name}: JSDoc default "${doc}" but :host declares "${value}"`);
    }
  }
  for (const name of matches(/var\((--cocir-[\w-]+)/g)) {
    if (!declared.has(name)) problems.push(`custom property ${name} is used in src/ but has no default on :host`);
  }
}

if (problems.length) {
  console.error(`check-docs: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`check-docs: README API reference and custom-elements.json agree with src/ (${elements.length} element)`);
