import { expect } from '@open-wc/testing';
import {
  assignLanes,
  DEFAULT_GEOMETRY,
  packingOrder,
  type LaneGeometry,
  type PlacedEvent,
} from '../../src/layout/lanes.js';
import { labelLeft } from '../../src/layout/labels.js';
import { normalizeData } from '../../src/model/validate.js';
import type { NormalizedData, NormalizedEvent, TimelineDocument, TimelineEvent } from '../../src/model/types.js';
import { randomDate, randomInt, seededRandom } from './random.js';

const FROM = Date.UTC(1990, 0, 1);
const TO = Date.UTC(2022, 0, 1);
const WIDTH = 1000;
const x = (ms: number) => ((ms - FROM) / (TO - FROM)) * WIDTH;
const YEAR_PX = x(Date.UTC(2001, 0, 1)) - x(Date.UTC(2000, 0, 1));
const GEOMETRY: LaneGeometry = { header: 20, row: 30, padding: 5, gap: 10, maxRows: 1000 };

function normalize(doc: TimelineDocument | TimelineEvent[]): NormalizedData {
  const data = normalizeData(Array.isArray(doc) ? { asOf: '2020-06', events: doc } : doc);
  expect(data.issues, 'test data is valid').to.deep.equal([]);
  return data;
}

function layout(
  data: NormalizedData,
  {
    labelWidth = () => 0,
    geometry = GEOMETRY,
  }: { labelWidth?: (e: NormalizedEvent) => number; geometry?: LaneGeometry } = {},
) {
  return assignLanes(data.events, data.categories, { x, width: WIDTH, openStartMs: FROM, labelWidth, geometry });
}

const ids = (placed: readonly PlacedEvent[]) => placed.map((p) => p.event.id);

/** The horizontal box an item takes in its row: its mark and its label, in px. */
function box(p: PlacedEvent, w: number): [number, number] {
  const x0 = x(p.fromMs);
  const lx = labelLeft(x0, w, WIDTH);
  return [Math.min(x0, lx), Math.max(x(p.toMs), lx + w)];
}

