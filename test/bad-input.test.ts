/**
 * Bad input and faults, table-driven. Every case asserts what the page sees: the valid events
 * drawn, the notice, the message in place of the chart, the `cocir-error`/`cocir-load` events —
 * and that nothing was thrown uncaught and no script from the data ran or was parsed as markup.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { CocirTimeline, TimelineErrorDetail } from '../src/cocir-timeline.js';
import { FETCH_OPTIONS } from '../src/controllers/fetch-document.js';
import type { TimelineEvent } from '../src/model/types.js';

/** What a case must show. Every case states `marks` and `loads`; the rest defaults to "none". */
interface Expected {
  /** Accessible names of the marks drawn (any order), or how many there are. */
  marks: string[] | number;
  /** Counts of each `cocir-load`, in order. */
  loads: number[];
  /** Codes of each `cocir-error`, in order. */
  errors?: string[];
  /** `[index, field]` of each issue of the `invalid-events` error. */
  issues?: [number, string][];
  /** Titles in the undated list. */
  undated?: string[];
  /** Text of the notice above the chart. */
  notice?: RegExp;
  /** Text of the message shown in place of the chart. */
  failure?: RegExp;
}

interface Mounted {
  el: CocirTimeline;
  box: HTMLDivElement;
  errors: TimelineErrorDetail[];
  loads: number[];
}

interface Case {
  name: string;
  /** Given to the `events` property. */
  events?: unknown;
  /** Given to `src`. */
  src?: string;
  /** Container width (800). */
  width?: number;
  /** Before the element is connected. */
  setup?: (el: CocirTimeline) => void;
  /** After it settled: the fault or action under test. */
  act?: (m: Mounted) => Promise<unknown>;
  /** The whole case, for cases that mount differently; returns the element to check. */
  run?: () => Promise<Mounted>;
  expect: Expected;
}

// ---------------------------------------------------------------------------------------------
// Helpers

