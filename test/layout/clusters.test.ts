import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import {
  clusterBlocks,
  clusterMarks,
  ELEMENTS,
  periodFor,
  PERIODS,
  type ClusteredView,
} from '../../src/layout/clusters.js';
import { assignLanes, DEFAULT_GEOMETRY } from '../../src/layout/lanes.js';
import { TimeIndex } from '../../src/layout/time-index.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { normalizeData } from '../../src/model/validate.js';

const at = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const WIDTH = 1200;

/** Lays the events out over 1990–2030 and returns a function that clusters a view of them. */
function chart(events: TimelineEvent[], maxRows = 12) {
  const data = normalizeData(events, { now: at(2020) });
  const base = scaleUtc()
    .domain([at(1990), at(2030)])
    .range([0, WIDTH]);
  const layout = assignLanes(data.events, data.categories, {
    x: (ms) => base(ms),
    width: WIDTH,
    openStartMs: at(1990),
    labelWidth: () => 60,
    geometry: { ...DEFAULT_GEOMETRY, maxRows },
  });
  const index = new TimeIndex(layout.placed);
  return {
    layout,
    view(fromMs: number, toMs: number, budget?: number, keep?: string[]): ClusteredView & { visible: number } {
      const visible = index.query(fromMs, toMs);
      const x = base.copy().domain([fromMs, toMs]);
      const options = { fromMs, toMs, width: WIDTH, lanes: layout.lanes, budget, minPeriod: 28, keep: new Set(keep) };
      return {
        ...clusterMarks(visible, x, options),
        visible: visible.length,
      };
    },
  };
}

/** Two events a month in 2008 (the 1st and the 15th), all in one category and, with one row, in one row. */
const twiceMonthly: TimelineEvent[] = Array.from({ length: 24 }, (_, i) => ({
  id: `e${i}`,
  title: `Event ${i}`,
  category: 'dense',
  start: `2008-${String((i >> 1) + 1).padStart(2, '0')}-${i % 2 ? '15' : '01'}`,
}));

const pad = (v: number) => String(v).padStart(2, '0');

/** 3,000 day-precision events in 12 categories, spread over 1990–2029. */
const many: TimelineEvent[] = Array.from({ length: 3000 }, (_, i) => ({
  id: `e${i}`,
  title: `Event ${i}`,
  category: `c${i % 12}`,
  start: `${1990 + ((i * 7) % 40)}-${pad(1 + (i % 12))}-${pad(1 + ((i * 13) % 28))}`,
}));

const counted = (v: ClusteredView) => v.marks.length + v.clusters.reduce((n, c) => n + c.events.length, 0);

