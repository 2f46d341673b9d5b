import { expect } from '@open-wc/testing';
import { normalizeData } from '../../src/model/validate.js';
import { PALETTE } from '../../src/model/palette.js';
import type { NormalizedData, NormalizedEvent, ValidationIssue } from '../../src/model/types.js';

const ASOF = '2018-05';
const valid = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Title ${id}`,
  category: 'cat',
  start: '2010',
  ...extra,
});

/** Normalizes `[good, bad, good]` and returns the data with the issues of the middle record. */
function withOneBad(bad: unknown): { data: NormalizedData; issues: ValidationIssue[] } {
  const data = normalizeData({ asOf: ASOF, events: [valid('before'), bad, valid('after')] });
  return { data, issues: [...data.issues] };
}

function byId(data: NormalizedData, id: string): NormalizedEvent {
  const e = data.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
}

describe('normalizeData', () => {
  describe('input shapes', () => {
    it('should accept a bare array of events', () => {
      const data = normalizeData([valid('a'), valid('b', { start: '2012-04' })], { now: Date.UTC(2020, 0, 1) });
      expect(data.issues).to.deep.equal([]);
      expect(data.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
      expect(data.asOf).to.equal(undefined);
      expect(data.events[1].start?.precision).to.equal('month');
    });

    it('should accept a document with asOf, categories and events', () => {
      const data = normalizeData({
        asOf: '2018-05-31',
        categories: [{ id: 'cat', label: 'A category', color: '#123456' }],
        events: [valid('a')],
      });
      expect(data.issues).to.deep.equal([]);
      expect(data.asOf?.text).to.equal('2018-05-31');
      expect(data.asOfMs).to.equal(Date.UTC(2018, 5, 1));
      expect(data.categories).to.deep.equal([{ id: 'cat', label: 'A category', color: '#123456' }]);
      expect(data.events.map((e) => e.id)).to.deep.equal(['a']);
    });

    for (const [name, input] of [
      ['null', null],
      ['undefined', undefined],
      ['a string', '[]'],
      ['a number', 42],
      ['an object without events', { asOf: '2018' }],
      ['a document whose events is not a list', { events: { 0: {} } }],
    ] as const) {
      it(`should report ${name} as a document issue and yield no events`, () => {
        const data = normalizeData(input);
        expect(data.events).to.have.length(0);
        expect(data.categories).to.have.length(0);
        expect(data.issues).to.have.length(1);
        expect(data.issues[0].index).to.equal(-1);
        expect(data.issues[0].field).to.equal('events');
        expect(data.issues[0].message).to.be.a('string').and.not.equal('');
      });
    }

    it('should read an asOf with spaces around it, as event dates are read', () => {
      const data = normalizeData({ asOf: ' 2018-05 ', events: [valid('a', { end: 'ongoing' })] });
      expect(data.issues).to.deep.equal([]);
      expect(data.asOfMs).to.equal(Date.UTC(2018, 5, 1));
    });

    it('should report an asOf that is not a date and fall back to now', () => {
      const now = Date.UTC(2020, 6, 4, 15);
      const data = normalizeData({ asOf: '2018-02-30', events: [valid('a', { end: 'ongoing' })] }, { now });
      expect(data.issues).to.have.length(1);
      expect(data.issues[0]).to.include({ index: -1, field: 'asOf' });
      expect(data.asOf).to.equal(undefined);
      expect(data.asOfMs).to.equal(Date.UTC(2020, 6, 5));
      expect(data.events).to.have.length(1);
    });

    it('should report categories that are not a list, and entries without an id', () => {
      const a = normalizeData({ categories: 'cat', events: [valid('a')] }, { now: 0 });
      expect(a.issues.map((i) => [i.index, i.field])).to.deep.equal([[-1, 'categories']]);
      const b = normalizeData(
        { categories: [{ label: 'no id' }, null, { id: 'cat', label: 'Cat' }], events: [valid('a')] },
        { now: 0 },
      );
      expect(b.issues.map((i) => [i.index, i.field])).to.deep.equal([
        [-1, 'categories[0]'],
        [-1, 'categories[1]'],
      ]);
      expect(b.categories.map((c) => c.label)).to.deep.equal(['Cat']);
      expect(b.events).to.have.length(1);
    });
  });

  describe('invalid events', () => {
    const cases: [string, unknown, string][] = [
      ['a missing id', { title: 'T', category: 'c', start: '2010' }, 'id'],
      ['an empty id', { id: '  ', title: 'T', category: 'c', start: '2010' }, 'id'],
      ['a numeric id', { id: 7, title: 'T', category: 'c', start: '2010' }, 'id'],
      ['a missing title', { id: 'x', category: 'c', start: '2010' }, 'title'],
      ['a title that is not a string', { id: 'x', title: ['T'], category: 'c', start: '2010' }, 'title'],
      ['a missing category', { id: 'x', title: 'T', start: '2010' }, 'category'],
      ['a category that is not a string', { id: 'x', title: 'T', category: { id: 'c' }, start: '2010' }, 'category'],
      ['an unknown date form', valid('x', { start: 'May 2010' }), 'start'],
      ['a date with a time', valid('x', { start: '2010-05-01T00:00:00Z' }), 'start'],
      ['a numeric date', valid('x', { start: 2010 }), 'start'],
      ['an impossible date', valid('x', { start: '2013-02-30' }), 'start'],
      ['an impossible end', valid('x', { end: '2013-13' }), 'end'],
      ['an end before its start', valid('x', { start: '2013-01-01', end: '2012-12' }), 'end'],
      ['a description that is not a string', valid('x', { description: 5 }), 'description'],
      ['a location that is not a string', valid('x', { location: { city: 'Utrecht' } }), 'location'],
      ['a javascript: url', valid('x', { url: 'javascript:alert(1)' }), 'url'],
      ['a data: url', valid('x', { url: 'data:text/html,<b>x</b>' }), 'url'],
      ['a relative url', valid('x', { url: '/events/1' }), 'url'],
      ['organisations that is a string', valid('x', { organisations: 'HOPE' }), 'organisations'],
      ['organisations with a non-string', valid('x', { organisations: ['HOPE', 3] }), 'organisations'],
      ['a record that is a string', 'an event', ''],
      ['a record that is an array', [valid('x')], ''],
      ['a null record', null, ''],
    ];

    for (const [name, record, field] of cases) {
      it(`should skip ${name} with an issue on "${field}" and keep the valid events`, () => {
        const { data, issues } = withOneBad(record);
        expect(data.events.map((e) => e.id)).to.deep.equal(['before', 'after']);
        expect(issues.length).to.be.at.least(1);
        expect(issues.map((i) => i.index)).to.deep.equal(issues.map(() => 1));
        expect(issues.map((i) => i.field)).to.include(field);
        for (const issue of issues) expect(issue.message).to.be.a('string').and.not.equal('');
      });
    }

    it('should report each problem of one record', () => {
      const { data, issues } = withOneBad({ id: 'x', start: 'soon', url: 'ftp://x' });
      expect(data.events).to.have.length(2);
      expect(issues.map((i) => i.field).sort()).to.deep.equal(['category', 'start', 'title', 'url']);
    });

    it('should name the offending value in the date message', () => {
      const { issues } = withOneBad(valid('x', { start: '2013-02-30' }));
      expect(issues[0].message).to.contain('2013-02-30');
    });

    it('should keep the first of two events with the same id and report the second', () => {
      const data = normalizeData({
        asOf: ASOF,
        events: [valid('a', { title: 'First' }), valid('b'), valid('a', { title: 'Second' })],
      });
      expect(data.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
      expect(byId(data, 'a').title).to.equal('First');
      expect(data.issues).to.have.length(1);
      expect(data.issues[0]).to.include({ index: 2, field: 'id' });
      expect(data.issues[0].message).to.contain('"a"');
    });

    it('should not let an invalid record claim an id', () => {
      const data = normalizeData({ asOf: ASOF, events: [valid('a', { start: 'never' }), valid('a')] });
      expect(data.events.map((e) => e.id)).to.deep.equal(['a']);
      expect(data.issues.map((i) => [i.index, i.field])).to.deep.equal([[0, 'start']]);
    });

    it('should accept an end in the same period as its start, and http: and https: urls', () => {
      const data = normalizeData({
        asOf: ASOF,
        events: [
          valid('same', { start: '2012', end: '2012' }),
          valid('inside', { start: '2012-05', end: '2012' }),
          valid('http', { url: 'http://www.cocir.org/' }),
          valid('https', { url: 'HTTPS://www.cocir.org/x?y=1' }),
        ],
      });
      expect(data.issues).to.deep.equal([]);
      expect(data.events).to.have.length(4);
      expect(byId(data, 'same').endMs).to.equal(Date.UTC(2013, 0, 1));
    });
  });

  describe('hostile keys', () => {
    afterEach(() => {
      // Whatever happened, leave no trace on the shared prototype.
      for (const key of ['polluted', 'id', 'title', 'category', 'start']) {
        delete (Object.prototype as Record<string, unknown>)[key];
      }
    });

    it('should treat __proto__ and constructor keys as inert data', () => {
      const input = JSON.parse(`{
        "asOf": "2018",
        "__proto__": { "polluted": "document" },
        "events": [
          { "id": "a", "title": "A", "category": "c", "start": "2010",
            "__proto__": { "polluted": "yes", "url": "javascript:alert(1)" },
            "constructor": { "prototype": { "polluted": "yes" } } },
          { "id": "b", "title": "B", "category": "c", "start": "2011",
            "constructor": "not a function" }
        ]
      }`);
      expect(Object.hasOwn(input.events[0], '__proto__')).to.equal(true);
      const data = normalizeData(input);
      expect(data.issues).to.deep.equal([]);
      expect(data.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
      expect(byId(data, 'a').url).to.equal(undefined);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(byId(data, 'a').record)).to.equal(Object.prototype);
      expect(Object.keys(byId(data, 'a').record)).to.not.include('__proto__');
      expect(Object.keys(byId(data, 'b').record)).to.not.include('constructor');
    });

    it('should not read fields inherited through a __proto__ key', () => {
      const input = JSON.parse(`[{ "__proto__": { "id": "x", "title": "X", "category": "c", "start": "2010" } }]`);
      const data = normalizeData(input, { now: 0 });
      expect(data.events).to.have.length(0);
      expect(data.issues.map((i) => i.field).sort()).to.deep.equal(['category', 'id', 'title']);
    });

    it('should not read fields from Object.prototype', () => {
      (Object.prototype as Record<string, unknown>).title = 'inherited';
      const data = normalizeData([{ id: 'x', category: 'c' }], { now: 0 });
      expect(data.events).to.have.length(0);
      expect(data.issues.map((i) => i.field)).to.deep.equal(['title']);
    });

    it('should accept __proto__ and constructor as ids and category ids', () => {
      const input = JSON.parse(`[
        { "id": "__proto__", "title": "P", "category": "__proto__", "start": "2010" },
        { "id": "constructor", "title": "C", "category": "constructor", "start": "2011" }
      ]`);
      const data = normalizeData(input, { now: 0 });
      expect(data.issues).to.deep.equal([]);
      expect(data.events.map((e) => e.id)).to.deep.equal(['__proto__', 'constructor']);
      expect(data.categories.map((c) => c.id)).to.deep.equal(['__proto__', 'constructor']);
    });
  });

  describe('categories', () => {
    it('should derive categories in first-seen order with palette colours', () => {
      const data = normalizeData(
        [
          valid('a', { category: 'oecd' }),
          valid('b', { category: 'who' }),
          valid('c', { category: 'oecd' }),
          valid('d', { category: 'hta' }),
        ],
        { now: 0 },
      );
      expect(data.categories).to.deep.equal([
        { id: 'oecd', label: 'oecd', color: PALETTE[0] },
        { id: 'who', label: 'who', color: PALETTE[1] },
        { id: 'hta', label: 'hta', color: PALETTE[2] },
      ]);
    });

    it('should not derive a category from a skipped event', () => {
      const data = normalizeData([valid('a', { category: 'kept' }), valid('b', { category: 'lost', start: 'x' })], {
        now: 0,
      });
      expect(data.categories.map((c) => c.id)).to.deep.equal(['kept']);
    });

    it('should cycle the palette when categories outnumber it', () => {
      const records = Array.from({ length: PALETTE.length + 2 }, (_, i) => valid(`e${i}`, { category: `c${i}` }));
      const colours = normalizeData(records, { now: 0 }).categories.map((c) => c.color);
      expect(colours.slice(0, PALETTE.length)).to.deep.equal([...PALETTE]);
      expect(colours.slice(PALETTE.length)).to.deep.equal([PALETTE[0], PALETTE[1]]);
    });

    it('should keep declared categories in their order, even unused, and append derived ones', () => {
      const data = normalizeData({
        asOf: ASOF,
        categories: [
          { id: 'b', label: 'Bee', color: 'rebeccapurple' },
          { id: 'a', label: 'Ay' },
          { id: 'unused', label: 'Unused', color: 'rgb(1, 2, 3)' },
          { id: 'a', label: 'Duplicate' },
        ],
        events: [valid('1', { category: 'a' }), valid('2', { category: 'new' }), valid('3', { category: 'b' })],
      });
      expect(data.issues).to.deep.equal([
        { index: -1, field: 'categories[3]', message: 'duplicate category "a": the first is used' },
      ]);
      expect(data.categories).to.deep.equal([
        { id: 'b', label: 'Bee', color: 'rebeccapurple' },
        { id: 'a', label: 'Ay', color: PALETTE[1] },
        { id: 'unused', label: 'Unused', color: 'rgb(1, 2, 3)' },
        { id: 'new', label: 'new', color: PALETTE[3] },
      ]);
    });

    it('should refuse a declared colour that is not a colour', () => {
      const data = normalizeData({
        categories: [
          { id: 'x', label: 'X', color: 'red;background:url(//evil)' },
          { id: 'y', label: 'Y', color: 'blurple' },
          { id: 'z', label: 'Z', color: '#12345' },
          { id: 'w', label: 'W', color: 'rgb(1, 2)' },
          { id: 'v', label: 'V', color: 'inherit' },
          { id: 'u', label: 'U', color: 'transparent' },
        ],
        events: [valid('a', { category: 'x' })],
      });
      expect(data.categories.map((c) => c.color)).to.deep.equal(PALETTE.slice(0, 6));
      // Each is reported: the data editor learns why the colour is not theirs.
      expect(data.issues.map((i) => i.field)).to.deep.equal([0, 1, 2, 3, 4, 5].map((i) => `categories[${i}].color`));
    });

    it('should take any colour the browser reads, modern forms too, but no reference to another', () => {
      const colors = [
        'hsl(200deg 50% 50%)',
        'oklch(62% 0.2 250)',
        'lab(50% 40 30)',
        ' #0072B2 ',
        'var(--x)',
        'red;x',
        'color-mix(in srgb, currentColor 50%, red)',
        'v\\61r(--x)',
        '-webkit-link',
      ];
      const data = normalizeData({
        categories: colors.map((color, i) => ({ id: `c${i}`, color })),
        events: [],
      });
      expect(data.categories.map((c) => c.color)).to.deep.equal([
        'hsl(200deg 50% 50%)',
        'oklch(62% 0.2 250)',
        'lab(50% 40 30)',
        '#0072B2',
        ...PALETTE.slice(4, 9),
      ]);
      expect(data.issues.map((i) => i.field)).to.deep.equal([4, 5, 6, 7, 8].map((i) => `categories[${i}].color`));
    });

    it('should label a declared category without a label by its id', () => {
      const data = normalizeData({ categories: [{ id: 'x' }], events: [] });
      expect(data.categories).to.deep.equal([{ id: 'x', label: 'x', color: PALETTE[0] }]);
    });
  });

  describe('dates and kinds', () => {
    const data = normalizeData({
      asOf: ASOF,
      events: [
        valid('point', { start: '2008-04' }),
        valid('span', { start: '2017', end: '2019' }),
        valid('ongoing', { start: '2008', end: 'ongoing' }),
        valid('late-ongoing', { start: '2018-05-23', end: 'ongoing' }),
        valid('after-asof', { start: '2019', end: 'ongoing' }),
        valid('until', { start: undefined, end: '2012-12' }),
        valid('undated', { start: undefined }),
        valid('padded', { start: ' 2010-05 ', end: '' }),
      ],
    });

    it('should validate all of them', () => {
      expect(data.issues).to.deep.equal([]);
      expect(data.events).to.have.length(8);
    });

    it('should make a start without end a point over its whole period', () => {
      const e = byId(data, 'point');
      expect(e.kind).to.equal('point');
      expect([e.startMs, e.endMs]).to.deep.equal([Date.UTC(2008, 3, 1), Date.UTC(2008, 4, 1)]);
      expect([e.openStart, e.openEnd]).to.deep.equal([false, false]);
      expect(e.end).to.equal(undefined);
    });

    it('should make a start and end a span inclusive of its end', () => {
      const e = byId(data, 'span');
      expect(e.kind).to.equal('span');
      expect([e.startMs, e.endMs]).to.deep.equal([Date.UTC(2017, 0, 1), Date.UTC(2020, 0, 1)]);
      expect([e.openStart, e.openEnd]).to.deep.equal([false, false]);
    });

    it('should run ongoing to the end of the asOf month', () => {
      const e = byId(data, 'ongoing');
      expect(e.kind).to.equal('span');
      expect(e.end).to.equal('ongoing');
      expect(data.asOfMs).to.equal(Date.UTC(2018, 5, 1));
      expect([e.startMs, e.endMs]).to.deep.equal([Date.UTC(2008, 0, 1), Date.UTC(2018, 5, 1)]);
      expect([e.openStart, e.openEnd]).to.deep.equal([false, true]);
    });

    it('should run ongoing to the end of the asOf day', () => {
      const d = normalizeData({ asOf: '2018-05-23', events: [valid('a', { end: 'ongoing' })] });
      expect(d.events[0].endMs).to.equal(Date.UTC(2018, 4, 24));
    });

    it('should run ongoing to the end of today (UTC) from the now option without asOf', () => {
      const d = normalizeData([valid('a', { end: 'ongoing' })], { now: Date.UTC(2021, 2, 14, 23, 30) });
      expect(d.asOfMs).to.equal(Date.UTC(2021, 2, 15));
      expect(d.events[0].endMs).to.equal(Date.UTC(2021, 2, 15));
    });

    it('should never end an ongoing span before the end of its start period', () => {
      expect(byId(data, 'late-ongoing').endMs).to.equal(Date.UTC(2018, 5, 1));
      expect(byId(data, 'after-asof').endMs).to.equal(Date.UTC(2020, 0, 1));
    });

    it('should mark an unknown start as open, starting at NaN', () => {
      const e = byId(data, 'until');
      expect(e.kind).to.equal('span');
      expect(e.start).to.equal(undefined);
      expect(e.startMs).to.be.NaN;
      expect(e.endMs).to.equal(Date.UTC(2013, 0, 1));
      expect([e.openStart, e.openEnd]).to.deep.equal([true, false]);
    });

    it('should keep an event without dates as undated', () => {
      const e = byId(data, 'undated');
      expect(e.kind).to.equal('undated');
      expect(e.startMs).to.be.NaN;
      expect(e.endMs).to.be.NaN;
      expect([e.openStart, e.openEnd]).to.deep.equal([false, false]);
    });

    it('should trim dates and treat an empty end as none', () => {
      const e = byId(data, 'padded');
      expect(e.kind).to.equal('point');
      expect(e.start?.text).to.equal('2010-05');
      expect(e.endMs).to.equal(Date.UTC(2010, 5, 1));
    });
  });

  describe('control characters', () => {
    it('should drop them from text, as no XML (an SVG download) can hold them; a line break reads as a space', () => {
      const data = normalizeData([
        {
          id: 'a\u0001',
          title: 'Brussels\u000bGeneva',
          category: 'c',
          start: '2001',
          description: 'Tab\tand\nnewline\u0007',
          organisations: ['HOPE\u000b', '\u0002ESR'],
        },
        { id: 'b', title: '\u000b\u000c', category: 'c', start: '2001' },
      ]);
      expect(data.events.map((e) => [e.id, e.title, e.description, e.organisations])).to.deep.equal([
        ['a', 'Brussels Geneva', 'Tab\tand\nnewline', ['HOPE', 'ESR']],
      ]);
      expect(data.issues.map((i) => [i.index, i.field])).to.deep.equal([[1, 'title']]);
    });
  });

  describe('the record copy', () => {
    const input = {
      id: ' a ',
      title: ' Title ',
      category: 'cat',
      start: '2010',
      end: 'ongoing',
      description: 'Text',
      location: '',
      organisations: [' HOPE ', '', 'ESR'],
      url: 'https://www.cocir.org/',
      source: 'Section',
      extra: 'dropped',
    };
    const data = normalizeData({ asOf: ASOF, events: [input] });
    const e = data.events[0];

    it('should hold the cleaned fields and nothing else', () => {
      expect(data.issues).to.deep.equal([]);
      expect(e.record).to.deep.equal({
        id: 'a',
        title: 'Title',
        category: 'cat',
        start: '2010',
        end: 'ongoing',
        description: 'Text',
        organisations: ['HOPE', 'ESR'],
        url: 'https://www.cocir.org/',
        source: 'Section',
      });
      expect([e.id, e.title, e.location]).to.deep.equal(['a', 'Title', undefined]);
      expect(e.organisations).to.deep.equal(['HOPE', 'ESR']);
    });

    it('should be frozen, as is the event', () => {
      expect(Object.isFrozen(e.record)).to.equal(true);
      expect(Object.isFrozen(e.record.organisations)).to.equal(true);
      expect(Object.isFrozen(e)).to.equal(true);
      expect(() => {
        (e.record as { title: string }).title = 'changed';
      }).to.throw(TypeError);
      expect(e.record.title).to.equal('Title');
    });

    it('should not share arrays with the input', () => {
      input.organisations.push('late');
      expect(e.record.organisations).to.deep.equal(['HOPE', 'ESR']);
      expect(e.record).to.not.equal(input);
    });
  });
});