const FLAG = '__cocirXss';
const PAYLOADS = [
  `<img src=x onerror="window.${FLAG}=1">`,
  `<script>window.${FLAG}=1</script>`,
  `"><svg onload="window.${FLAG}=1"></svg>`,
  `<iframe srcdoc="<script>parent.${FLAG}=1</script>"></iframe>`,
  `{{constructor.constructor('window.${FLAG}=1')()}}`,
];
const XSS = PAYLOADS.join(' ');

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** A URL of the test server's fixture route (test/server/fixtures.mjs). */
const fx = (params: Record<string, string | number>) =>
  `/fixtures/respond?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
const json = (value: unknown) => fx({ body: JSON.stringify(value) });
let unique = 0;
const key = () => `k${Date.now()}-${unique++}`;

const ev = (id: string, start?: string, extra: Record<string, unknown> = {}): TimelineEvent => ({
  id,
  title: `T-${id}`,
  category: 'c',
  ...(start && { start }),
  ...extra,
});
/** Two valid events every data case keeps: their marks must always be drawn. */
const GOOD = [ev('a', '2001'), ev('b', '2003-06-14')];
const GOOD_MARKS = ['T-a, 2001', 'T-b, 14 June 2003'];

/** Records the events `el` fires. */
function listen(el: CocirTimeline, box: HTMLDivElement): Mounted {
  const m: Mounted = { el, box, errors: [], loads: [] };
  el.addEventListener('cocir-error', (e) => m.errors.push(e.detail));
  el.addEventListener('cocir-load', (e) => m.loads.push(e.detail.count));
  return m;
}

async function mount(c: Pick<Case, 'events' | 'src' | 'width' | 'setup'>, settle = true): Promise<Mounted> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.width = `${c.width ?? 800}px`;
  const el = document.createElement('cocir-timeline');
  const m = listen(el, box);
  if (c.events !== undefined) el.events = c.events as TimelineEvent[];
  if (c.src !== undefined) el.src = c.src;
  c.setup?.(el);
  box.append(el);
  if (settle) await settled(el);
  return m;
}

async function settled(el: CocirTimeline) {
  await el.loadComplete;
  await frames();
  await el.updateComplete;
}

const root = (el: CocirTimeline) => el.shadowRoot!;
const marks = (el: CocirTimeline) => [...root(el).querySelectorAll('g.mark')].map((m) => m.getAttribute('aria-label'));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const undatedTitles = (el: CocirTimeline) =>
  [...root(el).querySelectorAll('.undated .title')].map((t) => t.textContent);
const noticeOf = (el: CocirTimeline) => root(el).querySelector<HTMLElement>('.notice');
const failureOf = (el: CocirTimeline) => root(el).querySelector<HTMLElement>('.failure:not(.notice)');

/** Nothing from the data became markup: no script-capable element, no `on…` attribute, anywhere inside. */
function assertInert(el: CocirTimeline) {
  const all = [...root(el).querySelectorAll('*')];
  const dangerous = all.filter((n) => /^(img|script|iframe|object|embed|foreignobject|image|use)$/i.test(n.localName));
  expect(
    dangerous.map((n) => n.localName),
    'elements made from data',
  ).to.deep.equal([]);
  const handlers = all.flatMap((n) => [...n.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name));
  expect(handlers, 'event-handler attributes').to.deep.equal([]);
  for (const a of root(el).querySelectorAll('a')) {
    expect(a.protocol).to.match(/^https?:$/);
    expect(a.rel).to.equal('noopener noreferrer');
    expect(a.target).to.equal('_blank');
  }
}

function assertExpected({ el, errors, loads }: Mounted, want: Expected) {
  if (typeof want.marks === 'number') expect(marks(el), 'marks drawn').to.have.length(want.marks);
  else {
    expect(marks(el), 'marks drawn').to.have.members(want.marks);
    expect(marks(el), 'marks drawn').to.have.length(want.marks.length);
  }
  expect(loads, 'cocir-load counts').to.deep.equal(want.loads);
  expect(
    errors.map((e) => e.code),
    'cocir-error codes',
  ).to.deep.equal(want.errors ?? []);
  const invalid = errors.find((e) => e.code === 'invalid-events');
  expect(invalid?.issues.map((i) => [i.index, i.field]) ?? [], 'issues').to.deep.equal(want.issues ?? []);
  for (const e of errors) {
    expect(e.message, `message of ${e.code}`).to.be.a('string').and.not.be.empty;
    for (const i of e.issues) expect(i.message).to.be.a('string').and.not.be.empty;
  }
  if (want.undated) expect(undatedTitles(el), 'undated list').to.deep.equal(want.undated);
  const notice = noticeOf(el);
  if (want.notice) {
    expect(text(notice), 'notice').to.match(want.notice);
    expect(notice!.getBoundingClientRect().height, 'notice visible').to.be.greaterThan(0);
  } else expect(text(notice), 'notice').to.equal(undefined);
  const failure = failureOf(el);
  if (want.failure) {
    expect(text(failure), 'message in place of the chart').to.match(want.failure);
    expect(failure!.getAttribute('role')).to.equal('alert');
    expect(root(el).querySelector<HTMLElement>('.chart')!.hidden, 'chart hidden behind the message').to.be.true;
  } else expect(text(failure), 'message in place of the chart').to.equal(undefined);
}

/** Replaces `fetch` for one case (restored after each test). */
let originalFetch: typeof fetch;
function stubFetch(impl: (url: string, init: RequestInit) => Promise<Response>) {
  const calls: { url: string; signal: AbortSignal }[] = [];
  window.fetch = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), signal: init.signal! });
    return impl(String(input), init);
  }) as typeof fetch;
  return calls;
}
const spyFetch = () => stubFetch((url, init) => originalFetch(url, init));
const jsonResponse = (value: unknown) =>
  new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
/** A response that never comes, rejected when its request is aborted. */
const never = (init: RequestInit) =>
  new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));

// ---------------------------------------------------------------------------------------------
// The cases

const validation: Case[] = [
  {
    name: 'an event without an id is skipped',
    events: [...GOOD, { title: 'No id', category: 'c', start: '2002' }],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [[2, 'id']],
      notice: /^1 event skipped — details/,
    },
  },
  {
    name: 'an event without a title, or with a blank one, is skipped',
    events: [
      ...GOOD,
      { id: 'x', category: 'c', start: '2002' },
      { id: 'y', title: '   ', category: 'c', start: '2002' },
    ],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [
        [2, 'title'],
        [3, 'title'],
      ],
      notice: /^2 events skipped — details/,
    },
  },
  {
    name: 'an event without a category is skipped',
    events: [...GOOD, { id: 'x', title: 'X', start: '2002' }],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [[2, 'category']],
      notice: /^1 event skipped/,
    },
  },
  {
    name: 'wrong types (number title, object description, numeric organisations) are skipped',
    events: [
      ...GOOD,
      { id: 'x', title: 42, category: 'c', start: '2002' },
      { id: 'y', title: 'Y', category: 'c', start: '2002', description: { html: '<b>' } },
      { id: 'z', title: 'Z', category: 'c', start: '2002', organisations: ['WHO', 7] },
    ],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [
        [2, 'title'],
        [3, 'description'],
        [4, 'organisations'],
      ],
      notice: /^3 events skipped/,
    },
  },
  {
    name: 'records that are not objects (null, a number, a string, a list) are skipped',
    events: [null, ...GOOD, 7, 'event', [ev('in-a-list', '2002')]],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [
        [0, ''],
        [3, ''],
        [4, ''],
        [5, ''],
      ],
      notice: /^4 events skipped/,
    },
  },
  {
    name: 'a record whose getters throw is skipped, the others drawn',
    events: [
      ...GOOD,
      Object.defineProperty({ id: 'x', category: 'c' }, 'title', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      }),
    ],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [[2, '']],
      notice: /^1 event skipped/,
    },
  },
  {
    name: 'a title inherited through the prototype is not read',
    events: [...GOOD, Object.assign(Object.create({ title: 'Inherited' }), { id: 'x', category: 'c', start: '2002' })],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [[2, 'title']],
      notice: /^1 event skipped/,
    },
  },
  {
    name: 'a duplicate id is skipped, the first one kept',
    events: [...GOOD, { ...ev('a', '2009'), title: 'Second a' }],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [[2, 'id']],
      notice: /^1 event skipped/,
    },
  },
  {
    name: 'a non-web url (javascript:, data:, relative, mailto:) is refused',
    events: [
      ...GOOD,
      ev('j', '2002', { url: `javascript:window.${FLAG}=1` }),
      ev('d', '2002', { url: 'data:text/html,<script>alert(1)</script>' }),
      ev('r', '2002', { url: '/relative/path' }),
      ev('m', '2002', { url: 'mailto:someone@example.org' }),
    ],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [
        [2, 'url'],
        [3, 'url'],
        [4, 'url'],
        [5, 'url'],
      ],
      notice: /^4 events skipped/,
    },
  },
  {
    name: 'an http(s) url is kept, shown as a link that opens safely',
    events: [...GOOD, ev('u', undefined, { title: 'Linked', url: 'https://example.org/path?q="><img src=x>' })],
    expect: { marks: GOOD_MARKS, loads: [3], undated: ['Linked'] },
    act: async ({ el }) => {
      const a = root(el).querySelector<HTMLAnchorElement>('.undated a')!;
      expect(a.href).to.equal('https://example.org/path?q=%22%3E%3Cimg%20src=x%3E');
      expect(text(a)).to.equal('example.org (opens in a new tab)');
    },
  },
  {
    name: 'a document-level problem (asOf) is reported while every event is drawn',
    src: json({ asOf: 'soon', events: GOOD }),
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [[-1, 'asOf']],
      notice: /^1 problem in the data — details/,
    },
  },
  {
    name: 'categories that are not a list, or lack an id, are reported; events keep derived lanes',
    src: json({ categories: [{ label: 'No id' }], events: GOOD }),
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [[-1, 'categories[0]']],
      notice: /^1 problem/,
    },
    act: async ({ el }) => {
      expect([...root(el).querySelectorAll('.lane-label')].map((l) => l.textContent)).to.deep.equal(['c']);
    },
  },
  {
    name: 'a category colour that is not a colour is replaced by the palette, and reported',
    src: json({
      categories: [{ id: 'c', label: 'C', color: `red;background:url(javascript:window.${FLAG}=1)` }],
      events: GOOD,
    }),
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [[-1, 'categories[0].color']],
      notice: /^1 problem in the data/,
    },
    act: async ({ el }) => {
      const fill = root(el).querySelector('g.mark')!.getAttribute('fill')!;
      expect(fill).to.match(/^#[0-9a-f]{6}$/i);
    },
  },
  {
    name: 'the notice lists each issue readably: where, which field, what is wrong',
    events: [...GOOD, ev('x', '2013-02-30'), { title: 'No id', category: 'c' }],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [
        [2, 'start'],
        [3, 'id'],
      ],
      notice: /^2 events skipped — details/,
    },
    act: async ({ el }) => {
      const details = noticeOf(el)!.querySelector('details')!;
      expect(details.open).to.be.false;
      details.querySelector('summary')!.click();
      await el.updateComplete;
      expect(details.open).to.be.true;
      const items = [...details.querySelectorAll('li')].map(text);
      expect(items).to.deep.equal([
        'events[2].start start "2013-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD) or does not exist',
        'events[3].id id must be a non-empty string',
      ]);
    },
  },
  {
    name: 'the notice is dismissible and comes back for the next data set',
    events: [...GOOD, ev('x', 'x')],
    expect: {
      marks: ['T-a, 2001'],
      loads: [2, 1],
      errors: ['invalid-events', 'invalid-events'],
      issues: [[2, 'start']],
      notice: /^1 event skipped/,
    },
    act: async ({ el }) => {
      expect(noticeOf(el)!.getAttribute('role')).to.equal('status');
      const dismiss = noticeOf(el)!.querySelector<HTMLButtonElement>('button.dismiss')!;
      dismiss.focus();
      dismiss.click();
      await el.updateComplete;
      expect(noticeOf(el)).to.equal(null);
      // The focused button went with the notice: focus is on the heading, not lost to the page.
      expect(el.shadowRoot!.activeElement?.id).to.equal('heading');
      el.events = [GOOD[0], ev('y', 'y')];
      await settled(el);
    },
  },
  {
    name: 'every record invalid: nothing drawn, the notice and "No events to show."',
    events: [{}, { id: 1 }, { id: 'x', title: 'X' }],
    expect: {
      marks: [],
      loads: [0],
      errors: ['invalid-events'],
      issues: [
        [0, 'id'],
        [0, 'title'],
        [0, 'category'],
        [1, 'id'],
        [1, 'title'],
        [1, 'category'],
        [2, 'category'],
      ],
      notice: /^3 events skipped/,
    },
    act: async ({ el }) => expect(text(root(el).querySelector('.empty'))).to.equal('No events to show.'),
  },
  {
    name: 'an empty list shows "No events to show." without a notice',
    events: [],
    expect: { marks: [], loads: [0] },
    act: async ({ el }) => expect(text(root(el).querySelector('.empty'))).to.equal('No events to show.'),
  },
  {
    name: 'events that are not a list are refused in place of the chart, without Retry',
    events: 'not a list',
    expect: {
      marks: [],
      loads: [],
      errors: ['bad-shape'],
      failure: /^The events could not be loaded\. The data is not a list of events\.$/,
    },
  },
  {
    name: 'more than 100,000 events are refused as too large instead of freezing',
    events: Array.from({ length: 100_001 }, (_, i) => ev(`e${i}`, '2001')),
    expect: {
      marks: [],
      loads: [],
      errors: ['too-large'],
      failure: /too large \(over 5 MB, 100,000 events or 1,000 categories\)/,
    },
  },
  {
    name: 'more than 1,000 categories are refused as too large: a chip and a lane each would freeze the page',
    events: Array.from({ length: 1_001 }, (_, i) => ({
      id: `e${i}`,
      title: `E${i}`,
      category: `c${i}`,
      start: '2001',
    })),
    expect: { marks: [], loads: [], errors: ['too-large'], failure: /too large/ },
  },
  {
    name: 'a list whose entry cannot be read loses that entry only',
    events: new Proxy([...GOOD, ev('third', '2003')], {
      get(target, key, receiver) {
        if (key === '1') throw new Error('boom');
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) as TimelineEvent[],
    expect: {
      marks: ['T-a, 2001', 'T-third, 2003'],
      loads: [2],
      errors: ['invalid-events'],
      issues: [[1, '']],
      notice: /^1 event skipped/,
    },
  },
  {
    name: 'events set to null count as unset: the embedded data shows',
    setup: (el) => (el.events = null as unknown as TimelineEvent[]),
    expect: { marks: 14, loads: [23] },
  },
  {
    name: 'a long title, bidi controls and emoji are kept as written',
    events: [
      ev('l', '2001', { title: 'L'.repeat(5000) }),
      ev('b', '2002', { title: '\u202Eevil\u202C 🎉 zero\u200Bwidth' }),
    ],
    expect: { marks: [`${'L'.repeat(5000)}, 2001`, '\u202Eevil\u202C 🎉 zero\u200Bwidth, 2002'], loads: [2] },
  },
];

const dates: Case[] = [
  {
    name: 'impossible dates (30 February, 29 February 2013, month 13, day 32) are skipped',
    events: [...GOOD, ev('f', '2013-02-30'), ev('l', '2013-02-29'), ev('m', '2013-13'), ev('d', '2013-01-32')],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [
        [2, 'start'],
        [3, 'start'],
        [4, 'start'],
        [5, 'start'],
      ],
      notice: /^4 events skipped/,
    },
  },
  {
    name: 'unknown date forms (May 2013, 13/01/2013, ISO time, a number) are skipped',
    events: [
      ...GOOD,
      ev('w', 'May 2013'),
      ev('s', '13/01/2013'),
      ev('t', '2013-01-01T00:00Z'),
      { ...ev('n'), start: 2013 },
    ],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [
        [2, 'start'],
        [3, 'start'],
        [4, 'start'],
        [5, 'start'],
      ],
      notice: /^4 events skipped/,
    },
  },
  {
    name: 'an end before its start is skipped; an end on the start day is kept',
    events: [...GOOD, ev('r', '2013-05', { end: '2012' }), ev('s', '2013-05-02', { end: '2013-05-02' })],
    expect: {
      marks: [...GOOD_MARKS, 'T-s, 2 May 2013'],
      loads: [3],
      errors: ['invalid-events'],
      issues: [[2, 'end']],
      notice: /^1 event skipped/,
    },
  },
  {
    name: 'an unknown end word is skipped; "ongoing" and unknown starts are kept',
    events: {
      asOf: '2018',
      events: [
        ev('o', '2010', { end: 'ongoing' }),
        ev('u', undefined, { end: '2012-12' }),
        ev('x', '2010', { end: 'later' }),
      ],
    },
    expect: {
      marks: ['T-o, since 2010', 'T-u, until December 2012'],
      loads: [2],
      errors: ['invalid-events'],
      issues: [[2, 'end']],
      notice: /^1 event skipped/,
    },
  },
  {
    name: '"ongoing" is read as dates are, spaces and capitals aside',
    events: { asOf: '2018', events: [ev('o', ' 2010 ', { end: ' Ongoing ' })] },
    expect: { marks: ['T-o, since 2010'], loads: [1] },
  },
  {
    name: 'a year given as a number is skipped, its message saying a date is text',
    events: [...GOOD, ev('n', undefined, { start: 2008 })],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [[2, 'start']],
      notice: /^1 event skipped/,
    },
    act: async (m) => {
      expect(m.errors[0].issues[0].message).to.equal('start must be text such as "2008" (got number)');
    },
  },
  {
    name: 'null for asOf, categories or a colour counts as absent, as a serialiser writes it',
    events: { asOf: null, categories: null, events: GOOD },
    expect: { marks: GOOD_MARKS, loads: [2, 2] },
    act: async ({ el }) => {
      el.events = { asOf: null, categories: [{ id: 'c', label: 'Lane', color: null }], events: GOOD } as never;
      await settled(el);
      expect(text(root(el).querySelector('.lane-label'))).to.equal('Lane');
    },
  },
  {
    name: 'far-apart years (0050 and 9999) are drawn without breaking the axis',
    events: [ev('early', '0050'), ev('late', '9999-12-31')],
    expect: { marks: ['T-early, 50', 'T-late, 31 December 9999'], loads: [2] },
    act: async ({ el }) => {
      const ticks = root(el).querySelectorAll('.axis .tick');
      expect(ticks.length).to.be.greaterThan(1);
      for (const t of ticks) expect(t.getAttribute('transform')).not.to.contain('NaN');
    },
  },
  {
    name: 'five-digit and negative years are skipped',
    events: [...GOOD, ev('big', '10000'), ev('neg', '-0044')],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [
        [2, 'start'],
        [3, 'start'],
      ],
      notice: /^2 events skipped/,
    },
  },
];

const loading: Case[] = [
  {
    name: 'a bare JSON list from src is drawn',
    src: json(GOOD),
    expect: { marks: GOOD_MARKS, loads: [2] },
  },
  {
    name: 'a JSON document {asOf, categories, events} from src names its lanes and its date',
    src: json({ asOf: '2018-05', categories: [{ id: 'c', label: 'Our lane', color: '#336699' }], events: GOOD }),
    expect: { marks: GOOD_MARKS, loads: [2] },
    act: async ({ el }) => {
      expect(text(root(el).querySelector('.lane-label'))).to.equal('Our lane');
      expect(text(root(el).querySelector('.summary'))).to.match(/as of May 2018$/);
      expect(root(el).querySelector('g.mark')!.getAttribute('fill')).to.equal('#336699');
    },
  },
  {
    name: 'a document with invalid events from src: the valid ones, the notice, one cocir-error',
    src: json([...GOOD, ev('x', '2013-02-30')]),
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [[2, 'start']],
      notice: /^1 event skipped — details/,
    },
  },
  {
    name: 'a byte order mark before the JSON is allowed',
    src: fx({ body: `\uFEFF${JSON.stringify(GOOD)}` }),
    expect: { marks: GOOD_MARKS, loads: [2] },
  },
  {
    name: 'a data: URL works like any other src',
    src: `data:application/json,${encodeURIComponent(JSON.stringify(GOOD))}`,
    expect: { marks: GOOD_MARKS, loads: [2] },
  },
  {
    name: 'HTTP 404: the message in place of the chart with Retry',
    src: fx({ status: 404, type: 'text/plain', body: 'Not found' }),
    expect: {
      marks: [],
      loads: [],
      errors: ['http'],
      failure: /^The events could not be loaded\. The server answered with an error\. \(HTTP 404\) Retry$/,
    },
  },
  {
    name: 'the failure is readable in the dark theme: light text on a dark red',
    src: fx({ status: 404 }),
    setup: (el) => el.setAttribute('theme', 'dark'),
    expect: { marks: [], loads: [], errors: ['http'], failure: /\(HTTP 404\)/ },
    act: async ({ el }) => {
      const panel = getComputedStyle(failureOf(el)!);
      expect(panel.backgroundColor).to.equal('rgb(61, 28, 26)');
      expect(panel.color).to.equal('rgb(230, 232, 235)');
    },
  },
  {
    name: 'HTTP 500',
    src: fx({ status: 500, body: '{"error":"boom"}' }),
    expect: { marks: [], loads: [], errors: ['http'], failure: /\(HTTP 500\)/ },
  },
  {
    name: 'a dropped connection is a network error',
    src: fx({ drop: 1 }),
    expect: { marks: [], loads: [], errors: ['network'], failure: /The network request failed\. Retry$/ },
  },
  {
    name: 'an unreachable host is a network error',
    src: 'http://127.0.0.1:9/events.json',
    expect: { marks: [], loads: [], errors: ['network'], failure: /The network request failed/ },
  },
  {
    name: 'a javascript: src is never run, only refused as a failed request',
    src: `javascript:window.${FLAG}=1`,
    expect: { marks: [], loads: [], errors: ['network'], failure: /The network request failed/ },
  },
  {
    name: 'an HTML page served as JSON is not JSON',
    src: fx({ body: '<!doctype html><title>Login</title>' }),
    expect: { marks: [], loads: [], errors: ['not-json'], failure: /The response is not JSON\. Retry$/ },
  },
  {
    name: 'a text/html response is refused by its content type, even if it parses',
    src: fx({ type: 'text/html', body: JSON.stringify(GOOD) }),
    expect: { marks: [], loads: [], errors: ['not-json'], failure: /The response is not JSON/ },
  },
  {
    name: 'an image content type is refused',
    src: fx({ type: 'image/png', body: 'PNG' }),
    expect: { marks: [], loads: [], errors: ['not-json'], failure: /not JSON/ },
  },
  {
    name: 'text/plain JSON is accepted',
    src: fx({ type: 'text/plain', body: JSON.stringify(GOOD) }),
    expect: { marks: GOOD_MARKS, loads: [2] },
  },
  {
    name: 'an empty body is not JSON',
    src: fx({ body: '' }),
    expect: { marks: [], loads: [], errors: ['not-json'], failure: /not JSON/ },
  },
  {
    name: 'JSON of the wrong shape ({items}, null, a string) is refused',
    src: fx({ body: '{"items":[]}' }),
    expect: {
      marks: [],
      loads: [],
      errors: ['bad-shape', 'bad-shape', 'bad-shape'],
      failure: /The data is not a list of events\. Retry$/,
    },
    act: async ({ el }) => {
      el.src = fx({ body: 'null' });
      await settled(el);
      el.src = fx({ body: '"events"' });
      await settled(el);
    },
  },
  {
    name: 'a document over 5 MB is refused by its Content-Length',
    src: fx({ pad: 6_000_000 }),
    expect: { marks: [], loads: [], errors: ['too-large'], failure: /too large/ },
  },
  {
    name: 'a streamed document over 5 MB is refused while it is read',
    src: fx({ pad: 6_000_000, chunked: 1 }),
    expect: { marks: [], loads: [], errors: ['too-large'], failure: /too large/ },
  },
  {
    name: 'a document of 100,001 events is refused',
    src: `data:application/json,[${new Array(100_001).fill('{}').join(',')}]`,
    expect: { marks: [], loads: [], errors: ['too-large'], failure: /too large/ },
  },
  {
    name: 'a server that does not answer in time is a timeout',
    src: fx({ delay: 10_000 }),
    setup: () => (FETCH_OPTIONS.timeoutMs = 200),
    expect: { marks: [], loads: [], errors: ['timeout'], failure: /did not answer in time\. Retry$/ },
  },
  {
    name: 'prototype-pollution keys in a src document stay plain data',
    src: fx({
      body: `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"events":[
        {"id":"p","category":"c","start":"2001","__proto__":{"title":"inherited"}},
        {"id":"__proto__","title":"Proto","category":"constructor","start":"2002"}]}`,
    }),
    expect: {
      marks: ['Proto, 2002'],
      loads: [1],
      errors: ['invalid-events'],
      issues: [[0, 'title']],
      notice: /^1 event skipped/,
    },
    act: async () => {
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.prototype).not.to.have.own.property('polluted');
    },
  },
  {
    name: 'a quiet skeleton shows while the first load runs',
    run: async () => {
      let respond!: (r: Response) => void;
      stubFetch(() => new Promise((r) => (respond = r)));
      const m = await mount({ src: '/events.json' }, false);
      await m.el.updateComplete;
      const skeleton = root(m.el).querySelector<HTMLElement>('.skeleton')!;
      expect(text(skeleton)).to.equal('Loading events…');
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(root(m.el).querySelector<HTMLElement>('.chart')!.hidden).to.be.true;
      expect(m.loads).to.deep.equal([]);
      respond(jsonResponse(GOOD));
      await settled(m.el);
      expect(root(m.el).querySelector('.skeleton')).to.equal(null);
      return m;
    },
    expect: { marks: GOOD_MARKS, loads: [2] },
  },
  {
    name: 'Retry after a failed load loads again',
    src: fx({ failOnce: key(), body: JSON.stringify(GOOD) }),
    expect: { marks: GOOD_MARKS, loads: [2], errors: ['http'] },
    act: async ({ el }) => {
      expect(text(failureOf(el))).to.match(/\(HTTP 503\) Retry$/);
      const retry = failureOf(el)!.querySelector<HTMLButtonElement>('button.retry')!;
      retry.focus();
      retry.click();
      await settled(el);
      // The focused button went with the failure: focus is on the heading, not lost to the page.
      expect(el.shadowRoot!.activeElement?.id).to.equal('heading');
    },
  },
  {
    name: 'a reload that fails keeps the previous data on screen, with a notice and Retry',
    src: json(GOOD),
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['http'],
      notice:
        /^The events could not be loaded\. The server answered with an error\. \(HTTP 404\) The previous data is still shown\. Retry ×$/,
    },
    act: async ({ el }) => {
      el.src = fx({ status: 404 });
      await settled(el);
      expect(root(el).querySelector<HTMLElement>('.chart')!.hidden).to.be.false;
      expect(noticeOf(el)!.getAttribute('role')).to.equal('alert');
    },
  },
  {
    name: 'Retry of a failed reload shows no notice of the data on screen while it loads',
    src: json([...GOOD, ev('x', '2013-02-30')]),
    expect: {
      marks: GOOD_MARKS,
      loads: [2, 2],
      errors: ['invalid-events', 'http', 'invalid-events'],
      issues: [[2, 'start']],
      notice: /^1 event skipped — details/,
    },
    act: async ({ el }) => {
      noticeOf(el)!.querySelector<HTMLButtonElement>('button.dismiss')!.click();
      await el.updateComplete;
      el.src = fx({ failOnce: key(), delay: 100, body: JSON.stringify([...GOOD, ev('x', '2013-02-30')]) });
      await settled(el);
      expect(text(noticeOf(el))).to.match(/\(HTTP 503\)/);
      noticeOf(el)!.querySelector<HTMLButtonElement>('button.retry')!.click();
      await el.updateComplete;
      expect(text(noticeOf(el)), 'notice while the retry loads').to.equal(undefined);
      await settled(el);
    },
  },
  {
    name: 'changing src aborts the load in flight and shows the new data',
    run: async () => {
      const calls = spyFetch();
      const m = await mount({ src: fx({ delay: 10_000 }) }, false);
      await m.el.updateComplete;
      m.el.src = json(GOOD);
      await settled(m.el);
      expect(calls.map((c) => c.signal.aborted)).to.deep.equal([true, false]);
      return m;
    },
    expect: { marks: GOOD_MARKS, loads: [2] },
  },
  {
    name: 'a stale response never overwrites a newer one',
    run: async () => {
      const pending = new Map<string, (r: Response) => void>();
      stubFetch((url) => new Promise((r) => pending.set(url, r)));
      const m = await mount({ src: '/old.json' }, false);
      await m.el.updateComplete;
      m.el.src = '/new.json';
      await m.el.updateComplete;
      pending.get('/new.json')!(jsonResponse(GOOD));
      await settled(m.el);
      pending.get('/old.json')!(jsonResponse([ev('old', '1990')]));
      await tick(20);
      await settled(m.el);
      return m;
    },
    expect: { marks: GOOD_MARKS, loads: [2] },
  },
  {
    name: 'src set to null or removed counts as unset: the embedded data shows',
    src: json(GOOD),
    expect: { marks: 14, loads: [2, 23, 2, 23] },
    act: async ({ el }) => {
      (el as unknown as { src: unknown }).src = null; // as a framework may
      await settled(el);
      expect(marks(el)).to.have.length(14);
      el.src = json(GOOD);
      await settled(el);
      el.removeAttribute('src');
      el.src = undefined as unknown as string;
      await settled(el);
    },
  },
  {
    name: 'a src of spaces is no src: no request is made, the embedded data shows',
    run: async () => {
      const calls = spyFetch();
      const m = await mount({ src: '   ' });
      expect(calls).to.deep.equal([]);
      return m;
    },
    expect: { marks: 14, loads: [23] },
  },
  {
    name: 'a declared category that cannot be read is reported, the data used all the same',
    events: {
      categories: [
        Object.defineProperty({}, 'id', {
          enumerable: true,
          get() {
            throw new Error('boom');
          },
        }),
      ],
      events: GOOD,
    } as unknown as TimelineEvent[],
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [[-1, 'categories[0]']],
      notice: /^1 problem in the data/,
    },
  },
  {
    name: 'events win over src: no request is made',
    run: async () => {
      const calls = spyFetch();
      const m = await mount({ events: GOOD, src: '/never.json' });
      expect(calls).to.deep.equal([]);
      return m;
    },
    expect: { marks: GOOD_MARKS, loads: [2] },
  },
  {
    name: 'src wins over the embedded data; clearing it brings the embedded data back',
    src: json(GOOD),
    expect: { marks: 14, loads: [2, 23] },
    act: async ({ el }) => {
      expect(marks(el)).to.have.members(GOOD_MARKS);
      el.src = '';
      await settled(el);
    },
  },
  {
    name: 'a load given up for the data already shown settles at once, with no new events',
    expect: { marks: 14, loads: [23] },
    act: async ({ el }) => {
      const calls = spyFetch();
      el.src = fx({ delay: 10_000 });
      await el.updateComplete;
      el.src = '';
      await settled(el);
      expect(calls.map((c) => c.signal.aborted)).to.deep.equal([true]);
    },
  },
  {
    name: 'loadComplete settles on a detached element when src goes back to the data shown',
    run: async () => {
      const a = json(GOOD);
      const m = await mount({ src: a });
      const calls = spyFetch();
      m.el.remove();
      m.el.src = json([ev('old', '1990')]);
      await m.el.updateComplete;
      m.el.src = a;
      let done = false;
      void m.el.loadComplete.then(() => (done = true));
      await tick(20);
      expect(done, 'settled, with its data shown').to.equal(true);
      m.box.append(m.el);
      await settled(m.el);
      expect(calls, 'nothing loaded again').to.deep.equal([]);
      return m;
    },
    expect: { marks: GOOD_MARKS, loads: [2] },
  },
  {
    name: 'loadComplete after src changes on a detached element waits for the new data',
    src: json([ev('old', '1990')]),
    expect: { marks: GOOD_MARKS, loads: [1, 2] },
    act: async (m) => {
      const { el, box } = m;
      el.remove();
      el.src = json(GOOD);
      let done = false;
      const complete = el.loadComplete.then(() => (done = true));
      await tick(20);
      expect(done, 'settled while detached, with the old data').to.equal(false);
      box.append(el);
      await complete;
      expect(marks(el)).to.have.members(GOOD_MARKS);
      await settled(el);
    },
  },
];

const xssFields = ['id', 'title', 'category', 'description', 'location', 'source'] as const;
const xss: Case[] = [
  ...xssFields.map<Case>((field) => ({
    name: `script in "${field}" is shown as text`,
    events: [
      ...GOOD,
      { ...ev('x', '2005', { location: 'L', description: 'D', source: 'S' }), [field]: XSS },
      { ...ev('u', undefined, { location: 'L', description: 'D', source: 'S' }), [field]: `${XSS} (undated)` },
    ],
    expect: {
      marks: [...GOOD_MARKS, field === 'title' ? `${XSS}, 2005` : 'T-x, 2005'],
      loads: [4],
      undated: [field === 'title' ? `${XSS} (undated)` : 'T-u'],
    },
    act: async ({ el }) => {
      if (field === 'title') {
        // The whole payload is too long for a label (labels are made only where they fit; the
        // next case has one that fits); the tooltip that focus opens shows the title.
        const mark = [...root(el).querySelectorAll<SVGGElement>('g.mark')].find((m) => m.dataset.id === 'x');
        expect(!!mark, 'its mark').to.equal(true);
        mark!.focus();
        await el.updateComplete;
        const tip = root(el).querySelector('[role="tooltip"] strong');
        expect(tip?.textContent, 'the payload as the tooltip title').to.equal(XSS);
        expect(tip!.children.length, 'no element made from it').to.equal(0);
      }
      if (field === 'category') expect(text(root(el).querySelector('.undated .category'))).to.equal(`${XSS} (undated)`);
      if (field === 'description')
        expect(root(el).querySelector('.undated .description')!.textContent).to.equal(`${XSS} (undated)`);
    },
  })),
  {
    name: 'script in a title short enough for its label is the label text',
    events: [...GOOD, ev('x', '2005', { title: PAYLOADS[0] })],
    expect: { marks: [...GOOD_MARKS, `${PAYLOADS[0]}, 2005`], loads: [3] },
    act: async ({ el }) => {
      const label = [...root(el).querySelectorAll('g.mark text.label')].find((t) => t.textContent === PAYLOADS[0]);
      expect(label?.getAttribute('visibility'), 'the payload as the shown label').to.equal(null);
      expect(label!.children.length, 'no element made from it').to.equal(0);
    },
  },
  {
    name: 'script in organisations is shown as text',
    events: [...GOOD, ev('o', '2005', { organisations: PAYLOADS })],
    expect: { marks: [...GOOD_MARKS, 'T-o, 2005'], loads: [3] },
  },
  {
    name: 'script in a src document (category label, asOf, dates, url) is text or refused',
    src: json({
      asOf: XSS,
      categories: [{ id: 'c', label: XSS }],
      events: [...GOOD, ev('d', XSS), ev('u', '2005', { url: `javascript:window.${FLAG}=1//${XSS}` })],
    }),
    expect: {
      marks: GOOD_MARKS,
      loads: [2],
      errors: ['invalid-events'],
      issues: [
        [-1, 'asOf'],
        [2, 'start'],
        [3, 'url'],
      ],
      notice: /^2 events skipped/,
    },
    act: async ({ el }) => {
      // Text (cut to the chart's width), not markup.
      const label = root(el).querySelector('.lane-label')!;
      expect(label.childElementCount).to.equal(0);
      expect(label.textContent!.length).to.be.above(20);
      expect(XSS.startsWith(label.textContent!.replace(/^\u2068|…\u2069$/g, ''))).to.be.true;
      noticeOf(el)!.querySelector('summary')!.click();
      await el.updateComplete;
      expect(text(noticeOf(el)!.querySelector('li:nth-child(2)'))).to.contain(
        'events[2].start start "<img src=x onerror=',
      );
    },
  },
  {
    name: 'the label attribute and a failing src URL are text too',
    src: fx({ status: 404, body: XSS, type: 'text/html' }),
    setup: (el) => (el.label = XSS),
    expect: { marks: [], loads: [], errors: ['http'], failure: /\(HTTP 404\)/ },
    act: async ({ el }) => expect(root(el).querySelector('h2')!.textContent).to.equal(XSS),
  },
];

