import { expect } from '@open-wc/testing';
import { countByCategory, datedSummary, undatedShown } from '../../src/layout/counts.js';
import { normalizeData } from '../../src/model/validate.js';

const { events } = normalizeData({
  asOf: '2018-05',
  events: [
    { id: 'p', title: 'Point 2008', category: 'a', start: '2008' },
    { id: 's', title: 'Span 2010–2012', category: 'a', start: '2010-03', end: '2012' },
    { id: 'o', title: 'Until 2005', category: 'b', end: '2005-06' },
    { id: 'g', title: 'Since 2016', category: 'b', start: '2016', end: 'ongoing' },
    { id: 'u', title: 'Undated', category: 'c' },
  ],
});
const year = (y: number) => Date.UTC(y, 0, 1);

describe('countByCategory', () => {
  it('should count every event without a window', () => {
    expect([...countByCategory(events)]).to.deep.equal([
      ['a', 2],
      ['b', 2],
      ['c', 1],
    ]);
  });

  it('should count dated events whose interval meets the window, and undated ones always', () => {
    const in2011 = countByCategory(events, { fromMs: year(2011), toMs: year(2012) });
    expect(Object.fromEntries(in2011)).to.deep.equal({ a: 1, c: 1 });
    const in2008 = countByCategory(events, { fromMs: year(2008), toMs: year(2009) });
    expect(Object.fromEntries(in2008)).to.deep.equal({ a: 1, c: 1 });
  });

  it('should treat the window end as exclusive and the event end as exclusive', () => {
    // 2008 ends where 2009 begins: no overlap either side.
    expect(countByCategory(events, { fromMs: year(2009), toMs: year(2010) }).get('a')).to.be.undefined;
    expect(countByCategory(events, { fromMs: year(2007), toMs: year(2008) }).get('a')).to.be.undefined;
  });

  it('should count an unknown start in any window before its end, and ongoing up to asOf', () => {
    expect(countByCategory(events, { fromMs: year(1990), toMs: year(1991) }).get('b')).to.equal(1);
    expect(countByCategory(events, { fromMs: Date.UTC(2005, 6, 1), toMs: year(2006) }).get('b')).to.be.undefined;
    expect(countByCategory(events, { fromMs: year(2018), toMs: year(2019) }).get('b')).to.equal(1);
    expect(countByCategory(events, { fromMs: Date.UTC(2018, 5, 1), toMs: year(2019) }).get('b')).to.be.undefined;
  });
});

describe('datedSummary', () => {
  it('should count the dated events and name the whole years they cover', () => {
    expect(datedSummary(events)).to.deep.equal({ count: 4, span: { fromMs: year(2005), toMs: year(2019) } });
  });

  it('should count none, with no years, when every event is undated', () => {
    expect(datedSummary(events.filter((e) => e.kind === 'undated'))).to.deep.equal({ count: 0, span: undefined });
  });
});

describe('undatedShown', () => {
  const { events: mixed, categories } = normalizeData({
    categories: [{ id: 'x' }, { id: 'y' }, { id: 'z' }],
    events: [
      { id: 'z1', title: 'Z1', category: 'z' },
      { id: 'y1', title: 'Y1', category: 'y' },
      { id: 'd', title: 'Dated', category: 'x', start: '2001' },
      { id: 'x1', title: 'X1', category: 'x' },
      { id: 'z2', title: 'Z2', category: 'z' },
    ],
  });

  it('should list the undated events of shown categories, in category order', () => {
    const ids = undatedShown({ events: mixed, categories }, (id) => id !== 'y').map((e) => e.id);
    expect(ids).to.deep.equal(['x1', 'z1', 'z2']);
  });
});
