import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { CocirTimeline } from '../src/cocir-timeline.js';
import type { TimelineEvent } from '../src/model/types.js';
import { mount } from './helpers.js';

const WIDTH = 1200;
const pad = (v: number) => String(v).padStart(2, '0');

/** `n` events in 12 categories over 1990–2029: points at day, month and year precision, and spans. */
function many(n: number): TimelineEvent[] {
  return Array.from({ length: n }, (_, i) => {
    const year = 1990 + ((i * 7919) % 40);
    const month = 1 + ((i * 31) % 12);
    const day = 1 + ((i * 17) % 28);
    const start = i % 3 === 0 ? `${year}` : i % 3 === 1 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    const end = i % 10 < 3 ? `${Math.min(2029, year + (i % 4))}-12` : undefined;
    return { id: `e${i}`, title: `Event number ${i}`, category: `category-${i % 12}`, start, ...(end && { end }) };
  });
}

const root = (el: CocirTimeline) => el.shadowRoot!;
const clusters = (el: CocirTimeline) => [...root(el).querySelectorAll<SVGRectElement>('rect.cluster')];
const marks = (el: CocirTimeline) => [...root(el).querySelectorAll<SVGGElement>('g.mark')];
const countOf = (node: Element) =>
  Number(/^([\d,]+) events?, /.exec(node.getAttribute('aria-label')!)![1].replace(/,/g, ''));
const iso = (d: Date | undefined) => d?.toISOString().slice(0, 10);

describe('<cocir-timeline> with many events', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' })); // zooms jump: no glide to wait for

  it('should stay under 2,500 elements in its shadow root with 5,000 events', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(5000)));
    expect(root(el).querySelectorAll('*').length).to.be.at.most(2500);
    expect(clusters(el).length).to.be.above(0);
  });

  it('should account for every event in view in a mark or a cluster count', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const inClusters = clusters(el).reduce((n, c) => n + countOf(c), 0);
    expect(marks(el).length + inClusters).to.equal(3000);
    // Zoomed in, the status counts the events in view: the marks and clusters count them all.
    el.zoomToYear(2008);
    await el.updateComplete;
    const shown = Number(/: ([\d,]+) of/.exec(root(el).querySelector('[role=status]')!.textContent!)![1]);
    expect(marks(el).length + clusters(el).reduce((n, c) => n + countOf(c), 0)).to.equal(shown);
  });

  it('should name each cluster with its count and period, and show the count on it', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const all = clusters(el);
    expect(all.length).to.be.above(0);
    for (const c of all) {
      expect(c.getAttribute('role')).to.equal('button');
      expect(c.getAttribute('part')).to.equal('cluster');
      expect(c.getAttribute('aria-label')).to.match(/^[\d,]+ events, \d{4}(–\d{4})?$/);
    }
    const counts = [...root(el).querySelectorAll('text.count')];
    expect(counts.length).to.be.above(0);
    for (const text of counts) {
      const box = all.find((c) => {
        const centre = Number(c.getAttribute('x')) + Number(c.getAttribute('width')) / 2;
        const sameRow = c.getAttribute('transform') === text.getAttribute('transform');
        return sameRow && Math.abs(centre - Number(text.getAttribute('x'))) < 0.02;
      });
      expect(!!box, `a box under the count ${text.textContent}`).to.be.true;
      expect(text.textContent).to.equal(String(countOf(box!)));
      expect(text.getAttribute('aria-hidden')).to.equal('true');
    }
  });

  it("should draw a cluster over its period and its events' rows", async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const { from, to } = el.visibleRange!;
    const x = (y: number) => (WIDTH * (Date.UTC(y, 0, 1) - +from)) / (+to - +from);
    const box = clusters(el).find((c) => / 2008–2009$/.test(c.getAttribute('aria-label')!));
    expect(!!box, 'a cluster of 2008–2009').to.be.true;
    expect(Number(box!.getAttribute('x'))).to.be.closeTo(x(2008) + 1, 0.02);
    expect(Number(box!.getAttribute('width'))).to.be.closeTo(x(2010) - x(2008) - 2, 0.02);
    expect(Number(box!.getAttribute('height')) % 34).to.equal(0);
  });

  it('should zoom into a cluster’s period when it is clicked, as a reader’s action', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const box = clusters(el).find((c) => / 2008–2009$/.test(c.getAttribute('aria-label')!))!;
    const changed = oneEvent(el, 'cocir-range-change');
    box.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = await changed;
    await el.updateComplete;
    expect([iso(detail.from), iso(detail.to)]).to.deep.equal(['2008-01-01', '2010-01-01']);
    expect([iso(el.visibleRange?.from), iso(el.visibleRange?.to)]).to.deep.equal(['2008-01-01', '2010-01-01']);
    // Two years over 1,200 px: the clusters split into quarters or months, or into marks.
    expect(clusters(el).every((c) => !/ 2008–2009$/.test(c.getAttribute('aria-label')!))).to.be.true;
  });

  it('should zoom into a cluster on Enter when a screen reader focuses it', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const box = clusters(el).find((c) => / 2008–2009$/.test(c.getAttribute('aria-label')!))!;
    box.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([iso(el.visibleRange?.from), iso(el.visibleRange?.to)]).to.deep.equal(['2008-01-01', '2010-01-01']);
  });

  it('should give the Tab stop to the first cluster, and → from it to its first event, drawn as a mark', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const stops = [...root(el).querySelectorAll<SVGElement>('.marks [tabindex="0"]')];
    expect(stops.length).to.equal(1);
    const first = clusters(el)[0];
    expect(stops[0] === first, 'the first cluster is the Tab stop').to.be.true;
    const firstX = Number(first.getAttribute('x'));
    expect(marks(el).every((m) => Number(m.querySelector('.shape')!.getAttribute('x') ?? Infinity) >= firstX)).to.be
      .true;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const active = root(el).activeElement;
    expect(!!active?.matches('g.mark[tabindex="0"]'), 'a mark has focus').to.be.true;
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(!!root(el).activeElement?.matches('g.mark[tabindex="0"]'), 'a mark still has focus').to.be.true;
    // Each focused event is counted once: as its mark, not in a cluster.
    const inClusters = clusters(el).reduce((n, c) => n + countOf(c), 0);
    expect(marks(el).length + inClusters).to.equal(3000);
  });

  it('should name clusters in the reader’s language', async () => {
    const el = await mount(WIDTH, (e) => {
      e.events = many(3000);
      e.locale = 'fr';
    });
    const names = clusters(el).map((c) => c.getAttribute('aria-label')!);
    expect(names.some((n) => /^\d[\d\s\u202f]* événements, \d{4}–\d{4}$/.test(n))).to.be.true;
  });

  it('should be accessible with clusters drawn', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(1000)));
    expect(clusters(el).length).to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('should draw sparse data without clusters', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(12)));
    expect(clusters(el)).to.have.length(0);
    expect(marks(el)).to.have.length(12);
  });
});