// ---------------------------------------------------------------------------------------------
// Lifecycle and layout

const lifecycle: Case[] = [
  {
    name: 'removing it releases its observer, frame callbacks, timers, listeners and fetch',
    run: async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const track = trackResources();
      const calls = stubFetch((_, init) => never(init));
      const el = document.createElement('cocir-timeline');
      el.src = '/slow.json';
      box.append(el);
      await el.updateComplete;
      box.style.width = '500px';
      // A probe observer created after the element's reports in the same frame, just after it:
      // the element has then seen the resize, and its redraw waits for the next frame.
      await new Promise<void>((resolve) => {
        const probe = new ResizeObserver(() => {
          probe.disconnect();
          resolve();
        });
        probe.observe(el);
      });
      // What it holds at that moment (so that the checks below are not vacuous):
      expect(track.observing(), 'ResizeObservers while connected').to.equal(1);
      expect(track.pendingTimers(), 'the load timeout while connected').to.have.length(1);
      expect(track.pendingFrames(), 'the redraw frame while connected').to.have.length(1);
      el.remove();
      track.stop();
      await tick();
      await frames();
      expect(calls).to.have.length(1);
      expect(calls[0].signal.aborted, 'fetch aborted').to.be.true;
      expect(track.observing(), 'ResizeObservers observing').to.equal(0);
      expect(track.pendingTimers(), 'timers left').to.deep.equal([]);
      expect(track.pendingFrames(), 'frame callbacks left').to.deep.equal([]);
      expect(track.lateFrames, 'frame callbacks run after removal').to.equal(0);
      expect(track.globalListeners(), 'listeners on window/document').to.deep.equal([]);
      // Back in the page, it loads again.
      const m = listen(el, box);
      window.fetch = (_, init) => originalFetch(json(GOOD), init);
      box.append(el);
      await settled(el);
      return m;
    },
    expect: { marks: GOOD_MARKS, loads: [2] },
  },
  {
    name: 're-inserting it keeps it working and following its new container',
    events: GOOD,
    expect: { marks: GOOD_MARKS, loads: [2] },
    act: async ({ el, box }) => {
      el.remove();
      const other = document.createElement('div');
      other.style.width = '420px';
      box.after(other);
      other.append(el);
      await frames();
      await el.updateComplete;
      expect(root(el).querySelector('.chart svg')!.getAttribute('width')).to.equal('420');
      other.style.width = '360px';
      await frames();
      await el.updateComplete;
      expect(root(el).querySelector('.chart svg')!.getAttribute('width')).to.equal('360');
    },
  },
  {
    name: 'moving it with moveBefore keeps its state and does not load again',
    run: async () => {
      const calls = spyFetch();
      const m = await mount({ src: json([...GOOD, ev('x', 'x')]) });
      noticeOf(m.el)!.querySelector<HTMLButtonElement>('button.dismiss')!.click();
      await m.el.updateComplete;
      const other = document.createElement('div');
      other.style.width = '450px';
      m.box.after(other);
      const parent = other as Element & { moveBefore?: (node: Node, child: Node | null) => void };
      expect(parent.moveBefore, 'Element.prototype.moveBefore in this Chromium').to.be.a('function');
      parent.moveBefore!(m.el, null);
      await frames();
      await m.el.updateComplete;
      expect(root(m.el).querySelector('.chart svg')!.getAttribute('width')).to.equal('450');
      expect(calls, 'requests').to.have.length(1);
      expect(noticeOf(m.el), 'the dismissed notice stays dismissed').to.equal(null);
      return m;
    },
    expect: { marks: GOOD_MARKS, loads: [2], errors: ['invalid-events'], issues: [[2, 'start']] },
  },
  {
    name: 'a first render inside display:none lays out once shown',
    run: async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 640px; display: none"></div>`);
      const m = listen(document.createElement('cocir-timeline'), box);
      m.el.events = GOOD;
      box.append(m.el);
      await settled(m.el);
      expect(marks(m.el)).to.deep.equal([]);
      m.box.style.display = 'block';
      await frames();
      await m.el.updateComplete;
      expect(root(m.el).querySelector('.chart svg')!.getAttribute('width')).to.equal('640');
      return m;
    },
    expect: { marks: GOOD_MARKS, loads: [2] },
  },
  {
    name: 'a resize storm raises no ResizeObserver loop error and ends at the last width',
    events: GOOD,
    expect: { marks: GOOD_MARKS, loads: [2] },
    act: async ({ el, box }) => {
      for (let i = 0; i < 60; i++) {
        box.style.width = `${320 + ((i * 137) % 700)}px`;
        if (i % 3 === 0) await new Promise(requestAnimationFrame);
      }
      box.style.width = '333px';
      await frames();
      await frames();
      await el.updateComplete;
      expect(root(el).querySelector('.chart svg')!.getAttribute('width')).to.equal('333');
    },
  },
  {
    name: 'ten instances on one page do not interfere',
    run: async () => {
      let first!: Mounted;
      const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
      const els = Array.from({ length: 10 }, (_, i) => {
        const el = document.createElement('cocir-timeline');
        if (i === 0) first = listen(el, box);
        if (i === 9) el.src = fx({ status: 500 });
        else el.events = [ev(`only-${i}`, `${2000 + i}`), ...(i % 2 ? [ev(`bad-${i}`, 'bad')] : [])];
        box.append(el);
        return el;
      });
      await Promise.all(els.map((el) => settled(el)));
      noticeOf(els[1])!.querySelector<HTMLButtonElement>('button.dismiss')!.click();
      box.style.width = '500px';
      await frames();
      await Promise.all(els.map((el) => el.updateComplete));
      els.forEach((el, i) => {
        if (i === 9) return expect(text(failureOf(el))).to.match(/HTTP 500/);
        expect(marks(el)).to.deep.equal([`T-only-${i}, ${2000 + i}`]);
        expect(root(el).querySelector('.chart svg')!.getAttribute('width')).to.equal('500');
        expect(!!noticeOf(el), `notice of #${i}`).to.equal(i % 2 === 1 && i !== 1);
        expect(failureOf(el)).to.equal(null);
      });
      return first;
    },
    expect: { marks: ['T-only-0, 2000'], loads: [1] },
  },
  {
    name: 'a container narrower than 320 px, then of zero width, draws without errors',
    events: GOOD,
    width: 240,
    expect: { marks: GOOD_MARKS, loads: [2] },
    act: async ({ el, box }) => {
      for (const l of root(el).querySelectorAll<SVGTextElement>('g.mark text.label')) {
        if (l.getAttribute('visibility') === 'hidden') continue;
        const b = l.getBBox();
        expect(b.x).to.be.at.least(-0.5);
        expect(b.x + b.width).to.be.at.most(240.5);
      }
      box.style.width = '0px';
      await frames();
      await el.updateComplete;
      expect(root(el).querySelector('.chart svg')!.getAttribute('width')).to.equal('0');
      box.style.width = '600px';
      await frames();
      await el.updateComplete;
    },
  },
  {
    name: 'under a strict CSP with Trusted Types, nothing is blocked',
    run: cspCase,
    expect: { marks: [...GOOD_MARKS, `${XSS}, 2004`], loads: [3], errors: ['invalid-events'], issues: [[2, 'start']] },
  },
];

