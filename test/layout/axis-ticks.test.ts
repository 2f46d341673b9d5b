import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { axisTicks, type AxisTicks } from '../../src/layout/axis-ticks.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();
/** A text 7 px per character: wide enough to stand for 12 px digits and short month names. */
const textWidth = (text: string) => text.length * 7;

/** The ticks of `from`–`to` over `width` px; `spanTextWidth`: the second row's own measure (bolder). */
function ticksFor(
  from: string,
  to: string,
  width: number,
  locale = 'en-GB',
  spanTextWidth?: (text: string) => number,
): AxisTicks {
  const x = scaleUtc()
    .domain([day(from), day(to)])
    .range([0, width]);
  return axisTicks((ms) => x(ms), [day(from), day(to)], { locale, width, textWidth, spanTextWidth });
}

const texts = (labels: readonly { text: string }[]) => labels.map((l) => l.text).filter(Boolean);

/** No two labels of a row meet (with the gap), and every label lies inside [0, width]. */
function assertClear({ ticks, spans }: AxisTicks, width: number, what: string) {
  for (const row of [ticks.filter((t) => t.text), spans]) {
    const boxes = row.map((l) => [l.left, l.left + textWidth(l.text)]).sort((a, b) => a[0] - b[0]);
    for (const [left, right] of boxes) {
      expect(left, what).to.be.at.least(0);
      expect(right, what).to.be.at.most(width);
    }
    for (let i = 1; i < boxes.length; i++) expect(boxes[i][0], what).to.be.at.least(boxes[i - 1][1]);
  }
}

describe('axisTicks', () => {
  it('should label every year when they fit, with no second row', () => {
    const { ticks, spans } = ticksFor('1999-01-01', '2021-01-01', 1600);
    expect(texts(ticks)).to.deep.equal(Array.from({ length: 22 }, (_, i) => String(1999 + i)));
    expect(ticks.every((t) => t.unit === 'year' && !t.major)).to.be.true;
    expect(spans).to.deep.equal([]);
  });

  it('should measure the second row with its own (bolder) width, and leave out what would not fit', () => {
    const plain = ticksFor('2013-06-01', '2013-08-01', 600);
    expect(texts(plain.spans)).to.deep.equal(['June 2013', 'July 2013']);
    // Much wider in bold: every second-row label still fits in the view by that width.
    const wide = (t: string) => t.length * 30;
    const bold = ticksFor('2013-06-01', '2013-08-01', 600, 'en-GB', wide);
    expect(texts(bold.spans)).to.not.deep.equal(texts(plain.spans));
    for (const l of bold.spans) expect(l.left + wide(l.text), l.text).to.be.at.most(600);
  });

  it('should leave out a second-row label that fits in regular but not at its drawn weight', () => {
    // July begins near the right edge: "July 2013" fits at 7 px a character, not at 8.
    const plain = ticksFor('2013-06-01', '2013-07-05', 600);
    const bold = ticksFor('2013-06-01', '2013-07-05', 600, 'en-GB', (t) => t.length * 8);
    expect(texts(plain.spans)).to.deep.equal(['June 2013', 'July 2013']);
    expect(texts(bold.spans)).to.deep.equal(['June 2013']);
    expect(texts(bold.ticks), 'the same ticks').to.deep.equal(texts(plain.ticks));
  });

  it('should label every 2, 5 or 10 years when single years do not fit', () => {
    expect(texts(ticksFor('1999-01-01', '2021-01-01', 800).ticks)).to.deep.equal(
      Array.from({ length: 11 }, (_, i) => String(2000 + 2 * i)),
    );
    expect(texts(ticksFor('1999-01-01', '2021-01-01', 320).ticks)).to.deep.equal(['2000', '2005', '2010', '2015']);
  });

  it('should label the months of a year under the year, the year starting a major tick', () => {
    const { ticks, spans } = ticksFor('2013-01-01', '2014-01-01', 1000);
    expect(texts(ticks)).to.deep.equal([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sept',
      'Oct',
      'Nov',
      'Dec',
    ]);
    const labelled = ticks.filter((t) => t.text);
    expect(labelled.map((t) => t.major)).to.deep.equal([true, ...Array(11).fill(false)]);
    expect(texts(spans)).to.deep.equal(['2013']);
    expect(spans[0]).to.include({ unit: 'year', fromMs: day('2013-01-01'), toMs: day('2014-01-01') });
    const march = labelled[2];
    expect(march).to.include({ unit: 'month', fromMs: day('2013-03-01'), toMs: day('2013-04-01') });
  });

  it('should fall back to quarters on a narrow year', () => {
    expect(texts(ticksFor('2013-01-01', '2014-01-01', 320).ticks)).to.deep.equal(['Jan', 'Apr', 'Jul', 'Oct']);
  });

  it('should label days of a month under the month and year', () => {
    const { ticks, spans } = ticksFor('2013-03-01', '2013-04-01', 1000);
    expect(texts(ticks)).to.have.length(31);
    expect(texts(ticks).slice(0, 3)).to.deep.equal(['1', '2', '3']);
    expect(texts(spans)).to.deep.equal(['March 2013']);
    const narrow = ticksFor('2013-03-01', '2013-04-01', 320);
    expect(texts(narrow.ticks)).to.deep.equal(['1', '8', '15', '22']);
  });

  it('should keep the label of the unit the view starts in at the left edge, while it fits', () => {
    const { spans } = ticksFor('2012-07-01', '2013-07-01', 1000);
    expect(texts(spans)).to.deep.equal(['2012', '2013']);
    expect(spans[0].left).to.equal(4);
    expect(spans[0].x).to.be.below(0);
    // Too close to the next year for its label: left out rather than overlapping.
    expect(texts(ticksFor('2012-12-20', '2013-12-20', 1000).spans)).to.deep.equal(['2013']);
  });

  it('should leave out a label that would run past the right edge, keeping its tick', () => {
    const { ticks } = ticksFor('2013-01-01', '2013-12-05', 1000);
    const dec = ticks.find((t) => t.fromMs === day('2013-12-01'))!;
    expect(dec.text).to.equal('');
  });

  it('should follow the locale', () => {
    expect(texts(ticksFor('2013-01-01', '2014-01-01', 1200, 'fr').ticks).slice(0, 2)).to.deep.equal(['janv.', 'févr.']);
    expect(texts(ticksFor('2013-03-01', '2013-04-01', 1000, 'de').spans)).to.deep.equal(['März 2013']);
    // Ticks stand on Gregorian years: a locale with another calendar (Thai: Buddhist) labels them so.
    expect(texts(ticksFor('2008-01-01', '2012-01-01', 1000, 'th').spans)).to.deep.equal([
      '2008',
      '2009',
      '2010',
      '2011',
    ]);
  });

  it('should never overlap labels, whatever the window and width', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const lo = day('1999-01-01');
    const hi = day('2021-01-01');
    for (let i = 0; i < 300; i++) {
      const width = Math.round(320 + random() * 1300);
      const span = 28 * 86_400_000 * Math.exp(random() * Math.log((hi - lo) / (28 * 86_400_000)));
      const from = lo + random() * (hi - lo - span);
      const x = scaleUtc()
        .domain([from, from + span])
        .range([0, width]);
      const result = axisTicks((ms) => x(ms), [from, from + span], { locale: 'en-GB', width, textWidth });
      const what = `${new Date(from).toISOString()} + ${Math.round(span / 86_400_000)} d at ${width} px`;
      expect(texts(result.ticks).length, what).to.be.at.least(1);
      assertClear(result, width, what);
    }
  });
});
