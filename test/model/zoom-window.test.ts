import { expect } from '@open-wc/testing';
import {
  canZoomIn,
  canZoomOut,
  clampWindow,
  MIN_SPAN_MS,
  monthIndex,
  monthMs,
  panWindow,
  requestedWindow,
  spanMonths,
  windowFrom,
  windowShowing,
  windowTo,
  yearsWindow,
  zoomIn,
  zoomOut,
  type TimeWindow,
} from '../../src/model/zoom-window.js';

const day = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const win = (from: number, to: number): TimeWindow => ({ fromMs: from, toMs: to });
/** "2011-06-01 – 2011-09-01": a window as ISO days, to read failures at a glance. */
const iso = (w: TimeWindow) =>
  `${new Date(w.fromMs).toISOString().slice(0, 10)} – ${new Date(w.toMs).toISOString().slice(0, 10)}`;

/** The COCIR extent: 1999 to the end of 2020. */
const ALL = win(day(1999), day(2021));

describe('zoom-window', () => {
  describe('monthIndex / monthMs', () => {
    it('should count whole months at month starts and invert exactly', () => {
      expect(monthIndex(day(2013))).to.equal(2013 * 12);
      expect(monthIndex(day(2013, 3))).to.equal(2013 * 12 + 2);
      expect(monthMs(2013 * 12 + 2)).to.equal(day(2013, 3));
      expect(monthMs(2012 * 12 + 13)).to.equal(day(2013, 2));
    });

    it('should count the fraction of the month elapsed', () => {
      expect(monthIndex(day(2013, 2, 15))).to.equal(2013 * 12 + 1 + 14 / 28);
      expect(monthMs(2013 * 12 + 1.5)).to.equal(day(2013, 2, 15));
    });

    it('should keep years below 100 literal', () => {
      expect(new Date(monthMs(50 * 12)).toISOString()).to.equal('0050-01-01T00:00:00.000Z');
    });
  });

  describe('zoomIn / zoomOut', () => {
    it('should step the ladder all → decade → 5 y → 2 y → year → quarter → month', () => {
      const steps: string[] = [];
      let w = ALL;
      for (let i = 0; i < 6; i++) {
        w = zoomIn(w, ALL);
        steps.push(iso(w));
      }
      expect(steps).to.deep.equal([
        '2005-01-01 – 2015-01-01',
        '2008-01-01 – 2013-01-01',
        '2010-01-01 – 2012-01-01',
        '2011-01-01 – 2012-01-01',
        '2011-06-01 – 2011-09-01',
        '2011-07-01 – 2011-08-01',
      ]);
    });

    it('should stop at one month', () => {
      const month = win(day(2011, 7), day(2011, 8));
      expect(canZoomIn(month)).to.be.false;
      expect(zoomIn(month, ALL)).to.deep.equal(month);
      expect(canZoomIn(win(day(2011, 6), day(2011, 9)))).to.be.true;
    });

    it('should come back to the same range after zooming in n times and out n times', () => {
      const starts: [TimeWindow, number][] = [
        [ALL, 6],
        [win(day(2004), day(2006)), 3],
        [win(day(2013, 5), day(2013, 8)), 1],
      ];
      for (const [start, steps] of starts) {
        for (let n = 1; n <= steps; n++) {
          let w = start;
          for (let i = 0; i < n; i++) w = zoomIn(w, ALL);
          for (let i = 0; i < n; i++) w = zoomOut(w, ALL);
          expect(iso(w), `${iso(start)}, n = ${n}`).to.equal(iso(start));
        }
      }
    });

    it('should not drift over many round trips', () => {
      let w = win(day(2009), day(2011));
      for (let i = 0; i < 500; i++) w = zoomOut(zoomOut(zoomIn(zoomIn(w, ALL), ALL), ALL), ALL);
      expect(w).to.deep.equal(win(day(2009), day(2011)));
    });

    it('should zoom out to all of the bounds past the widest step that fits', () => {
      expect(zoomOut(win(day(2005), day(2015)), ALL)).to.deep.equal(ALL);
      const small = win(day(2000), day(2004));
      expect(zoomOut(win(day(2001), day(2003)), small)).to.deep.equal(small);
      expect(canZoomOut(ALL, ALL)).to.be.false;
      expect(canZoomOut(win(day(2001), day(2003)), ALL)).to.be.true;
    });

    it('should snap a free window to the calendar on the next step', () => {
      const free = win(day(2012, 11, 17), day(2014, 1, 20)); // ~14 months
      expect(iso(zoomIn(free, ALL))).to.equal('2013-01-01 – 2014-01-01');
      expect(iso(zoomOut(free, ALL))).to.equal('2012-01-01 – 2014-01-01');
    });

    it('should keep a step inside the bounds at their edges', () => {
      expect(iso(zoomOut(win(day(1999), day(2000)), ALL))).to.equal('1999-01-01 – 2001-01-01');
      expect(iso(zoomOut(win(day(2020, 12), day(2021)), ALL))).to.equal('2020-10-01 – 2021-01-01');
    });
  });

  describe('yearsWindow', () => {
    it('should show a year from 1 January to the next 1 January', () => {
      expect(yearsWindow(2013, 2013, ALL)).to.deep.equal(win(day(2013), day(2014)));
    });

    it('should include both years of a range, in either order', () => {
      expect(yearsWindow(2008, 2013, ALL)).to.deep.equal(win(day(2008), day(2014)));
      expect(yearsWindow(2013, 2008, ALL)).to.deep.equal(win(day(2008), day(2014)));
    });

    it('should move a year outside the bounds in, and refuse non-years', () => {
      expect(yearsWindow(1950, 1950, ALL)).to.deep.equal(win(day(1999), day(2000)));
      expect(yearsWindow(1990, 2030, ALL)).to.deep.equal(ALL);
      expect(yearsWindow(2013.5, 2014, ALL)).to.be.undefined;
      expect(yearsWindow(NaN, 2014, ALL)).to.be.undefined;
    });
  });

  describe('clampWindow', () => {
    it('should never be wider than the bounds', () => {
      expect(clampWindow(win(day(1990), day(2030)), ALL)).to.deep.equal(ALL);
    });

    it('should never be narrower than the minimum span, widening around the centre', () => {
      const w = clampWindow(win(day(2013, 3, 10), day(2013, 3, 11)), ALL);
      expect(w.toMs - w.fromMs).to.equal(MIN_SPAN_MS);
      expect((w.fromMs + w.toMs) / 2).to.equal(day(2013, 3, 10) + 43_200_000);
    });

    it('should slide a window inside the bounds, keeping its width', () => {
      expect(clampWindow(win(day(1997), day(2001)), ALL)).to.deep.equal(win(day(1999), day(2003)));
      expect(clampWindow(win(day(2019), day(2023)), ALL)).to.deep.equal(win(day(2017), day(2021)));
      // Across a leap year: whole years stay whole years.
      expect(clampWindow(win(day(1998), day(2000)), ALL)).to.deep.equal(win(day(1999), day(2001)));
    });
  });

  describe('panWindow', () => {
    it('should page a year by year and a month by month', () => {
      expect(iso(panWindow(win(day(2013), day(2014)), 1, ALL))).to.equal('2014-01-01 – 2015-01-01');
      expect(iso(panWindow(win(day(2013, 2), day(2013, 3)), -1, ALL))).to.equal('2013-01-01 – 2013-02-01');
    });

    it('should move a quarter by a month and a decade by two years', () => {
      expect(iso(panWindow(win(day(2013, 11), day(2014, 2)), 1, ALL))).to.equal('2013-12-01 – 2014-03-01');
      expect(iso(panWindow(win(day(2005), day(2015)), -1, ALL))).to.equal('2003-01-01 – 2013-01-01');
    });

    it('should stop at the bounds', () => {
      expect(iso(panWindow(win(day(2020), day(2021)), 1, ALL))).to.equal('2020-01-01 – 2021-01-01');
      expect(panWindow(ALL, -1, ALL)).to.deep.equal(ALL);
    });
  });

  describe('windowFrom / windowTo', () => {
    it('should keep the width and start with the year that holds an instant', () => {
      expect(iso(windowFrom(win(day(2010), day(2012)), day(2004, 6, 3), ALL))).to.equal('2004-01-01 – 2006-01-01');
      expect(iso(windowTo(win(day(2010), day(2012)), day(2019, 6, 3), ALL))).to.equal('2018-01-01 – 2020-01-01');
    });

    it('should align to months below a year', () => {
      expect(iso(windowFrom(win(day(2010), day(2010, 4)), day(2004, 6, 3), ALL))).to.equal('2004-06-01 – 2004-09-01');
      expect(iso(windowTo(win(day(2010), day(2010, 4)), day(2019, 1, 1), ALL))).to.equal('2018-10-01 – 2019-01-01');
    });
  });

  describe('windowShowing', () => {
    const y2013 = win(day(2013), day(2014));

    it('should keep a window that shows any of the item', () => {
      expect(windowShowing(y2013, day(2013, 12, 31), day(2014, 1, 1), ALL)).to.equal(y2013);
      expect(windowShowing(y2013, day(2005), day(2019), ALL)).to.equal(y2013);
    });

    it('should page forward to start with the year of an item after the window', () => {
      expect(iso(windowShowing(y2013, day(2016, 5, 3), day(2016, 5, 4), ALL))).to.equal('2016-01-01 – 2017-01-01');
    });

    it('should page back to end with the year of an item before the window', () => {
      expect(iso(windowShowing(y2013, day(2008, 4), day(2008, 5), ALL))).to.equal('2008-01-01 – 2009-01-01');
      const quarter = win(day(2013, 4), day(2013, 7));
      expect(iso(windowShowing(quarter, day(2013, 1, 1), day(2013, 1, 2), ALL))).to.equal('2012-11-01 – 2013-02-01');
    });
  });

  describe('requestedWindow', () => {
    it('should read from and to inclusive at their precision', () => {
      expect(requestedWindow('2008', '2013', ALL)).to.deep.equal(win(day(2008), day(2014)));
      expect(requestedWindow('2013-04', '2013-06-15', ALL)).to.deep.equal(win(day(2013, 4), day(2013, 6, 16)));
    });

    it('should fill a missing or invalid end from the bounds', () => {
      expect(requestedWindow('2008', null, ALL)).to.deep.equal(win(day(2008), ALL.toMs));
      expect(requestedWindow('nonsense', '2004', ALL)).to.deep.equal(win(ALL.fromMs, day(2005)));
      expect(requestedWindow('', undefined, ALL)).to.deep.equal(ALL);
      expect(requestedWindow('2013-02-30', '2099', ALL)).to.deep.equal(ALL);
    });

    it('should read a year number or a Date, as frameworks may set them, in any time zone', () => {
      expect(requestedWindow(2008, 2013, ALL)).to.deep.equal(win(day(2008), day(2014)));
      // UTC midnight: its UTC day. Any other time (a date picker's local midnight, local noon): its local day.
      expect(requestedWindow(new Date(Date.UTC(2013, 3, 1)), new Date(2013, 4, 5, 12), ALL)).to.deep.equal(
        win(day(2013, 4), day(2013, 5, 6)),
      );
      expect(requestedWindow(new Date(2013, 0, 1), new Date(2013, 0, 31, 23, 59), ALL)).to.deep.equal(
        win(day(2013, 1), day(2013, 2)),
      );
      expect(requestedWindow(2008.5, new Date(NaN), ALL)).to.deep.equal(ALL);
      expect(requestedWindow({}, ['2013'], ALL)).to.deep.equal(ALL);
    });

    it('should clamp to the bounds and widen to a month', () => {
      expect(requestedWindow('1990', '2030', ALL)).to.deep.equal(ALL);
      expect(requestedWindow('2030', null, ALL)).to.deep.equal(ALL);
      const one = requestedWindow('2013-05-05', '2013-05-05', ALL);
      expect(one.toMs - one.fromMs).to.equal(MIN_SPAN_MS);
      expect(spanMonths(requestedWindow('2013-02', '2013-02', ALL))).to.equal(1);
    });
  });
});
