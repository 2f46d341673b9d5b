import { expect } from '@open-wc/testing';
import { labelLeft, placeLabels } from '../../src/layout/labels.js';
import type { PlacedEvent } from '../../src/layout/lanes.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { randomInt, seededRandom } from './random.js';

/** A placed mark; times are px here, through an identity scale unless a test zooms. */
function mark(id: string, fromMs: number, toMs: number, row = 0, lane = 0): PlacedEvent {
  return { event: { id } as NormalizedEvent, lane, row, y: 0, fromMs, toMs };
}
const identity = (ms: number) => ms;
const place = (marks: PlacedEvent[], width: number, gap: number, w: number | ((p: PlacedEvent) => number)) =>
  Array.from(placeLabels(marks, identity, typeof w === 'number' ? () => w : w, { width, gap }));

describe('labels', () => {
  describe('labelLeft', () => {
    it('should stand a label at its mark\u2019s start inside the view', () => {
      expect(labelLeft(100, 50, 400)).to.equal(100);
      expect(labelLeft(0, 50, 400)).to.equal(0);
    });

    it('should move in the label of a span begun before the view', () => {
      expect(labelLeft(-250, 50, 400)).to.equal(0);
    });

    it('should move in a label near the right edge, keeping 4 px of room', () => {
      expect(labelLeft(390, 50, 400)).to.equal(346);
      expect(labelLeft(346, 50, 400)).to.equal(346);
      expect(labelLeft(345, 50, 400)).to.equal(345);
    });
  });

  describe('placeLabels', () => {
    it('should hide a label that would run into the next mark of its row', () => {
      expect(place([mark('a', 0, 10), mark('b', 50, 60)], 400, 8, 80)).to.deep.equal([NaN, 50]);
    });

    it('should show a label that ends a gap before the next mark, and no wider', () => {
      expect(place([mark('a', 0, 10), mark('b', 50, 60)], 400, 8, 42)).to.deep.equal([0, 50]);
      expect(place([mark('a', 0, 10), mark('b', 50, 60)], 400, 8, 43)).to.deep.equal([NaN, 50]);
    });

    it('should let labels of other rows and lanes overlap', () => {
      expect(place([mark('a', 0, 10, 0), mark('b', 50, 60, 1)], 400, 8, 80)).to.deep.equal([0, 50]);
      expect(place([mark('a', 0, 10, 0, 0), mark('b', 50, 60, 0, 1)], 400, 8, 80)).to.deep.equal([0, 50]);
    });

    it('should hide a label that would start on the previous mark of its row', () => {
      // A long span, then a mark near the right edge whose label is moved in onto the span.
      const marks = [mark('span', 0, 300), mark('b', 350, 352)];
      expect(place(marks, 400, 8, 100)).to.deep.equal([0, NaN]);
      expect(place(marks, 600, 8, 100)).to.deep.equal([0, 350]);
    });

    it('should hide a label that would start on the previous label of its row', () => {
      // b's label is moved in to 296 (400 − 100 − 4); a's label ends at 200 + wa, plus the gap.
      const marks = [mark('a', 200, 202), mark('b', 380, 382)];
      const widths = (wa: number) => (p: PlacedEvent) => (p.event.id === 'a' ? wa : 100);
      expect(place(marks, 400, 8, widths(90))).to.deep.equal([200, NaN]);
      expect(place(marks, 400, 8, widths(88))).to.deep.equal([200, 296]);
    });

    it('should keep the label of a span begun before the view at the left edge', () => {
      expect(place([mark('span', -200, 300)], 400, 8, 120)).to.deep.equal([0]);
    });

    it('should keep a label near the right edge inside the view', () => {
      const [left] = place([mark('a', 395, 399)], 400, 8, 100);
      expect(left).to.equal(296);
      expect(left + 100).to.be.at.most(400);
    });

    it('should hide a label wider than the view', () => {
      expect(place([mark('a', 10, 20)], 320, 8, 400)).to.deep.equal([NaN]);
      expect(place([mark('a', 10, 20)], 320, 8, 300)).to.deep.equal([10]);
    });

    it('should return nothing for no marks', () => {
      expect(placeLabels([], identity, () => 10, { width: 400, gap: 8 })).to.have.length(0);
    });

    for (const seed of [3, 17, 2024]) {
      it(`should keep shown labels inside the view and off other items of their row (seed ${seed})`, () => {
        const random = seededRandom(seed);
        const width = 600;
        const gap = 6;
        // Rows of non-overlapping marks, as assignLanes packs them, over [0, 10 000) ms.
        const all: PlacedEvent[] = [];
        for (let lane = 0; lane < 3; lane++) {
          for (let row = 0; row < 4; row++) {
            let t = randomInt(random, -2_000, 0);
            while (t < 12_000) {
              const length = random() < 0.15 ? randomInt(random, 500, 3_000) : randomInt(random, 1, 60);
              all.push(mark(`${lane}/${row}/${t}`, t, t + length, row, lane));
              t += length + randomInt(random, 5, 400);
            }
          }
        }
        all.sort((a, b) => a.fromMs - b.fromMs);
        const widths = new Map(all.map((p) => [p, randomInt(random, 20, 700)]));
        const labelWidth = (p: PlacedEvent) => widths.get(p)!;
        let shown = 0;
        let hidden = 0;
        for (let v = 0; v < 20; v++) {
          const from = randomInt(random, 0, 9_000);
          const to = from + randomInt(random, 100, 10_000);
          const x = (ms: number) => ((ms - from) / (to - from)) * width;
          const visible = all.filter((p) => p.fromMs < to && p.toMs > from);
          const lefts = placeLabels(visible, x, labelWidth, { width, gap });
          expect(lefts).to.have.length(visible.length);
          visible.forEach((p, i) => {
            const left = lefts[i];
            if (Number.isNaN(left)) return void hidden++;
            shown++;
            const right = left + labelWidth(p);
            expect(left, 'label starts inside the view').to.be.at.least(0);
            expect(right, 'label ends inside the view').to.be.at.most(width);
            visible.forEach((q, j) => {
              if (j === i || q.lane !== p.lane || q.row !== p.row) return;
              const [m0, m1] = [x(q.fromMs), x(q.toMs)];
              expect(right + gap <= m0 || left >= m1 + gap, `label of ${p.event.id} on mark ${q.event.id}`).to.equal(
                true,
              );
              if (!Number.isNaN(lefts[j])) {
                const [l0, l1] = [lefts[j], lefts[j] + labelWidth(q)];
                expect(right + gap <= l0 || left >= l1 + gap, `labels ${p.event.id}, ${q.event.id}`).to.equal(true);
              }
            });
          });
        }
        expect(shown, 'some labels shown').to.be.above(50);
        expect(hidden, 'some labels hidden').to.be.above(50);
      });
    }
  });
});