/** Tracks ResizeObservers, frame callbacks, timers and window/document listeners until `stop()`. */
function trackResources() {
  const Native = window.ResizeObserver;
  const observing = new Set<ResizeObserver>();
  window.ResizeObserver = class extends Native {
    override observe(target: Element, options?: ResizeObserverOptions) {
      observing.add(this);
      super.observe(target, options);
    }
    override disconnect() {
      observing.delete(this);
      super.disconnect();
    }
  };
  const timers = new Set<number>();
  const frames = new Set<number>();
  const {
    setTimeout: nativeSet,
    clearTimeout: nativeClear,
    requestAnimationFrame: nativeFrame,
    cancelAnimationFrame: nativeCancelFrame,
  } = window;
  let stopped = false;
  const state = { lateFrames: 0 };
  window.setTimeout = ((fn: () => void, ms?: number, ...args: unknown[]) => {
    const id: number = nativeSet(
      () => {
        timers.delete(id);
        fn();
      },
      ms,
      ...args,
    );
    if (!stopped) timers.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id: number) => {
    timers.delete(id);
    nativeClear(id);
  }) as typeof clearTimeout;
  window.requestAnimationFrame = (fn) => {
    const mine = !stopped;
    const id = nativeFrame((t) => {
      frames.delete(id);
      if (mine && stopped) state.lateFrames++;
      fn(t);
    });
    if (mine) frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    frames.delete(id);
    nativeCancelFrame(id);
  };
  const listeners = new Map<string, number>();
  const targets = [window, document] as const;
  const natives = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
  targets.forEach((t, i) => {
    const [add, remove] = natives[i];
    t.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      if (!stopped) listeners.set(`${i}:${type}`, (listeners.get(`${i}:${type}`) ?? 0) + 1);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof t.addEventListener;
    t.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      const k = `${i}:${type}`;
      if (listeners.has(k)) listeners.set(k, listeners.get(k)! - 1);
      return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof t.removeEventListener;
  });
  restoreAfter.push(() => {
    window.ResizeObserver = Native;
    Object.assign(window, {
      setTimeout: nativeSet,
      clearTimeout: nativeClear,
      requestAnimationFrame: nativeFrame,
      cancelAnimationFrame: nativeCancelFrame,
    });
    targets.forEach((t, i) =>
      Object.assign(t, { addEventListener: natives[i][0], removeEventListener: natives[i][1] }),
    );
  });
  return {
    get lateFrames() {
      return state.lateFrames;
    },
    stop: () => (stopped = true),
    observing: () => observing.size,
    pendingTimers: () => [...timers],
    pendingFrames: () => [...frames],
    globalListeners: () => [...listeners].filter(([, n]) => n > 0).map(([k]) => k),
  };
}

