import { expect } from '@open-wc/testing';
import {
  civilDateAt,
  civilYear,
  formatCivilDate,
  formatCivilRange,
  parseCivilDate,
  utcMs,
} from '../../src/model/civil-date.js';
import type { CivilDate } from '../../src/model/types.js';

/** Parses a date the test knows to be valid. */
function civil(text: string): CivilDate {
  const d = parseCivilDate(text);
  if (!d) throw new Error(`test date ${text} did not parse`);
  return d;
}

describe('civil-date', () => {
  describe('parseCivilDate', () => {
    it('should read YYYY as a whole year', () => {
      const d = civil('2008');
      expect(d.precision).to.equal('year');
      expect([d.year, d.month, d.day]).to.deep.equal([2008, 1, 1]);
      expect(d.startMs).to.equal(Date.UTC(2008, 0, 1));
      expect(d.endMs).to.equal(Date.UTC(2009, 0, 1));
      expect(d.text).to.equal('2008');
    });

    it('should read YYYY-MM as a whole month', () => {
      const d = civil('2008-04');
      expect(d.precision).to.equal('month');
      expect([d.year, d.month, d.day]).to.deep.equal([2008, 4, 1]);
      expect(d.startMs).to.equal(Date.UTC(2008, 3, 1));
      expect(d.endMs).to.equal(Date.UTC(2008, 4, 1));
    });

    it('should read YYYY-MM-DD as one UTC day', () => {
      const d = civil('2013-01-01');
      expect(d.precision).to.equal('day');
      expect([d.year, d.month, d.day]).to.deep.equal([2013, 1, 1]);
      expect(d.startMs).to.equal(Date.UTC(2013, 0, 1));
      expect(d.endMs).to.equal(Date.UTC(2013, 0, 2));
      expect(d.endMs - d.startMs).to.equal(86_400_000);
    });

    it('should roll a December month over into January of the next year', () => {
      const d = civil('2012-12');
      expect(d.startMs).to.equal(Date.UTC(2012, 11, 1));
      expect(d.endMs).to.equal(Date.UTC(2013, 0, 1));
    });

    it('should end 31 December at the start of the next year', () => {
      const d = civil('2012-12-31');
      expect(d.startMs).to.equal(Date.UTC(2012, 11, 31));
      expect(d.endMs).to.equal(Date.UTC(2013, 0, 1));
    });

    it('should end the 31st of a month at the first of the next month', () => {
      expect(civil('2018-05-31').endMs).to.equal(Date.UTC(2018, 5, 1));
      expect(civil('2018-01-31').endMs).to.equal(Date.UTC(2018, 1, 1));
    });

    it('should give February its length in leap and common years', () => {
      expect(civil('2012-02').endMs - civil('2012-02').startMs).to.equal(29 * 86_400_000);
      expect(civil('2013-02').endMs - civil('2013-02').startMs).to.equal(28 * 86_400_000);
      expect(civil('2012').endMs - civil('2012').startMs).to.equal(366 * 86_400_000);
      expect(civil('2013').endMs - civil('2013').startMs).to.equal(365 * 86_400_000);
    });

    it('should accept 29 February in leap years (2012, and 2000 as a 400-year)', () => {
      const d = civil('2012-02-29');
      expect(d.startMs).to.equal(Date.UTC(2012, 1, 29));
      expect(d.endMs).to.equal(Date.UTC(2012, 2, 1));
      expect(civil('2000-02-29').startMs).to.equal(Date.UTC(2000, 1, 29));
    });

    it('should refuse 29 February in common years (2013, and 1900 as a century)', () => {
      expect(parseCivilDate('2013-02-29')).to.equal(undefined);
      expect(parseCivilDate('1900-02-29')).to.equal(undefined);
    });

    for (const bad of [
      '2013-02-30',
      '2013-04-31',
      '2013-13',
      '2013-00',
      '2013-01-00',
      '2013-01-32',
      '2013-1-1',
      '2013-1',
      '13',
      '201',
      '20130',
      ' 2013',
      '2013 ',
      '2013\n',
      '2013-01-01T00:00',
      '2013-01-01Z',
      '2013/01/01',
      '01-01-2013',
      '-2013',
      '+2013',
      'ongoing',
      'May 2013',
      '',
    ]) {
      it(`should refuse ${JSON.stringify(bad)}`, () => {
        expect(parseCivilDate(bad)).to.equal(undefined);
      });
    }

    it('should keep years below 100 as they are (0050 is year 50, not 1950)', () => {
      const d = civil('0050');
      expect(d.year).to.equal(50);
      expect(new Date(d.startMs).getUTCFullYear()).to.equal(50);
      expect(new Date(d.endMs).getUTCFullYear()).to.equal(51);
      expect(d.startMs).to.be.below(Date.UTC(1000, 0, 1));
      const day = civil('0050-03-01');
      expect(new Date(day.startMs).toISOString()).to.equal('0050-03-01T00:00:00.000Z');
      expect(new Date(day.endMs).toISOString()).to.equal('0050-03-02T00:00:00.000Z');
    });

    it('should know the length of every month, leap years and years below 100 included', () => {
      // The calendar as UTC rolls it: the day after a month's last is the 1st of the next.
      for (const year of [4, 50, 100, 400, 1900, 2000, 2013, 2016]) {
        for (let month = 1; month <= 12; month++) {
          const last = new Date(utcMs(year, month, 0)).getUTCDate();
          const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
          expect(civil(`${ym}-${last}`).day, `${ym}-${last}`).to.equal(last);
          expect(parseCivilDate(`${ym}-${last + 1}`), `${ym}-${last + 1}`).to.equal(undefined);
        }
      }
    });

    it('should not depend on the viewer\u2019s clock (Kiritimati skipped 31 December 1994 locally)', () => {
      const d = civil('1994-12-31');
      expect(d.startMs).to.equal(Date.UTC(1994, 11, 31));
      expect(d.endMs).to.equal(Date.UTC(1995, 0, 1));
    });
  });

  describe('utcMs', () => {
    it('should equal Date.UTC from year 100 on and keep earlier years literal', () => {
      expect(utcMs(2013, 0, 1)).to.equal(Date.UTC(2013, 0, 1));
      expect(utcMs(2012, 1, 30)).to.equal(Date.UTC(2012, 2, 1));
      expect(new Date(utcMs(99, 11, 31)).toISOString()).to.equal('0099-12-31T00:00:00.000Z');
    });
  });

  describe('civilDateAt', () => {
    it('should give the UTC day that contains an instant', () => {
      const d = civilDateAt(Date.UTC(2013, 0, 1, 23, 59, 59, 999));
      expect(d.text).to.equal('2013-01-01');
      expect(d.precision).to.equal('day');
      expect(d.startMs).to.equal(Date.UTC(2013, 0, 1));
      expect(d.endMs).to.equal(Date.UTC(2013, 0, 2));
    });

    it('should move to the next day exactly at midnight UTC', () => {
      expect(civilDateAt(Date.UTC(2012, 11, 31, 23, 59, 59, 999)).text).to.equal('2012-12-31');
      expect(civilDateAt(Date.UTC(2013, 0, 1)).text).to.equal('2013-01-01');
    });

    it('should pad years below 1000', () => {
      expect(civilDateAt(utcMs(50, 2, 1) + 3_600_000).text).to.equal('0050-03-01');
    });
  });

  describe('civilYear', () => {
    it('should give the UTC year that contains an instant', () => {
      const y = civilYear(Date.UTC(2013, 6, 15, 12));
      expect(y.text).to.equal('2013');
      expect(y.precision).to.equal('year');
      expect(y.startMs).to.equal(Date.UTC(2013, 0, 1));
      expect(y.endMs).to.equal(Date.UTC(2014, 0, 1));
    });

    it('should put the last millisecond of a year in that year', () => {
      expect(civilYear(Date.UTC(2014, 0, 1) - 1).text).to.equal('2013');
      expect(civilYear(Date.UTC(2014, 0, 1)).text).to.equal('2014');
    });
  });

  describe('formatCivilDate', () => {
    it('should read each precision in en-GB', () => {
      expect(formatCivilDate(civil('2008'), 'en-GB')).to.equal('2008');
      expect(formatCivilDate(civil('2008-04'), 'en-GB')).to.equal('April 2008');
      expect(formatCivilDate(civil('2013-01-01'), 'en-GB')).to.equal('1 January 2013');
      expect(formatCivilDate(civil('2012-12-31'), 'en-GB')).to.equal('31 December 2012');
      expect(formatCivilDate(civil('2012-02-29'), 'en-GB')).to.equal('29 February 2012');
    });

    it('should follow the conventions of en-US, fr and de', () => {
      expect(formatCivilDate(civil('2013-01-01'), 'en-US')).to.equal('January 1, 2013');
      expect(formatCivilDate(civil('2013-01-01'), 'fr')).to.equal('1 janvier 2013');
      expect(formatCivilDate(civil('2008-04'), 'fr')).to.equal('avril 2008');
      expect(formatCivilDate(civil('2013-01-01'), 'de')).to.equal('1. Januar 2013');
      expect(formatCivilDate(civil('2008-04'), 'de')).to.equal('April 2008');
      expect(formatCivilDate(civil('2008'), 'de')).to.equal('2008');
    });

    it('should read the dates in the Gregorian calendar whatever the locale’s own (Thai: 2551, Japanese eras)', () => {
      expect(formatCivilDate(civil('2008'), 'th')).to.equal('2008');
      expect(formatCivilDate(civil('2008-04'), 'th')).to.match(/ 2008$/);
      expect(formatCivilDate(civil('2008'), 'ja-JP-u-ca-japanese')).to.equal('2008年');
    });
  });

  describe('formatCivilRange', () => {
    // Chromium's CLDR spaces the en dash of every English range ("23 – 25 May 2018"); the model
    // closes it up where one field differs on each side, and keeps it spaced where words differ.
    it('should close up a day range inside one month (en-GB: "23–25 May 2018")', () => {
      const text = formatCivilRange(civil('2018-05-23'), civil('2018-05-25'), 'en-GB');
      expect(text).to.equal('23\u201325 May 2018'); // an en dash, no spaces
    });

    it('should name both months of a day range across a month', () => {
      expect(formatCivilRange(civil('2018-05-30'), civil('2018-06-02'), 'en-GB')).to.equal('30 May – 2 June 2018');
    });

    it('should read year and month ranges inclusive of their last year or month', () => {
      expect(formatCivilRange(civil('2017'), civil('2019'), 'en-GB')).to.equal('2017–2019');
      expect(formatCivilRange(civil('2010-05'), civil('2012-12'), 'en-GB')).to.equal('May 2010 – December 2012');
      expect(formatCivilRange(civil('2012-05'), civil('2012-12'), 'en-GB')).to.equal('May–December 2012');
    });

    it('should read a range that starts and ends on one day as that day', () => {
      expect(formatCivilRange(civil('2018-05-23'), civil('2018-05-23'), 'en-GB')).to.equal('23 May 2018');
      expect(formatCivilRange(civil('2012'), civil('2012'), 'en-GB')).to.equal('2012');
    });

    it('should give each end its own precision when they differ', () => {
      expect(formatCivilRange(civil('2010-05'), civil('2012'), 'en-GB')).to.equal('May 2010 – 2012');
      expect(formatCivilRange(civil('2010'), civil('2012-12-31'), 'en-GB')).to.equal('2010 – 31 December 2012');
    });

    it('should follow fr, de and en-US range conventions', () => {
      expect(formatCivilRange(civil('2018-05-23'), civil('2018-05-25'), 'fr')).to.equal('23–25 mai 2018');
      expect(formatCivilRange(civil('2018-05-23'), civil('2018-05-25'), 'de')).to.equal('23.–25. Mai 2018');
      expect(formatCivilRange(civil('2018-05-23'), civil('2018-05-25'), 'en-US')).to.equal('May 23–25, 2018');
    });
  });
});
