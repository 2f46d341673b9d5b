import { expect } from '@open-wc/testing';
import { TimeIndex } from '../../src/layout/time-index.js';
import { assignLanes, type PlacedEvent } from '../../src/layout/lanes.js';
import { normalizeData } from '../../src/model/validate.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { cocirTimeline } from '../../data/events.js';
import { randomInt, seededRandom } from './random.js';

const DAY = 86_400_000;

function item(id: string, fromMs: number, toMs: number): PlacedEvent {
  return { event: { id } as NormalizedEvent, lane: 0, row: 0, y: 0, fromMs, toMs };
}

function sorted(items: PlacedEvent[]): PlacedEvent[] {
  return [...items].sort((a, b) => a.fromMs - b.fromMs);
}

/** What the index must return: every item whose interval meets [from, to), in the given order. */
const bruteForce = (items: readonly PlacedEvent[], from: number, to: number) =>
  items.filter((p) => p.fromMs < to && p.toMs > from).map((p) => p.event.id);

const query = (index: TimeIndex, from: number, to: number) => index.query(from, to).map((p) => p.event.id);

describe('TimeIndex', () => {
  const items = sorted([
    item('long', 0, 100 * DAY),
    item('early', 1 * DAY, 2 * DAY),
    item('middle', 40 * DAY, 41 * DAY),
    item('late', 90 * DAY, 120 * DAY),
  ]);
  const index = new TimeIndex(items);

  it('should find a long span begun well before the window', () => {
    expect(query(index, 50 * DAY, 60 * DAY)).to.deep.equal(['long']);
  });

  it('should return the meeting items in start order', () => {
    expect(query(index, 0, 200 * DAY)).to.deep.equal(['long', 'early', 'middle', 'late']);
    expect(query(index, 35 * DAY, 95 * DAY)).to.deep.equal(['long', 'middle', 'late']);
  });

  it('should treat intervals as half-open at both ends', () => {
    // `early` ends exactly where the window starts; `late` starts exactly where it ends.
    expect(query(index, 2 * DAY, 90 * DAY)).to.deep.equal(['long', 'middle']);
    expect(query(index, 2 * DAY - 1, 90 * DAY + 1)).to.deep.equal(['long', 'early', 'middle', 'late']);
  });

  it('should return nothing outside every item', () => {
    expect(query(index, 121 * DAY, 130 * DAY)).to.deep.equal([]);
    expect(query(index, -10 * DAY, 0)).to.deep.equal([]);
  });

  it('should handle no items', () => {
    expect(new TimeIndex([]).query(-Infinity, Infinity)).to.deep.equal([]);
  });

  it('should return the placed objects themselves', () => {
    expect(index.query(40 * DAY, 40 * DAY + 1)).to.deep.equal([items[0], items[2]]);
    expect(index.query(40 * DAY, 40 * DAY + 1)[1]).to.equal(items[2]);
  });

  for (const seed of [7, 99, 123456]) {
    it(`should equal a brute-force filter on random items and windows (seed ${seed})`, () => {
      const random = seededRandom(seed);
      const all: PlacedEvent[] = [];
      for (let i = 0; i < 400; i++) {
        const from = randomInt(random, 0, 10_000);
        // Mostly short items, some very long spans (which begin long before most windows).
        const length = random() < 0.1 ? randomInt(random, 2_000, 10_000) : randomInt(random, 1, 200);
        all.push(item(`e${i}`, from, from + length));
      }
      const placed = sorted(all);
      const index = new TimeIndex(placed);
      let found = 0;
      for (let q = 0; q < 300; q++) {
        const from = randomInt(random, -500, 10_500);
        const to = from + (random() < 0.2 ? randomInt(random, 0, 3) : randomInt(random, 1, 2_000));
        const expected = bruteForce(placed, from, to);
        expect(query(index, from, to), `window [${from}, ${to})`).to.deep.equal(expected);
        found += expected.length;
      }
      expect(found).to.be.above(1000);
    });
  }

  it('should query the laid-out COCIR data by year', () => {
    const data = normalizeData(cocirTimeline);
    const openStartMs = Date.UTC(1999, 0, 1);
    const { placed } = assignLanes(data.events, data.categories, {
      x: (ms) => ms / DAY,
      width: 10_000,
      openStartMs,
      labelWidth: () => 0,
    });
    const index = new TimeIndex(placed);
    const year2012 = query(index, Date.UTC(2012, 0, 1), Date.UTC(2013, 0, 1));
    expect(year2012).to.have.members([
      'ghtf-membership',
      'cenelec-bt',
      'ihe-in-europe',
      'himss-cooperation',
      'iec-tc62-liaison',
      'biac-membership',
      'biac-health-chair',
      'eunethta-forum',
      'ditta-founded',
    ]);
    expect(query(index, Date.UTC(2018, 4, 25), Date.UTC(2018, 4, 26))).to.include('ific-utrecht-2018');
    expect(query(index, Date.UTC(2018, 4, 26), Date.UTC(2018, 4, 27))).to.not.include('ific-utrecht-2018');
    expect(query(index, Date.UTC(2013, 0, 1), Date.UTC(2013, 0, 2))).to.not.include('ghtf-membership');
  });
});