/** Loads test/csp/page.html (the policy of demo/csp.html) in an iframe and drives four timelines in it. */
async function cspCase(): Promise<Mounted> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = '/test/csp/page.html';
  box.append(frame);
  await loaded;
  const win = frame.contentWindow as Window &
    typeof globalThis & { violations: string[]; policies: string[]; errors: string[] };
  await win.customElements.whenDefined('cocir-timeline');
  const doc = frame.contentDocument!;
  const make = (setup: (el: CocirTimeline) => void) => {
    const el = doc.createElement('cocir-timeline') as CocirTimeline;
    setup(el);
    doc.body.append(el);
    return el;
  };
  let m!: Mounted;
  const embedded = make(() => {});
  const bad = make((el) => {
    m = listen(el, box);
    el.events = [...GOOD, ev('x', '2013-02-30'), ev('p', '2004', { title: XSS })];
  });
  const loadedSrc = make((el) => (el.src = json(GOOD)));
  const failed = make((el) => (el.src = fx({ status: 404 })));
  const all = [embedded, bad, loadedSrc, failed];
  await Promise.all(all.map((el) => el.loadComplete));
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));

  expect(marks(embedded)).to.have.length(14);
  expect(marks(bad)).to.have.members([...GOOD_MARKS, `${XSS}, 2004`]);
  expect(marks(loadedSrc)).to.have.members(GOOD_MARKS);
  const notice = noticeOf(bad)!;
  expect(text(notice)).to.match(/^1 event skipped — details/);
  notice.querySelector('summary')!.click();
  notice.querySelector<HTMLButtonElement>('button.dismiss')!.click();
  expect(text(failureOf(failed))).to.match(/HTTP 404/);
  failureOf(failed)!.querySelector<HTMLButtonElement>('button.retry')!.click();
  await failed.loadComplete;
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  for (const el of all) assertInert(el);

  expect(win.violations, 'securitypolicyviolation events').to.deep.equal([]);
  expect(win.policies, 'Trusted Types policies created').to.deep.equal(['lit-html']);
  expect(win.errors, 'uncaught errors in the page').to.deep.equal([]);
  expect((win as unknown as Record<string, unknown>)[FLAG]).to.equal(undefined);
  return m;
}