describe('clusterMarks', () => {
  it('should draw events that do not overlap one by one', () => {
    const { view } = chart([
      { id: 'a', title: 'A', category: 'one', start: '2001' },
      { id: 'b', title: 'B', category: 'two', start: '2003-06', end: '2004-02' },
      { id: 'c', title: 'C', category: 'one', start: '2012-03-14' },
    ]);
    const v = view(at(1990), at(2030));
    expect(v.clusters).to.deep.equal([]);
    expect(v.marks.map((p) => p.event.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it("should draw a lane's overlapping events of one period as one cluster that counts them", () => {
    const { view, layout } = chart(twiceMonthly, 1);
    const v = view(at(1990), at(2030));
    expect(v.marks).to.deep.equal([]);
    expect(v.clusters).to.have.length(1);
    const [c] = v.clusters;
    expect([c.fromMs, c.toMs]).to.deep.equal([at(2008), at(2009)]);
    expect(c.events).to.have.length(24);
    expect(c.category).to.equal('dense');
    expect(c.y).to.equal(layout.lanes[0].y + DEFAULT_GEOMETRY.header);
    expect(c.height).to.equal(DEFAULT_GEOMETRY.row);
  });

  it('should split clusters as the view zooms in, until every event stands alone', () => {
    const { view } = chart(twiceMonthly, 1);
    const fiveYears = view(at(2006), at(2011));
    expect(fiveYears.clusters.map((c) => c.events.length)).to.deep.equal([6, 6, 6, 6]);
    expect(fiveYears.clusters.map((c) => new Date(c.fromMs).toISOString().slice(0, 7))).to.deep.equal([
      '2008-01',
      '2008-04',
      '2008-07',
      '2008-10',
    ]);
    const oneYear = view(at(2008), at(2009));
    expect(oneYear.clusters).to.deep.equal([]);
    expect(oneYear.marks.map((p) => p.event.id)).to.deep.equal(twiceMonthly.map((e) => e.id));
  });

  it('should keep events in separate rows apart when they do not collide', () => {
    // Twelve rows: the packing gives each event room, so nothing clusters even at full view.
    const { view } = chart(twiceMonthly.slice(0, 4), 12);
    const v = view(at(1990), at(2030));
    expect(v.clusters).to.deep.equal([]);
    expect(v.marks).to.have.length(4);
  });

  it('should count spans begun before the view in its first period', () => {
    const spans: TimelineEvent[] = ['a', 'b', 'c'].map((id) => ({
      id,
      title: id,
      category: 'long',
      start: '2000',
      end: '2010',
    }));
    const { view } = chart(spans, 1);
    const v = view(at(2005), at(2006));
    expect(v.marks).to.deep.equal([]);
    expect(v.clusters).to.have.length(1);
    expect(v.clusters[0].fromMs).to.equal(at(2005));
    expect(v.clusters[0].events.map((p) => p.event.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('should draw the only event of a period as itself, even over another mark', () => {
    const { view } = chart(
      [
        { id: 'long', title: 'Long', category: 'one', start: '2000', end: '2010' },
        { id: 'inside', title: 'Inside', category: 'one', start: '2005-06-01' },
      ],
      1,
    );
    const v = view(at(1990), at(2030));
    expect(v.clusters).to.deep.equal([]);
    expect(v.marks.map((p) => p.event.id)).to.deep.equal(['long', 'inside']);
  });

  it('should never lay a span over another mark of its row, where a lane ran out of rows', () => {
    const span = (id: string, start: string) => ({ id, title: id, category: 'one', start, end: '2010' });
    const { view } = chart([span('e0', '2000'), span('e1', '2001'), span('e2', '2002'), span('e3', '2003')], 3);
    for (const [from, to] of [
      [at(1990), at(2030)],
      [at(2003), at(2004)],
      [at(2005, 3), at(2005, 4)],
    ]) {
      const v = view(from, to);
      const rows = new Map<number, string[]>();
      for (const p of v.marks) rows.set(p.row, [...(rows.get(p.row) ?? []), p.event.id]);
      expect(
        [...rows.values()].every((ids) => ids.length === 1),
        JSON.stringify([...rows]),
      ).to.be.true;
      // e3 shares e0's row: it is counted, never lost.
      const counted = v.clusters.flatMap((c) => c.events.map((p) => p.event.id));
      expect([...v.marks.map((p) => p.event.id), ...counted]).to.have.members(['e0', 'e1', 'e2', 'e3']);
    }
  });

  it('should not draw an event on an ongoing event’s fading tail, and draw both once zoomed in', () => {
    const { view } = chart(
      [
        { id: 'a', title: 'A', category: 'one', start: '2000', end: 'ongoing' }, // to asOf, 1 January 2020
        // 15 px on at all years: on the tail (a span: a lone point is drawn over anything, as above)
        { id: 'b', title: 'B', category: 'one', start: '2020-07', end: '2021' },
      ],
      1,
    );
    const all = view(at(1990), at(2030));
    expect(all.marks.map((p) => p.event.id)).to.not.have.members(['a', 'b']);
    expect(all.clusters.flatMap((c) => c.events.map((p) => p.event.id))).to.include('b');
    expect(view(at(2018), at(2022)).marks.map((p) => p.event.id)).to.have.members(['a', 'b']);
  });

  it('should still draw a lone span that clears its row as itself when the view is over budget', () => {
    const solo = { id: 'solo', title: 'Solo', category: 'zz-solo', start: '2005', end: '2006' };
    const { view } = chart([...many, solo]);
    const v = view(at(1990), at(2030), 300);
    expect(v.marks.map((p) => p.event.id)).to.include('solo');
    expect(v.clusters.some((c) => c.category === 'zz-solo')).to.be.false;
  });

  it('should stay within its DOM budget, and account for every visible event', () => {
    const { view } = chart(many);
    for (const budget of [2000, 300, 40]) {
      const v = view(at(1990), at(2030), budget);
      const elements = v.marks.length * ELEMENTS.mark + v.clusters.length * ELEMENTS.cluster;
      expect(elements, `budget ${budget}`).to.be.at.most(budget);
      expect(counted(v)).to.equal(v.visible);
    }
    const decade = view(at(2000), at(2010));
    expect(counted(decade)).to.equal(decade.visible);
  });

  it('should always draw the kept events (focused, selected) as marks, and count the rest', () => {
    const { view } = chart(twiceMonthly, 1);
    const v = view(at(1990), at(2030), undefined, ['e5']);
    expect(v.marks.map((p) => p.event.id)).to.deep.equal(['e5']);
    expect(v.clusters).to.have.length(1);
    expect(v.clusters[0].events).to.have.length(23);
    expect(v.clusters[0].events.some((p) => p.event.id === 'e5')).to.be.false;
    // Kept in a tight budget too.
    const tight = view(at(1990), at(2030), 10, ['e5']);
    expect(tight.marks.map((p) => p.event.id)).to.deep.equal(['e5']);
  });

  it('should give marks in start order and clusters by period, then lane', () => {
    const events = twiceMonthly.map((e, i) => ({ ...e, category: i % 2 ? 'odd' : 'even' }));
    const sparse = ['1995', '2001-05', '2015-07-04', '2020'].map((start, i) => ({
      id: `s${i}`,
      title: `Sparse ${i}`,
      category: 'sparse',
      start,
    }));
    const { view } = chart([...sparse, ...events], 1);
    const v = view(at(1990), at(2030));
    expect(v.clusters).to.have.length(2);
    expect(v.marks).to.have.length(4);
    const starts = v.marks.map((p) => p.fromMs);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    const keys = v.clusters.map((c) => [c.fromMs, c.lane]);
    expect(keys).to.deep.equal([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });
});

describe('clusterBlocks', () => {
  it('should tell where a label would run into a cluster of its lane and row, and only there', () => {
    const events: TimelineEvent[] = [
      { id: 'early', title: 'Early', category: 'dense', start: '2007-06-01' },
      ...twiceMonthly,
      { id: 'other', title: 'Other', category: 'other', start: '2007-06-01' },
    ];
    const { view } = chart(events, 1);
    const v = view(at(1990), at(2030));
    const x = scaleUtc()
      .domain([at(1990), at(2030)])
      .range([0, WIDTH]);
    const blocked = clusterBlocks(v.clusters, x);
    const [early, other] = ['early', 'other'].map((id) => v.marks.find((p) => p.event.id === id)!);
    const x2008 = x(at(2008));
    expect(blocked(early, x2008 - 50, x2008 + 5)).to.be.true;
    expect(blocked(early, x2008 - 50, x2008 - 1)).to.be.false;
    expect(blocked(other, x2008 - 50, x2008 + 5)).to.be.false; // another lane
  });
});

describe('periodFor', () => {
  const YEAR = 365.2425 * 86_400_000;
  const years = (p: (typeof PERIODS)[number]) => Math.round(p.ms / YEAR);
  const periodOf = (pxPerMs: number) => periodFor(pxPerMs, 28);
  it('should pick the shortest calendar period with room for a count', () => {
    expect(years(periodOf(WIDTH / (40 * YEAR)))).to.equal(1);
    expect(years(periodOf(320 / (40 * YEAR)))).to.equal(5);
    expect(periodOf(WIDTH / YEAR)).to.equal(PERIODS[2]); // a month
    expect(periodOf(WIDTH / (YEAR / 12))).to.equal(PERIODS[0]); // a day
    expect(years(periodOf(WIDTH / (10_000 * YEAR)))).to.equal(500);
    expect(periodOf(WIDTH / (1e6 * YEAR))).to.equal(PERIODS[PERIODS.length - 1]);
  });
});
