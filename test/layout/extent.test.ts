import { expect } from '@open-wc/testing';
import { dataExtent } from '../../src/layout/extent.js';
import { normalizeData } from '../../src/model/validate.js';
import type { NormalizedEvent, TimelineEvent } from '../../src/model/types.js';
import { cocirTimeline } from '../../data/events.js';

function events(records: TimelineEvent[], asOf = '2018-05'): readonly NormalizedEvent[] {
  const data = normalizeData({ asOf, events: records });
  expect(data.issues, 'test data is valid').to.deep.equal([]);
  return data.events;
}

const iso = (extent: { fromMs: number; toMs: number } | undefined) =>
  extent && [new Date(extent.fromMs).toISOString(), new Date(extent.toMs).toISOString()];

describe('dataExtent', () => {
  it('should cover whole years around the events, with a year of margin by default', () => {
    const e = events([
      { id: 'a', title: 'A', category: 'c', start: '2005-03-15' },
      { id: 'b', title: 'B', category: 'c', start: '2010-05', end: '2012-07' },
    ]);
    expect(iso(dataExtent(e))).to.deep.equal(['2004-01-01T00:00:00.000Z', '2014-01-01T00:00:00.000Z']);
    expect(dataExtent(e)).to.deep.equal({ fromMs: Date.UTC(2004, 0, 1), toMs: Date.UTC(2014, 0, 1) });
  });

  it('should take the margin it is given', () => {
    const e = events([{ id: 'a', title: 'A', category: 'c', start: '2005-03-15', end: '2012-07' }]);
    expect(dataExtent(e, 0)).to.deep.equal({ fromMs: Date.UTC(2005, 0, 1), toMs: Date.UTC(2013, 0, 1) });
    expect(dataExtent(e, 2)).to.deep.equal({ fromMs: Date.UTC(2003, 0, 1), toMs: Date.UTC(2015, 0, 1) });
  });

  it('should not add a year when an event ends on a year boundary', () => {
    const e = events([{ id: 'a', title: 'A', category: 'c', start: '2012' }]);
    expect(dataExtent(e, 0)).to.deep.equal({ fromMs: Date.UTC(2012, 0, 1), toMs: Date.UTC(2013, 0, 1) });
    expect(dataExtent(e)).to.deep.equal({ fromMs: Date.UTC(2011, 0, 1), toMs: Date.UTC(2014, 0, 1) });
  });

  it('should run to asOf for ongoing events', () => {
    const e = events([{ id: 'a', title: 'A', category: 'c', start: '2005', end: 'ongoing' }], '2018-05');
    expect(dataExtent(e)).to.deep.equal({ fromMs: Date.UTC(2004, 0, 1), toMs: Date.UTC(2020, 0, 1) });
  });

  it('should ignore undated events', () => {
    const e = events([
      { id: 'u', title: 'U', category: 'c' },
      { id: 'a', title: 'A', category: 'c', start: '2008-04' },
    ]);
    expect(dataExtent(e, 0)).to.deep.equal({ fromMs: Date.UTC(2008, 0, 1), toMs: Date.UTC(2009, 0, 1) });
  });

  it('should be undefined for only undated events, or none', () => {
    expect(dataExtent(events([{ id: 'u', title: 'U', category: 'c' }]))).to.equal(undefined);
    expect(dataExtent([])).to.equal(undefined);
  });

  it('should cover the known end of an event whose start is unknown', () => {
    const until = { id: 'until', title: 'U', category: 'c', end: '2012-12' };
    expect(dataExtent(events([until]), 0)).to.deep.equal({ fromMs: Date.UTC(2012, 0, 1), toMs: Date.UTC(2013, 0, 1) });
    expect(dataExtent(events([until]))).to.deep.equal({ fromMs: Date.UTC(2011, 0, 1), toMs: Date.UTC(2014, 0, 1) });
    // Its end (31 December 2012) stays inside the extent even when it is the data's earliest point.
    const withNext = events([until, { id: 'next', title: 'N', category: 'c', start: '2013-01-01' }]);
    expect(dataExtent(withNext, 0)).to.deep.equal({ fromMs: Date.UTC(2012, 0, 1), toMs: Date.UTC(2014, 0, 1) });
  });

  it('should fit the COCIR data (2000 to the 2019 end of the DITTA chair) in 1999–2020', () => {
    const data = normalizeData(cocirTimeline);
    expect(iso(dataExtent(data.events))).to.deep.equal(['1999-01-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z']);
  });
});
