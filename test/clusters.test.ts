import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { CocirTimeline } from '../src/cocir-timeline.js';
import type { PlacedEvent } from '../src/layout/lanes.js';
import type { TimelineEvent } from '../src/model/types.js';
import { mount } from './helpers.js';
import { randomInt, seededRandom } from './layout/random.js';

const WIDTH = 1200;
const pad = (v: number) => String(v).padStart(2, '0');

/** `n` seeded random events in 12 categories over 1990–2029: points at day, month and year precision, and spans. */
function many(n: number): TimelineEvent[] {
  const random = seededRandom(n);
  return Array.from({ length: n }, (_, i) => {
    const year = randomInt(random, 1990, 2029);
    const month = pad(randomInt(random, 1, 12));
    const precision = random();
    const start =
      precision < 0.3
        ? `${year}`
        : precision < 0.6
          ? `${year}-${month}`
          : `${year}-${month}-${pad(randomInt(random, 1, 28))}`;
    const end = random() < 0.3 ? `${Math.min(2029, year + randomInt(random, 0, 3))}-12` : undefined;
    return { id: `e${i}`, title: `Event number ${i}`, category: `category-${i % 12}`, start, ...(end && { end }) };
  });
}

const root = (el: CocirTimeline) => el.shadowRoot!;
const clusters = (el: CocirTimeline) => [...root(el).querySelectorAll<SVGGElement>('g.cluster')];
const boxOf = (c: SVGGElement) => c.querySelector('rect')!;
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
    expect(root(el).querySelector('.summary')!.textContent).to.match(/^3,000 dated events, /);
    // Zoomed in, the status counts the events in view: the marks and clusters count them all.
    el.zoomToYear(2008);
    await el.updateComplete;
    const shown = Number(
      /: ([\d,]+) of/.exec(root(el).querySelector('[role=status]')!.textContent!)![1].replace(/,/g, ''),
    );
    expect(marks(el).length + clusters(el).reduce((n, c) => n + countOf(c), 0)).to.equal(shown);
  });

  it('should name each cluster with its count and period, and show the count on it', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const all = clusters(el);
    expect(all.length).to.be.above(0);
    const compact = new Intl.NumberFormat('en-GB', { notation: 'compact' });
    let shown = 0;
    for (const c of all) {
      expect(c.getAttribute('role')).to.equal('button');
      expect(c.getAttribute('part')).to.equal('cluster');
      expect(c.getAttribute('aria-label')).to.match(/^[\d,]+ events, \d{4}(–\d{4})?, \S+$/);
      expect(c.getAttribute('aria-description')).to.equal('Zoom in');
      const text = c.querySelector('text.count');
      if (!text) continue;
      shown++;
      const box = boxOf(c);
      const centre = Number(box.getAttribute('x')) + Number(box.getAttribute('width')) / 2;
      expect(Number(text.getAttribute('x'))).to.be.closeTo(centre, 0.02);
      expect(text.textContent).to.equal(compact.format(countOf(c)));
      expect(text.getAttribute('aria-hidden')).to.equal('true');
    }
    expect(shown).to.be.above(0);
  });

  it("should draw a cluster over its period and its events' rows", async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const { from, to } = el.visibleRange!;
    const x = (y: number) => (WIDTH * (Date.UTC(y, 0, 1) - +from)) / (+to - +from);
    const cluster = clusters(el).find((c) => / 2008–2009, [^,]+$/.test(c.getAttribute('aria-label')!));
    expect(!!cluster, 'a cluster of 2008–2009').to.be.true;
    const box = boxOf(cluster!);
    expect(Number(box.getAttribute('x'))).to.be.closeTo(x(2008) + 1, 0.02);
    expect(Number(box.getAttribute('width'))).to.be.closeTo(x(2010) - x(2008) - 2, 0.02);
    expect(Number(box.getAttribute('height')) % 34).to.equal(0);
  });

  it('should name and count only the part of a period in view', async () => {
    const day = (d: string, i: number): TimelineEvent => ({
      id: `${d}-${i}`,
      title: `On ${d}`,
      category: 'a',
      start: d,
    });
    const events = [
      ...Array.from({ length: 20 }, (_, i) => day('2002-03-01', i)),
      ...Array.from({ length: 20 }, (_, i) => day('2002-09-01', i)),
      { id: 'late', title: 'Late', category: 'a', start: '2012-06-01' },
    ];
    const el = await mount(WIDTH, (e) => {
      e.events = events;
      e.from = '2002-07';
      e.to = '2012-06';
    });
    const names = clusters(el).map((c) => c.getAttribute('aria-label'));
    expect(names).to.deep.equal(['20 events, July–December 2002, a']);
  });

  it('should end each cluster’s name with its lane’s label', async () => {
    const doc = {
      categories: [{ id: 'reg', label: 'Regulation' }],
      events: Array.from({ length: 30 }, (_, i) => ({
        id: `r${i}`,
        title: `R${i}`,
        category: 'reg',
        start: '2008-03',
      })),
    };
    const el = await mount(WIDTH, (e) => (e.src = `/fixtures/respond?body=${encodeURIComponent(JSON.stringify(doc))}`));
    await el.loadComplete;
    const names = clusters(el).map((c) => c.getAttribute('aria-label'));
    expect(names).to.have.length.above(0);
    for (const name of names) expect(name).to.match(/^30 events, .+, Regulation$/);
  });

  it('should keep each cluster its category when another category is hidden', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const before = new Map(clusters(el).map((c) => [c, c.getAttribute('fill')]));
    el.categories = many(12)
      .map((e) => e.category)
      .filter((c) => c !== 'category-0');
    await el.updateComplete;
    const kept = clusters(el).filter((c) => before.has(c));
    expect(kept.length).to.be.above(0);
    expect(kept.every((c) => c.getAttribute('fill') === before.get(c))).to.be.true;
  });

  it('should show the events of a cluster in the list view where the view can get no narrower', async () => {
    const events: TimelineEvent[] = Array.from({ length: 20 }, (_, i) => ({
      id: `d${i}`,
      title: `Same day ${i}`,
      category: 'a',
      start: '2010-06-15',
    }));
    const el = await mount(WIDTH, (e) => {
      // An event earlier in the month, in another lane: the list's first row, but not the cluster's.
      e.events = [
        ...events,
        { id: 'x', title: 'Elsewhere', category: 'b', start: '2008' },
        { id: 'y', title: 'Earlier that month', category: 'b', start: '2010-06-02' },
      ];
      e.from = '2010-06-01';
      e.to = '2010-06-28';
    });
    const cluster = clusters(el)[0];
    expect(!!cluster, 'a cluster').to.be.true;
    expect(cluster.getAttribute('aria-description')).to.equal('List view');
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(!!root(el).querySelector('table.event-list'), 'the list view, at once').to.be.true;
    expect(root(el).activeElement?.textContent, 'focus on the cluster’s first event').to.equal('Same day 0');
    const titles = [...root(el).querySelectorAll('table.event-list .list-title')].map((b) => b.textContent);
    expect(titles).to.include.members(events.map((e) => e.title));
  });

  it('should list a cluster’s first event, and focus its row, past the list’s first hundred rows', async () => {
    const day = (d: string, lane: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `${lane}${i}`, title: `${lane} ${i}`, category: lane, start: d }));
    const el = await mount(WIDTH, (e) => {
      e.events = [...day('2010-06-02', 'b', 120), ...day('2010-06-15', 'a', 150)];
      e.from = '2010-06-01';
      e.to = '2010-06-28';
    });
    const cluster = clusters(el).find((c) => c.getAttribute('aria-label')!.endsWith(', a'))!;
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement?.textContent, 'focus on the cluster’s first event').to.equal('a 0');
  });

  it('should zoom into a cluster’s period when it is clicked, as a reader’s action', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const box = clusters(el).find((c) => / 2008–2009, [^,]+$/.test(c.getAttribute('aria-label')!))!;
    const changed = oneEvent(el, 'cocir-range-change');
    box.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = await changed;
    await el.updateComplete;
    expect([iso(detail.from), iso(detail.to)]).to.deep.equal(['2008-01-01', '2010-01-01']);
    expect([iso(el.visibleRange?.from), iso(el.visibleRange?.to)]).to.deep.equal(['2008-01-01', '2010-01-01']);
    // Two years over 1,200 px: the clusters split into quarters or months, or into marks.
    expect(clusters(el).every((c) => !/ 2008–2009, [^,]+$/.test(c.getAttribute('aria-label')!))).to.be.true;
  });

  it('should zoom into a cluster on Enter when a screen reader focuses it', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const box = clusters(el).find((c) => / 2008–2009, [^,]+$/.test(c.getAttribute('aria-label')!))!;
    const first = (box as unknown as { __data__: { events: PlacedEvent[] } }).__data__.events[0].event;
    box.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([iso(el.visibleRange?.from), iso(el.visibleRange?.to)]).to.deep.equal(['2008-01-01', '2010-01-01']);
    // Focus goes into the period, to the cluster's first event, not to the first in view of any lane.
    await el.updateComplete;
    const active = root(el).activeElement;
    expect(active?.getAttribute('data-id'), active?.getAttribute('aria-label') ?? 'nothing').to.equal(first.id);
  });

  it('should give the Tab stop to the first mark or cluster, and → from a cluster to its first event, drawn as a mark', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const stops = [...root(el).querySelectorAll<SVGElement>('.marks [tabindex="0"]')];
    expect(stops.length).to.equal(1);
    // Drawn in time order (what a screen reader reads): the Tab stop is the first drawn.
    const drawn = [...root(el).querySelector('g.frame')!.children];
    expect(stops[0] === drawn[0], 'the first drawn item is the Tab stop').to.be.true;
    const first = clusters(el)[0];
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

  it('should make a label only where it shows, and a focus ring only where focus or the selection is', async () => {
    const el = await mount(WIDTH, (e) => {
      e.events = many(3000);
      e.from = '2004-01';
      e.to = '2006-12';
    });
    // Freshly drawn: every label made is shown, and the dense marks whose labels do not fit have none.
    const labels = [...root(el).querySelectorAll('g.mark text.label')];
    const shown = labels.filter((l) => l.getAttribute('visibility') !== 'hidden');
    expect(shown.length, 'labels shown').to.be.above(0);
    expect(labels.length, 'every label made is shown').to.equal(shown.length);
    expect(labels.length, 'dense marks have no label to hide').to.be.below(marks(el).length);
    for (const label of labels) {
      const mark = label.closest('g.mark')!;
      expect(label.textContent).to.equal(mark.getAttribute('aria-label')!.split(',')[0]);
      expect(label.previousElementSibling!.classList.contains('glyph'), 'the label follows its glyph').to.equal(true);
    }
    const rings = () => [...root(el).querySelectorAll('.focus-ring')];
    const ringOf = (mark: Element) => rings().find((r) => r.parentNode === mark);
    // One ring, on the Tab stop, drawn under its shape.
    const stop = root(el).querySelector<SVGGElement>('g.mark[tabindex="0"]')!;
    expect(rings().length).to.equal(1);
    expect(ringOf(stop) === stop.firstElementChild, 'the Tab stop’s ring, first').to.equal(true);
    // A mark focused by a screen reader or a pointer (not the Tab stop) takes the stop and the ring.
    const other = marks(el).find((m) => m !== stop)!;
    other.focus();
    await el.updateComplete;
    expect(other.getAttribute('tabindex')).to.equal('0');
    expect(rings().length).to.equal(1);
    expect(!!ringOf(other), 'the focused mark has the ring').to.equal(true);
    // A selected mark has one too.
    const third = marks(el).find((m) => m !== stop && m !== other)!;
    third.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(!!ringOf(third), 'the selected mark has a ring').to.equal(true);
    expect(rings().length).to.be.at.most(2);
  });

  it('should keep marks and clusters in time order, as a screen reader reads them, through zooms', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const left = (node: Element) => {
      const shape = node.matches('.cluster') ? node.querySelector('rect')! : node.querySelector('.shape')!;
      return shape.tagName === 'circle'
        ? Number(shape.getAttribute('cx')) - Number(shape.getAttribute('r'))
        : Number(shape.getAttribute('x'));
    };
    for (const years of [undefined, [2000, 2009], [2004, 2005], [2008, 2008]] as const) {
      if (years) el.zoomToYears(years[0], years[1]);
      await el.updateComplete;
      const drawn = [...root(el).querySelector('g.frame')!.children];
      expect(drawn.length).to.be.above(0);
      // A dot is drawn around its day's middle: its left edge may stand up to its radius earlier.
      const late = drawn.filter((node, i) => i > 0 && left(node) < left(drawn[i - 1]) - 7);
      expect(late.length, `out of order in ${years?.join('–') ?? 'all years'}`).to.equal(0);
    }
  });

  it('should hand the Tab stop to a cluster a screen reader focuses, and keep it there', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const third = clusters(el)[2];
    third.focus();
    await el.updateComplete;
    el.requestUpdate(); // any redraw
    await el.updateComplete;
    const stops = [...root(el).querySelectorAll('.marks [tabindex="0"]')];
    expect(stops.length).to.equal(1);
    expect(stops[0] === third, 'the focused cluster holds the Tab stop').to.be.true;
  });

  it('should give the Tab stop back to the first item when new data comes after a cluster had focus', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    clusters(el)[2].focus();
    el.events = many(2999);
    await el.updateComplete;
    const stops = [...root(el).querySelectorAll('.marks [tabindex="0"]')];
    const drawn = root(el).querySelector('g.frame')!.firstElementChild;
    expect(stops.length).to.equal(1);
    expect(stops[0] === drawn, 'the first drawn item holds the Tab stop').to.be.true;
  });

  it('should hand focus to the new Tab stop once a glide into a focused cluster has settled', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const el = await mount(WIDTH, (e) => (e.events = many(3000)));
      const cluster = clusters(el).find((c) => / 2008–2009, [^,]+$/.test(c.getAttribute('aria-label')!))!;
      cluster.focus();
      await sendKeys({ press: 'Enter' });
      // The glide splits the cluster (its node goes); once it has settled, focus is on the chart's
      // one Tab stop, not on the page.
      await waitUntil(() => !cluster.isConnected, 'the cluster split', { timeout: 3000 });
      await waitUntil(() => !!root(el).activeElement, 'focus handed on', { timeout: 3000 });
      const active = root(el).activeElement!;
      expect(active.getAttribute('tabindex')).to.equal('0');
      expect(!!active.closest('.marks'), 'a mark or cluster has focus').to.be.true;
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('should zoom in around a focused cluster with +, and hand focus to what is now there in its lane', async () => {
    const el = await mount(WIDTH, (e) => (e.events = many(3000)));
    const cluster = clusters(el).find((c) => /, 2012–2013, category-7$/.test(c.getAttribute('aria-label')!))!;
    cluster.focus();
    await sendKeys({ press: '=' });
    await el.updateComplete;
    await waitUntil(() => !!root(el).activeElement && !cluster.isConnected, 'focus handed on');
    const active = root(el).activeElement!;
    const name = active.getAttribute('aria-label')!;
    const lane = active.matches('.cluster') ? name.split(', ').at(-1) : active.getAttribute('aria-description');
    expect(lane, name).to.equal('category-7');
    expect(name, 'in the period it stood for').to.match(/201[23]/);
    expect(+el.visibleRange!.from).to.be.at.most(Date.UTC(2013, 0, 1));
    expect(+el.visibleRange!.to).to.be.at.least(Date.UTC(2013, 0, 1));
  });

  it('should name clusters in the reader’s language', async () => {
    const el = await mount(WIDTH, (e) => {
      e.events = many(3000);
      e.locale = 'fr';
    });
    const names = clusters(el).map((c) => c.getAttribute('aria-label')!);
    expect(names.some((n) => /^\d[\d\s\u202f]* événements, \d{4}–\d{4}, [^,]+$/.test(n))).to.be.true;
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
