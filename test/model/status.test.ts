import { expect } from '@open-wc/testing';
import { statusText, windowName } from '../../src/model/status.js';

describe('statusText', () => {
  it('should name whole years as a year range', () => {
    expect(statusText(Date.UTC(2008, 0, 1), Date.UTC(2014, 0, 1), 6, 14, 'en-GB')).to.equal(
      '2008–2013: 6 of 14 events shown',
    );
  });

  it('should name a single year, months and days at their precision', () => {
    expect(windowName(Date.UTC(2013, 0, 1), Date.UTC(2014, 0, 1), 'en-GB')).to.equal('2013');
    expect(windowName(Date.UTC(2013, 3, 1), Date.UTC(2013, 6, 1), 'en-GB')).to.equal('April–June 2013');
    expect(windowName(Date.UTC(2013, 3, 10), Date.UTC(2013, 3, 20), 'en-GB')).to.equal('10–19 April 2013');
  });

  it('should name days where a bound falls inside a day (a dragged view does not snap)', () => {
    const nudge = 8.75 * 3_600_000; // a year's view dragged by about a pixel
    const year = windowName(Date.UTC(2013, 0, 1) + nudge, Date.UTC(2014, 0, 1) + nudge, 'en-GB');
    expect(year).to.equal('1 January 2013 – 1 January 2014');
    expect(windowName(Date.UTC(2013, 3, 1) + nudge, Date.UTC(2013, 6, 1) + nudge, 'en-GB')).to.equal(
      '1 April – 1 July 2013',
    );
    expect(windowName(Date.UTC(2013, 3, 1), Date.UTC(2013, 6, 1) + nudge, 'en-GB')).to.equal('1 April – 1 July 2013');
    // The first hours of 2022 at a view's right edge (a cluster's part in view) are one day, not the year.
    expect(windowName(Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 1) + nudge, 'en-GB')).to.equal('1 January 2022');
  });

  it('should write counts as the whole locale does, as the clusters and dates do (de-CH, en-IN)', () => {
    const year = [Date.UTC(2013, 0, 1), Date.UTC(2014, 0, 1)] as const;
    const swiss = new Intl.NumberFormat('de-CH').format(12_000);
    expect(swiss).to.not.equal('12.000');
    expect(statusText(...year, 12_000, 12_000, 'de-CH')).to.equal(`2013: ${swiss} von ${swiss} Ereignissen angezeigt`);
    expect(statusText(...year, 12_000, 12_000, 'de')).to.equal('2013: 12.000 von 12.000 Ereignissen angezeigt');
    expect(statusText(...year, 100_000, 100_000, 'en-IN')).to.equal('2013: 1,00,000 of 1,00,000 events shown');
  });

  it('should speak French and German', () => {
    expect(statusText(Date.UTC(2013, 0, 1), Date.UTC(2014, 0, 1), 1, 14, 'fr')).to.equal(
      '2013\u202f: 1 événement affiché sur 14',
    );
    expect(statusText(Date.UTC(2013, 0, 1), Date.UTC(2014, 0, 1), 3, 14, 'de')).to.equal(
      '2013: 3 von 14 Ereignissen angezeigt',
    );
  });

  it('should say how many categories are shown while some are hidden, in each language', () => {
    const y2013 = [Date.UTC(2013, 0, 1), Date.UTC(2014, 0, 1)] as const;
    const all = { shown: 12, total: 12 };
    expect(statusText(...y2013, 6, 14, 'en-GB', all)).to.equal('2013: 6 of 14 events shown');
    expect(statusText(...y2013, 6, 14, 'en-GB', { shown: 11, total: 12 })).to.equal(
      '2013: 6 of 14 events shown, 11 of 12 categories',
    );
    expect(statusText(...y2013, 0, 14, 'fr', { shown: 1, total: 12 })).to.equal(
      '2013\u202f: 0 événement affiché sur 14, 1 catégorie sur 12',
    );
    expect(statusText(...y2013, 0, 14, 'de', { shown: 0, total: 1 })).to.equal(
      '2013: 0 von 14 Ereignissen angezeigt, 0 von 1 Kategorie',
    );
  });

  it('should count as each language does: French 0 is singular, German "von 1 Ereignis"', () => {
    const y2013 = [Date.UTC(2013, 0, 1), Date.UTC(2014, 0, 1)] as const;
    expect(statusText(...y2013, 0, 14, 'fr')).to.equal('2013\u202f: 0 événement affiché sur 14');
    expect(statusText(...y2013, 2, 14, 'fr')).to.equal('2013\u202f: 2 événements affichés sur 14');
    expect(statusText(...y2013, 1, 1, 'de')).to.equal('2013: 1 von 1 Ereignis angezeigt');
    expect(statusText(...y2013, 0, 1, 'en-GB')).to.equal('2013: 0 of 1 event shown');
  });
});

describe('windowName at the ends of the calendar', () => {
  it('should name a window that runs past year 9999 up to 9999', () => {
    const from = new Date(0);
    from.setUTCFullYear(49, 0, 1);
    const to = new Date(0);
    to.setUTCFullYear(10001, 0, 1);
    expect(windowName(from.getTime(), to.getTime(), 'en-GB')).to.equal('49–9999');
  });
});