// ---------------------------------------------------------------------------------------------
// The runner

const restoreAfter: (() => void)[] = [];
const TABLE: [string, Case[]][] = [
  ['data validation', validation],
  ['dates', dates],
  ['loading', loading],
  ['XSS payloads', xss],
  ['lifecycle, layout and CSP', lifecycle],
];

describe('<cocir-timeline> with bad input and faults', () => {
  let uncaught: string[];
  const onError = (e: ErrorEvent) => uncaught.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  const timeout = FETCH_OPTIONS.timeoutMs;

  beforeEach(() => {
    uncaught = [];
    originalFetch = window.fetch;
    delete (window as unknown as Record<string, unknown>)[FLAG];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    window.fetch = originalFetch;
    FETCH_OPTIONS.timeoutMs = timeout;
    restoreAfter.splice(0).forEach((restore) => restore());
  });

  it('should hold at least 40 cases', () => {
    expect(TABLE.flatMap(([, cases]) => cases).length).to.be.at.least(40);
  });

  for (const [group, cases] of TABLE) {
    describe(group, () => {
      for (const c of cases) {
        it(`should cope: ${c.name}`, async () => {
          const m = c.run ? await c.run() : await mount(c);
          if (c.act) await c.act(m);
          await tick();
          assertExpected(m, c.expect);
          // axe audits elements of this document (the CSP case's element is in its iframe).
          if (m.el.ownerDocument === document) await expect(m.el).to.be.accessible();
          assertInert(m.el);
          expect(uncaught, 'uncaught errors').to.deep.equal([]);
          expect((window as unknown as Record<string, unknown>)[FLAG], 'script from the data ran').to.equal(undefined);
        });
      }
    });
  }
});