describe('assignLanes', () => {
  it('should make one lane per category with dated events, in category order', () => {
    const data = normalize({
      asOf: '2018-05',
      categories: [
        { id: 'empty', label: 'No events' },
        { id: 'b', label: 'B' },
        { id: 'undated-only', label: 'Only undated' },
        { id: 'a', label: 'A' },
      ],
      events: [
        { id: 'a1', title: 'A1', category: 'a', start: '2001' },
        { id: 'u1', title: 'U1', category: 'undated-only' },
        { id: 'b1', title: 'B1', category: 'b', start: '2005' },
        { id: 'c1', title: 'C1', category: 'c', end: '2010' },
        { id: 'a2', title: 'A2', category: 'a', start: '2003', end: 'ongoing' },
      ],
    });
    const { lanes, placed, height } = layout(data);
    expect(lanes.map((l) => l.category.id)).to.deep.equal(['b', 'a', 'c']);
    expect(lanes.map((l) => l.count)).to.deep.equal([1, 2, 1]);
    expect(lanes.map((l) => l.rows)).to.deep.equal([1, 1, 1]);
    const laneHeight = GEOMETRY.header + GEOMETRY.row + GEOMETRY.padding;
    expect(lanes.map((l) => l.y)).to.deep.equal([0, laneHeight, 2 * laneHeight]);
    expect(lanes.map((l) => l.height)).to.deep.equal([laneHeight, laneHeight, laneHeight]);
    expect(height).to.equal(3 * laneHeight);
    expect(ids(placed)).to.not.include('u1');
    expect(placed).to.have.length(4);
  });

  it('should return no lanes for no dated events', () => {
    const empty = layout(normalize([{ id: 'u', title: 'U', category: 'c' }]));
    expect(empty.lanes).to.deep.equal([]);
    expect(empty.placed).to.deep.equal([]);
    expect(empty.height).to.equal(0);
  });

  it('should place each event in its category\u2019s lane, at the top of its row', () => {
    const data = normalize([
      { id: 'a', title: 'A', category: 'one', start: '2000', end: '2010' },
      { id: 'b', title: 'B', category: 'one', start: '2005' },
      { id: 'c', title: 'C', category: 'two', start: '2001' },
    ]);
    const { lanes, placed } = layout(data);
    const by = new Map(placed.map((p) => [p.event.id, p]));
    expect([by.get('a')!.lane, by.get('a')!.row]).to.deep.equal([0, 0]);
    expect([by.get('b')!.lane, by.get('b')!.row]).to.deep.equal([0, 1]);
    expect([by.get('c')!.lane, by.get('c')!.row]).to.deep.equal([1, 0]);
    expect(lanes[0].rows).to.equal(2);
    expect(by.get('a')!.y).to.equal(GEOMETRY.header);
    expect(by.get('b')!.y).to.equal(GEOMETRY.header + GEOMETRY.row);
    expect(by.get('c')!.y).to.equal(lanes[1].y + GEOMETRY.header);
    expect(lanes[1].y).to.equal(GEOMETRY.header + 2 * GEOMETRY.row + GEOMETRY.padding);
  });

  it('should draw an event over its whole interval, an unknown start from openStartMs', () => {
    const data = normalize([
      { id: 'until', title: 'U', category: 'c', end: '2012-12' },
      { id: 'point', title: 'P', category: 'c', start: '2013-01-01' },
    ]);
    const { placed } = layout(data);
    expect(placed.map((p) => [p.event.id, p.fromMs, p.toMs])).to.deep.equal([
      ['until', FROM, Date.UTC(2013, 0, 1)],
      ['point', Date.UTC(2013, 0, 1), Date.UTC(2013, 0, 2)],
    ]);
  });

  it('should share a row between marks whose boxes stay a gap apart', () => {
    const data = normalize([
      { id: 'a', title: 'A', category: 'c', start: '2000' },
      { id: 'b', title: 'B', category: 'c', start: '2003' },
    ]);
    const { placed, lanes } = layout(data, { labelWidth: () => YEAR_PX });
    expect(placed.map((p) => p.row)).to.deep.equal([0, 0]);
    expect(lanes[0].rows).to.equal(1);
  });

  it('should count the label: marks apart but labels colliding go to two rows', () => {
    const data = normalize([
      { id: 'a', title: 'A', category: 'c', start: '2000' },
      { id: 'b', title: 'B', category: 'c', start: '2003' },
    ]);
    expect(layout(data, { labelWidth: () => 0 }).placed.map((p) => p.row)).to.deep.equal([0, 0]);
    expect(layout(data, { labelWidth: () => 3 * YEAR_PX }).placed.map((p) => p.row)).to.deep.equal([0, 1]);
  });

  it('should keep the gap between the items of a row', () => {
    const data = normalize([
      { id: 'a', title: 'A', category: 'c', start: '2000' },
      { id: 'b', title: 'B', category: 'c', start: '2001' },
    ]);
    const geometry = { ...GEOMETRY, gap: 0 };
    expect(layout(data, { geometry }).placed.map((p) => p.row)).to.deep.equal([0, 0]);
    expect(layout(data, { geometry: { ...geometry, gap: 1 } }).placed.map((p) => p.row)).to.deep.equal([0, 1]);
  });

  it('should keep an ongoing event’s fading tail clear of the next item in its row', () => {
    const data = normalize([
      { id: 'a', title: 'A', category: 'c', start: '2010', end: 'ongoing' }, // to asOf, June 2020
      { id: 'b', title: 'B', category: 'c', start: '2021' }, // half a year (16 px) after asOf
    ]);
    const [a, b] = layout(data).placed;
    expect(x(b.fromMs) - x(a.toMs)).to.be.above(GEOMETRY.gap);
    expect([a.row, b.row]).to.deep.equal([0, 1]);
  });

  it('should reuse a freed row before opening a new one', () => {
    const data = normalize([
      { id: 'long', title: 'L', category: 'c', start: '2000', end: '2010' },
      { id: 'short', title: 'S', category: 'c', start: '2001' },
      { id: 'later', title: 'T', category: 'c', start: '2004' },
    ]);
    const { placed, lanes } = layout(data);
    expect(placed.map((p) => [p.event.id, p.row])).to.deep.equal([
      ['long', 0],
      ['short', 1],
      ['later', 1],
    ]);
    expect(lanes[0].rows).to.equal(2);
  });

  it('should not grow a lane beyond maxRows, and still place every event', () => {
    const events = Array.from({ length: 20 }, (_, i) => ({
      id: `e${i}`,
      title: `E${i}`,
      category: 'c',
      start: '2000',
      end: `${2001 + i}`,
    }));
    const { lanes, placed, height } = layout(normalize(events), { geometry: { ...GEOMETRY, maxRows: 3 } });
    expect(lanes[0].rows).to.equal(3);
    expect(lanes[0].count).to.equal(20);
    expect(placed).to.have.length(20);
    expect(new Set(placed.map((p) => p.row))).to.deep.equal(new Set([0, 1, 2]));
    expect(height).to.equal(GEOMETRY.header + 3 * GEOMETRY.row + GEOMETRY.padding);
  });

  it('should default to its documented geometry', () => {
    const data = normalize([{ id: 'a', title: 'A', category: 'c', start: '2000' }]);
    const { lanes } = assignLanes(data.events, data.categories, {
      x,
      width: WIDTH,
      openStartMs: FROM,
      labelWidth: () => 10,
    });
    expect(lanes[0].height).to.equal(DEFAULT_GEOMETRY.header + DEFAULT_GEOMETRY.row + DEFAULT_GEOMETRY.padding);
  });

  describe('on a few hundred seeded random events', () => {
    for (const seed of [1, 42, 2018]) {
      const random = seededRandom(seed);
      const records: TimelineEvent[] = [];
      for (let i = 0; i < 300; i++) {
        const a = randomDate(random);
        const b = randomDate(random);
        const [start, end] = a <= b ? [a, b] : [b, a];
        const kind = random();
        records.push({
          id: `e${i}`,
          title: `Event ${i}`,
          category: `c${randomInt(random, 0, 4)}`,
          ...(kind < 0.05
            ? {}
            : kind < 0.15
              ? { end }
              : kind < 0.5
                ? { start }
                : kind < 0.6
                  ? { start, end: 'ongoing' }
                  : { start, end }),
        });
      }
      const data = normalize(records);
      const widths = new Map(data.events.map((e) => [e.id, randomInt(random, 0, 150)]));
      const labelWidth = (e: NormalizedEvent) => widths.get(e.id)!;
      const result = layout(data, { labelWidth });

      it(`should place every dated event once (seed ${seed})`, () => {
        const dated = data.events.filter((e) => e.kind !== 'undated').map((e) => e.id);
        expect(dated.length).to.be.above(250);
        expect(ids(result.placed)).to.have.members(dated);
        expect(result.lanes.reduce((n, l) => n + l.count, 0)).to.equal(dated.length);
      });

      it(`should sort placed events by fromMs (seed ${seed})`, () => {
        for (let i = 1; i < result.placed.length; i++) {
          expect(result.placed[i].fromMs).to.be.at.least(result.placed[i - 1].fromMs);
        }
      });

      it(`should never let two items of a row overlap, labels and gap included (seed ${seed})`, () => {
        const rows = new Map<string, [number, number][]>();
        for (const p of result.placed) {
          const key = `${p.lane}/${p.row}`;
          if (!rows.has(key)) rows.set(key, []);
          rows.get(key)!.push(box(p, labelWidth(p.event)));
        }
        expect(rows.size).to.be.above(result.lanes.length);
        let pairs = 0;
        for (const boxes of rows.values()) {
          boxes.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < boxes.length; i++, pairs++) {
            expect(boxes[i][0], 'next item starts a gap after the previous one ends').to.be.at.least(
              boxes[i - 1][1] + GEOMETRY.gap,
            );
          }
        }
        expect(pairs).to.be.above(50);
      });

      it(`should open a row only when every lower row is taken (seed ${seed})`, () => {
        for (const p of result.placed) {
          const [left] = box(p, labelWidth(p.event));
          for (let row = 0; row < p.row; row++) {
            const blocked = result.placed.some(
              (q) =>
                q !== p &&
                q.lane === p.lane &&
                q.row === row &&
                q.fromMs <= p.fromMs &&
                box(q, labelWidth(q.event))[1] + GEOMETRY.gap > left,
            );
            expect(blocked, `${p.event.id} could have gone into row ${row}`).to.equal(true);
          }
        }
      });

      it(`should give each lane the rows its events use, and stack the lanes (seed ${seed})`, () => {
        let y = 0;
        result.lanes.forEach((lane, i) => {
          const rows = result.placed.filter((p) => p.lane === i).map((p) => p.row);
          expect(lane.rows).to.equal(Math.max(...rows) + 1);
          expect(lane.y).to.equal(y);
          y += lane.height;
        });
        expect(result.height).to.equal(y);
        for (const p of result.placed) {
          expect(p.y).to.equal(result.lanes[p.lane].y + GEOMETRY.header + p.row * GEOMETRY.row);
        }
      });

      it(`should respect a small maxRows (seed ${seed})`, () => {
        const tight = layout(data, { labelWidth, geometry: { ...GEOMETRY, maxRows: 2 } });
        expect(tight.placed).to.have.length(result.placed.length);
        for (const lane of tight.lanes) expect(lane.rows).to.be.at.most(2);
        for (const p of tight.placed) expect(p.row).to.be.within(0, 1);
      });

      it(`should pack some categories from the whole data's order as it would sort them (seed ${seed})`, () => {
        const some = data.categories.filter((_, i) => i % 2 === 1);
        expect(some.length).to.be.above(1);
        const options = { x, width: WIDTH, openStartMs: FROM, labelWidth, geometry: { ...GEOMETRY, maxRows: 3 } };
        const order = packingOrder(data.events, data.categories, FROM);
        const given = assignLanes(data.events, some, { ...options, order });
        const sorted = assignLanes(data.events, some, options);
        expect(given.placed.length).to.be.above(50);
        expect(given).to.deep.equal(sorted);
      });
    }
  });
});
