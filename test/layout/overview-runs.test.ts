import { expect } from '@open-wc/testing';
import type { PlacedEvent } from '../../src/layout/lanes.js';
import { overviewRuns, runsPath } from '../../src/layout/overview-runs.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { randomInt, seededRandom } from './random.js';

const x = (ms: number) => ms; // 1 ms = 1 px: the cases read in pixels
const OPTIONS = { x, rows: 3, minWidth: 2 };

/** A placed event of `category` drawn over [from, to) px, in `lane` and `row`. */
function placed(category: string, from: number, to: number, lane = 0, row = 0): PlacedEvent {
  const event = { id: `${category}-${from}-${to}-${lane}-${row}`, category } as NormalizedEvent;
  return { event, lane, row, y: 0, fromMs: from, toMs: to };
}

const byStart = (list: PlacedEvent[]) => list.sort((a, b) => a.fromMs - b.fromMs);

describe('overviewRuns', () => {
  it('should merge ticks that overlap or touch in a row, and keep apart those that do not', () => {
    const [a] = overviewRuns(
      byStart([placed('a', 0, 10), placed('a', 5, 12), placed('a', 12, 20), placed('a', 30, 40)]),
      OPTIONS,
    );
    expect(a.category).to.equal('a');
    expect(a.runs).to.deep.equal([[0, 20, 30, 40], [], []]);
  });

  it('should keep a span inside a longer one within the longer run', () => {
    const [a] = overviewRuns(byStart([placed('a', 0, 50), placed('a', 10, 20), placed('a', 60, 70)]), OPTIONS);
    expect(a.runs[0]).to.deep.equal([0, 50, 60, 70]);
  });

  it('should draw a tick at least minWidth wide', () => {
    const [a] = overviewRuns([placed('a', 10, 10.5), placed('a', 13, 13.1)], OPTIONS);
    expect(a.runs[0]).to.deep.equal([10, 12, 13, 15]);
  });

  it('should put an event in strip row (lane + row) % rows, and each category apart', () => {
    const runs = overviewRuns(
      byStart([placed('a', 0, 10, 0, 0), placed('a', 0, 10, 0, 1), placed('b', 5, 8, 1, 2), placed('a', 20, 30, 0, 4)]),
      OPTIONS,
    );
    expect(runs.map((r) => r.category)).to.deep.equal(['a', 'b']);
    expect(runs[0].runs).to.deep.equal([[0, 10], [0, 10, 20, 30], []]);
    expect(runs[1].runs).to.deep.equal([[5, 8], [], []]); // lane 1 + row 2 = 3 → strip row 0
  });

  it('should cover every tick, with disjoint runs bounded by the width, for many events', () => {
    const random = seededRandom(7);
    const width = 1200;
    const list: PlacedEvent[] = [];
    for (let i = 0; i < 20_000; i++) {
      const from = random() * width;
      const to = random() < 0.7 ? from + random() : from + random() * 200;
      list.push(placed(`c${randomInt(random, 0, 5)}`, from, to, randomInt(random, 0, 5), randomInt(random, 0, 11)));
    }
    byStart(list);
    const result = overviewRuns(list, OPTIONS);
    expect(result).to.have.length(6);
    let runs = 0;
    for (const { runs: rows } of result) {
      for (const row of rows) {
        runs += row.length / 2;
        // Each run is at least minWidth long and starts after the previous one ends: width / 2 + 1 at most.
        expect(row.length / 2).to.be.at.most(width / 2 + 1);
        for (let i = 2; i < row.length; i += 2) expect(row[i]).to.be.above(row[i - 1]);
      }
    }
    expect(runs).to.be.below(list.length / 4);
    const byCategory = new Map(result.map((r) => [r.category, r.runs]));
    for (const p of list) {
      const row = byCategory.get(p.event.category)![(p.lane + p.row) % OPTIONS.rows];
      const right = p.fromMs + Math.max(2, p.toMs - p.fromMs);
      let covered = false;
      for (let i = 0; i < row.length && !covered; i += 2) covered = row[i] <= p.fromMs && right <= row[i + 1];
      expect(covered, `${p.event.id} is drawn`).to.equal(true);
    }
  });
});

describe('runsPath', () => {
  it('should draw one rectangle per run, rows one pitch apart', () => {
    expect(runsPath([[1, 3.04, 10, 20], [], [5.56, 7]], 3, 3, 2)).to.equal('M1,3H3V5H1zM10,3H20V5H10zM5.6,9H7V11H5.6z');
  });

  it('should draw an empty path for no runs', () => {
    expect(runsPath([[], []], 0, 3, 2)).to.equal('');
  });
});
