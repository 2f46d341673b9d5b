import { expect } from '@open-wc/testing';
import { eventName, formatEventDate } from '../../src/model/event-date.js';
import { normalizeData } from '../../src/model/validate.js';
import type { NormalizedEvent, TimelineEvent } from '../../src/model/types.js';

const RECORDS: TimelineEvent[] = [
  { id: 'point-year', title: 'DITTA founded', category: 'alliances', start: '2012' },
  { id: 'point-month', title: 'IHE Europe incorporated', category: 'ihe', start: '2008-04' },
  { id: 'point-day', title: 'IMDRF replaces GHTF', category: 'regulatory', start: '2013-01-01' },
  { id: 'span-days', title: 'IFIC conference', category: 'care', start: '2018-05-23', end: '2018-05-25' },
  { id: 'span-years', title: 'MITA chairs DITTA', category: 'alliances', start: '2017', end: '2019' },
  { id: 'span-mixed', title: 'Mixed', category: 'x', start: '2010-05', end: '2012' },
  { id: 'ongoing', title: 'IEC TC 62 liaison', category: 'standards', start: '2008', end: 'ongoing' },
  { id: 'ongoing-month', title: 'BIAC task force', category: 'oecd', start: '2010-05', end: 'ongoing' },
  { id: 'until', title: 'GHTF membership', category: 'regulatory', end: '2012-12' },
  { id: 'since-day', title: 'Coalition', category: 'x', start: '2013-01-15', end: 'ongoing' },
  { id: 'until-day', title: 'GHTF', category: 'x', end: '2012-12-31' },
  { id: 'until-ongoing', title: 'Always', category: 'x', end: 'ongoing' },
  { id: 'undated', title: 'AI4People', category: 'ai' },
];

describe('event-date', () => {
  let byId: Map<string, NormalizedEvent>;
  const event = (id: string): NormalizedEvent => {
    const e = byId.get(id);
    if (!e) throw new Error(`no event ${id}`);
    return e;
  };

  before(() => {
    const data = normalizeData({ asOf: '2018-05', events: RECORDS });
    expect(data.issues).to.deep.equal([]);
    byId = new Map(data.events.map((e) => [e.id, e]));
    expect(byId.size).to.equal(RECORDS.length);
  });

  describe('formatEventDate', () => {
    it('should read a point at its precision', () => {
      expect(formatEventDate(event('point-year'), 'en-GB')).to.equal('2012');
      expect(formatEventDate(event('point-month'), 'en-GB')).to.equal('April 2008');
      expect(formatEventDate(event('point-day'), 'en-GB')).to.equal('1 January 2013');
    });

    it('should read a span as a range, inclusive of its end', () => {
      expect(formatEventDate(event('span-days'), 'en-GB')).to.equal('23–25 May 2018');
      expect(formatEventDate(event('span-years'), 'en-GB')).to.equal('2017–2019');
      expect(formatEventDate(event('span-mixed'), 'en-GB')).to.equal('May 2010 – 2012');
    });

    it('should read an ongoing span as "since" its start', () => {
      expect(formatEventDate(event('ongoing'), 'en-GB')).to.equal('since 2008');
      expect(formatEventDate(event('ongoing-month'), 'en-GB')).to.equal('since May 2010');
    });

    it('should read an unknown start as "until" its end', () => {
      expect(formatEventDate(event('until'), 'en-GB')).to.equal('until December 2012');
    });

    it('should read an ongoing span of unknown start as "ongoing"', () => {
      expect(formatEventDate(event('until-ongoing'), 'en-GB')).to.equal('ongoing');
    });

    it('should read an undated event as "undated"', () => {
      expect(formatEventDate(event('undated'), 'en-GB')).to.equal('undated');
    });

    it('should use the words and date conventions of fr and de', () => {
      expect(formatEventDate(event('ongoing'), 'fr')).to.equal('depuis 2008');
      expect(formatEventDate(event('until'), 'fr')).to.equal('jusqu’en décembre 2012');
      expect(formatEventDate(event('undated'), 'fr')).to.equal('sans date');
      expect(formatEventDate(event('point-day'), 'fr')).to.equal('1 janvier 2013');
      expect(formatEventDate(event('ongoing-month'), 'de')).to.equal('seit Mai 2010');
      expect(formatEventDate(event('until'), 'de')).to.equal('bis Dezember 2012');
      expect(formatEventDate(event('span-days'), 'de')).to.equal('23.–25. Mai 2018');
    });

    it('should give a French day its article ("depuis le 15 janvier 2013", "jusqu’au 31 décembre 2012")', () => {
      expect(formatEventDate(event('since-day'), 'fr')).to.equal('depuis le 15 janvier 2013');
      expect(formatEventDate(event('until-day'), 'fr')).to.equal('jusqu’au 31 décembre 2012');
      expect(formatEventDate(event('since-day'), 'en-GB')).to.equal('since 15 January 2013');
    });

    it('should give a German day its article ("seit dem 15. Januar 2013", "bis zum 31. Dezember 2012")', () => {
      expect(formatEventDate(event('since-day'), 'de')).to.equal('seit dem 15. Januar 2013');
      expect(formatEventDate(event('until-day'), 'de')).to.equal('bis zum 31. Dezember 2012');
      expect(formatEventDate(event('until'), 'de')).to.equal('bis Dezember 2012');
    });

    it('should fall back to English words with the locale\u2019s own dates', () => {
      expect(formatEventDate(event('ongoing-month'), 'nl')).to.equal('since mei 2010');
      expect(formatEventDate(event('point-day'), 'en-US')).to.equal('January 1, 2013');
    });
  });

  describe('eventName', () => {
    it('should join the title and the date at precision', () => {
      expect(eventName(event('span-days'), 'en-GB')).to.equal('IFIC conference, 23–25 May 2018');
      expect(eventName(event('ongoing'), 'en-GB')).to.equal('IEC TC 62 liaison, since 2008');
      expect(eventName(event('until'), 'en-GB')).to.equal('GHTF membership, until December 2012');
      expect(eventName(event('undated'), 'en-GB')).to.equal('AI4People, undated');
      expect(eventName(event('point-month'), 'de')).to.equal('IHE Europe incorporated, April 2008');
    });
  });
});
