/**
 * Runs only in the zoned groups (see web-test-runner.config.mjs): the browser's clock is in
 * Pacific/Kiritimati (UTC+14) or Pacific/Honolulu (UTC−10), and civil dates must not move.
 */
import { expect } from '@open-wc/testing';
import {
  civilDateAt,
  civilYear,
  formatCivilDate,
  formatCivilRange,
  parseCivilDate,
} from '../../src/model/civil-date.js';
import { formatEventDate } from '../../src/model/event-date.js';
import { normalizeData } from '../../src/model/validate.js';

const ZONES = ['Pacific/Kiritimati', 'Pacific/Honolulu'];

describe('civil dates in a far-off time zone', () => {
  it('should really run with a non-UTC browser clock', () => {
    expect(ZONES).to.include(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const offset = new Date(2013, 0, 1).getTimezoneOffset();
    expect(offset).to.not.equal(0);
    expect([-14 * 60, 10 * 60]).to.include(offset);
    // Local midnight of 1 January 2013 is another instant than the civil date's start.
    expect(new Date(2013, 0, 1).getTime()).to.not.equal(Date.UTC(2013, 0, 1));
  });

  it('should parse and format 1 January 2013 as in UTC', () => {
    const d = parseCivilDate('2013-01-01')!;
    expect(d.startMs).to.equal(Date.UTC(2013, 0, 1));
    expect(d.endMs).to.equal(Date.UTC(2013, 0, 2));
    expect(formatCivilDate(d, 'en-GB')).to.equal('1 January 2013');
  });

  it('should keep years, months and ranges on their civil dates', () => {
    expect(formatCivilDate(parseCivilDate('2008')!, 'en-GB')).to.equal('2008');
    expect(formatCivilDate(parseCivilDate('2008-04')!, 'en-GB')).to.equal('April 2008');
    expect(formatCivilDate(parseCivilDate('2012-12-31')!, 'en-GB')).to.equal('31 December 2012');
    expect(formatCivilRange(parseCivilDate('2018-05-23')!, parseCivilDate('2018-05-25')!, 'en-GB')).to.equal(
      '23–25 May 2018',
    );
    expect(parseCivilDate('2008-04')!.startMs).to.equal(Date.UTC(2008, 3, 1));
  });

  it('should take the UTC day and year of an instant, not the local ones', () => {
    // 23:30 UTC on 31 December 2012 is already 2013 in Kiritimati and still the 31st in Honolulu.
    const ms = Date.UTC(2012, 11, 31, 23, 30);
    expect(civilDateAt(ms).text).to.equal('2012-12-31');
    expect(civilYear(ms).text).to.equal('2012');
    // 01:00 UTC on 1 January 2013 is still 2012 in Honolulu.
    expect(civilDateAt(Date.UTC(2013, 0, 1, 1)).text).to.equal('2013-01-01');
  });

  it('should resolve ongoing and read event dates as in UTC', () => {
    const data = normalizeData(
      [
        { id: 'a', title: 'A', category: 'c', start: '2008', end: 'ongoing' },
        { id: 'b', title: 'B', category: 'c', end: '2012-12' },
      ],
      { now: Date.UTC(2018, 4, 31, 23, 30) },
    );
    expect(data.asOfMs).to.equal(Date.UTC(2018, 5, 1));
    expect(formatEventDate(data.events[0], 'en-GB')).to.equal('since 2008');
    expect(formatEventDate(data.events[1], 'en-GB')).to.equal('until December 2012');
  });
});
