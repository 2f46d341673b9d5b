import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  resetMouse,
  sendKeys,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
import { select } from 'd3-selection';
import '../src/index.js';
import type { CocirTimeline, RangeChangeDetail } from '../src/cocir-timeline.js';
import { cocirTimeline } from '../data/events.js';
import { OVERVIEW } from '../src/controllers/overview-controller.js';
import { wheelDelta } from '../src/controllers/zoom-controller.js';
import { dataExtent } from '../src/layout/extent.js';
import { normalizeData } from '../src/model/validate.js';
import { mount as mountAt } from './helpers.js';

const WIDTH = 1000;

/** Mounts a timeline in a container of a fixed width and waits for it to draw, frames included. */
async function mount(width: number, setup?: (el: CocirTimeline) => void): Promise<CocirTimeline> {
  const el = await mountAt(width, setup);
  await frames();
  return el;
}

/** Resolves after two animation frames: size changes and gesture frames have been drawn. */
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Until the view drawn stops moving (a glide's end): the axis's first ticks still over three double frames. */
async function glideEnd(el: CocirTimeline) {
  const drawn = () =>
    [...el.shadowRoot!.querySelectorAll('.axis .tick')]
      .slice(0, 3)
      .map((t) => t.getAttribute('transform'))
      .join();
  let [last, still] = [drawn(), 0];
  for (let i = 0; i < 60 && still < 3; i++) {
    await frames();
    const now = drawn();
    [last, still] = [now, now === last ? still + 1 : 0];
  }
  expect(still, 'the glide ended').to.equal(3);
}

const $ = <E extends Element = Element>(el: CocirTimeline, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector)!;
const $$ = <E extends Element = Element>(el: CocirTimeline, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();
/** The visible range as ISO days, `to` exclusive. */
const range = (el: CocirTimeline) => {
  const r = el.visibleRange!;
  return [r.from.toISOString().slice(0, 10), r.to.toISOString().slice(0, 10)];
};
const spanDays = (el: CocirTimeline) => (+el.visibleRange!.to - +el.visibleRange!.from) / 86_400_000;
/** Where an instant is drawn in the chart, from the visible range (px from the chart's left). */
const xOf = (el: CocirTimeline, ms: number) => {
  const { from, to } = el.visibleRange!;
  return ((ms - +from) / (+to - +from)) * WIDTH;
};

/** Every `cocir-range-change` the element fires from now on. */
function record(el: CocirTimeline): RangeChangeDetail[] {
  const fired: RangeChangeDetail[] = [];
  el.addEventListener('cocir-range-change', (e) => fired.push(e.detail));
  return fired;
}

/**
 * A timeline showing 2010–2011: the `cocir-range-change` events it fires from now on, and the
 * middle of its overview's window, where a drag grabs it.
 */
async function twoYears() {
  const el = await mount(WIDTH);
  el.zoomToYears(2010, 2011);
  await el.updateComplete;
  const brush = el.shadowRoot!.querySelector('.overview .brush .selection')!;
  return { el, fired: record(el), grab: centre(brush) };
}

/** The axis's labels: first row (ticks) and second row (the years or months they fall in). */
const row1 = (el: CocirTimeline) =>
  $$(el, '.axis .tick:not(.span) text')
    .map((t) => t.textContent)
    .filter(Boolean);
const row2 = (el: CocirTimeline) => $$(el, '.axis .tick.span text').map((t) => t.textContent);

const centre = (node: Element): [number, number] => {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};
const plot = (el: CocirTimeline) => $<SVGSVGElement>(el, 'svg.plot');
const markNamed = (el: CocirTimeline, prefix: string) =>
  $$(el, 'g.mark').find((m) => m.getAttribute('aria-label')!.startsWith(prefix));

const wheel = (at: [number, number], deltaY: number, ctrlKey = false) =>
  executeServerCommand('wheel', { x: at[0], y: at[1], deltaY, ctrlKey });

async function drag(from: [number, number], to: [number, number]) {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= 4; i++) {
    const x = Math.round(from[0] + ((to[0] - from[0]) * i) / 4);
    const y = Math.round(from[1] + ((to[1] - from[1]) * i) / 4);
    await sendMouse({ type: 'move', position: [x, y] });
  }
  await sendMouse({ type: 'up' });
}

/** A year in view, and the mouse pressed on the chart and dragged 100 px left (still down). */
async function dragStarted() {
  const el = await mount(WIDTH);
  el.zoomToYear(2013);
  await el.updateComplete;
  const fired = record(el);
  const [x, y] = centre(plot(el));
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [x - 100, y] });
  await frames();
  return { el, fired, x, y };
}

const MONTHS = Array.from({ length: 12 }, (_, m) =>
  new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2013, m, 1)),
);

describe('<cocir-timeline> zoom', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 1400 });
    await emulateMedia({ reducedMotion: 'reduce' });
  });

  afterEach(async () => {
    await resetMouse();
    window.scrollTo(0, 0);
  });

  describe('API', () => {
    it('should open on all the data years, labelled by year', async () => {
      const el = await mount(WIDTH);
      expect(range(el)).to.deep.equal(['1999-01-01', '2021-01-01']);
      const years = row1(el).map(Number);
      expect(years[0]).to.be.within(1999, 2000);
      expect(years.at(-1)).to.be.within(2019, 2020);
      const steps = new Set(years.slice(1).map((y, i) => y - years[i]));
      expect(steps.size).to.equal(1);
      expect(row2(el)).to.deep.equal([]);
      expect($(el, '.range').textContent).to.equal('1999–2020');
    });

    it('should take years as text of digits too, as read from an input, and nothing else', async () => {
      const el = await mount(WIDTH);
      const call = el as unknown as { zoomToYear(y: unknown): void; zoomToYears(a: unknown, b: unknown): void };
      call.zoomToYear(' 2013 ');
      expect(range(el)).to.deep.equal(['2013-01-01', '2014-01-01']);
      call.zoomToYears('2008', 2009);
      expect(range(el)).to.deep.equal(['2008-01-01', '2010-01-01']);
      for (const bad of ['', '20x3', null, 2013.5]) call.zoomToYear(bad);
      expect(range(el), 'after years that are none').to.deep.equal(['2008-01-01', '2010-01-01']);
    });

    it('should show exactly one year with zoomToYear, months under its year, and fire nothing', async () => {
      const el = await mount(WIDTH);
      const fired = record(el);
      const rows = () => $$(el, 'g.lane').map((g) => g.getAttribute('transform'));
      const packed = rows();
      el.zoomToYear(2013);
      expect(range(el)).to.deep.equal(['2013-01-01', '2014-01-01']);
      await el.updateComplete;
      expect(rows()).to.deep.equal(packed); // zooming never re-packs the lanes
      expect(row1(el)).to.deep.equal(MONTHS);
      expect(row2(el)).to.deep.equal(['2013']);
      expect($(el, '.range').textContent).to.equal('2013');
      const coalition = markNamed(el, 'Healthcare Coalition on Data Protection')!.querySelector('rect.shape')!;
      expect(Number(coalition.getAttribute('x'))).to.be.closeTo(0, 0.5);
      expect(Number(coalition.getAttribute('width'))).to.be.closeTo((WIDTH * 31) / 365, 0.5);
      const imdrf = markNamed(el, 'IMDRF replaces GHTF')!.querySelector('circle')!;
      expect(Number(imdrf.getAttribute('cx'))).to.be.closeTo(xOf(el, day('2013-01-01') + 43_200_000), 0.5);
      expect(Boolean(markNamed(el, 'DITTA founded'))).to.be.false; // 2012 only
      await frames();
      expect(fired).to.deep.equal([]);
    });

    it('should apply a zoom call made right after setting from or to, after them', async () => {
      const el = await mount(WIDTH);
      el.from = '2010';
      el.zoomToYear(2013); // the page's last word
      await el.updateComplete;
      expect(range(el)).to.deep.equal(['2013-01-01', '2014-01-01']);
      el.to = '2015';
      el.zoomIn();
      await el.updateComplete;
      // One step in from 2010–2015 (six years), not from 2013 undone by 2010–2015.
      expect(spanDays(el))
        .to.be.above(365)
        .and.below(6 * 365);
    });

    it('should apply zoom calls made before its data is in, once it is (as from and to are)', async () => {
      // Before it is connected.
      const el = await mount(WIDTH, (e) => e.zoomToYear(2013));
      expect(range(el)).to.deep.equal(['2013-01-01', '2014-01-01']);
      // New events, and a call in the same task.
      const decade = (from: number) =>
        Array.from({ length: 10 }, (_, i) => ({ id: `e${i}`, title: `E${i}`, category: 'c', start: `${from + i}` }));
      el.events = decade(2015);
      el.zoomToYears(2020, 2021);
      el.zoomIn();
      await el.updateComplete;
      expect(range(el)).to.deep.equal(['2021-01-01', '2022-01-01']); // two years, then one step in
      // A src load in flight: the call waits for its data.
      el.events = undefined;
      el.src = `/fixtures/respond?delay=100&body=${encodeURIComponent(JSON.stringify(decade(1990)))}`;
      await el.updateComplete;
      el.zoomToYear(1995);
      await el.loadComplete;
      expect(range(el)).to.deep.equal(['1995-01-01', '1996-01-01']);
      // Taken out while its load is in flight (the load stops), put back later (it loads again).
      const box = el.parentElement!;
      el.src = `/fixtures/respond?delay=100&body=${encodeURIComponent(JSON.stringify(decade(2030)))}`;
      el.zoomToYear(2033);
      el.remove();
      await el.updateComplete;
      await frames();
      box.append(el);
      await el.loadComplete;
      expect(range(el)).to.deep.equal(['2033-01-01', '2034-01-01']);
    });

    it('should show a range of years inclusive with zoomToYears', async () => {
      const el = await mount(WIDTH);
      el.zoomToYears(2008, 2013);
      await el.updateComplete;
      expect(range(el)).to.deep.equal(['2008-01-01', '2014-01-01']);
      expect(row2(el)).to.deep.equal(['2008', '2009', '2010', '2011', '2012', '2013']);
      expect(row1(el).every((m) => MONTHS.includes(m!))).to.be.true;
      expect($(el, '.range').textContent).to.equal('2008–2013');
      const ticks = $$(el, '.axis .tick:not(.span)');
      const jan2010 = ticks.find((t) => t.classList.contains('major') && xOfTick(t) > xOf(el, day('2009-12-01')))!;
      expect(xOfTick(jan2010)).to.be.closeTo(xOf(el, day('2010-01-01')), 0.5);
    });

    it('should step the ladder with zoomIn and come back with zoomOut, silently', async () => {
      const el = await mount(WIDTH);
      const fired = record(el);
      const seen: string[][] = [];
      for (let i = 0; i < 6; i++) {
        el.zoomIn();
        seen.push(range(el));
      }
      expect(seen).to.deep.equal([
        ['2005-01-01', '2015-01-01'],
        ['2008-01-01', '2013-01-01'],
        ['2010-01-01', '2012-01-01'],
        ['2011-01-01', '2012-01-01'],
        ['2011-06-01', '2011-09-01'],
        ['2011-07-01', '2011-08-01'],
      ]);
      el.zoomIn(); // a month is the narrowest
      expect(range(el)).to.deep.equal(['2011-07-01', '2011-08-01']);
      await el.updateComplete;
      expect(row2(el)).to.deep.equal([
        new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day('2011-07-01')),
      ]);
      for (let i = 0; i < 6; i++) el.zoomOut();
      expect(range(el)).to.deep.equal(['1999-01-01', '2021-01-01']);
      el.zoomToYear(2013);
      el.resetZoom();
      expect(range(el)).to.deep.equal(['1999-01-01', '2021-01-01']);
      await frames();
      expect(fired).to.deep.equal([]);
    });

    it('should open on the from and to attributes and follow them when they change, silently', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width:${WIDTH}px"><cocir-timeline from="2008" to="2013"></cocir-timeline></div>`,
      );
      const el = box.querySelector('cocir-timeline')!;
      await el.updateComplete;
      expect(range(el)).to.deep.equal(['2008-01-01', '2014-01-01']);
      const fired = record(el);
      el.setAttribute('to', '2010-06');
      await el.updateComplete;
      expect(range(el)).to.deep.equal(['2008-01-01', '2010-07-01']);
      el.to = undefined;
      el.from = '2015';
      await el.updateComplete;
      expect(range(el)).to.deep.equal(['2015-01-01', '2021-01-01']);
      await frames();
      expect(fired).to.deep.equal([]);
    });

    it('should ignore bad input: unparsable dates fit the data, non-years do nothing', async () => {
      const el = await mount(WIDTH, (e) => {
        e.setAttribute('from', '2013-02-30');
        e.setAttribute('to', 'soon');
      });
      expect(range(el)).to.deep.equal(['1999-01-01', '2021-01-01']);
      el.zoomToYear(NaN);
      el.zoomToYears(2013.5, 2014);
      expect(range(el)).to.deep.equal(['1999-01-01', '2021-01-01']);
      el.zoomToYear(1950);
      expect(range(el)).to.deep.equal(['1999-01-01', '2000-01-01']);
    });

    it('should open on from and to set as a year number or a Date, as frameworks set properties', async () => {
      const el = await mount(WIDTH, (e) => {
        Object.assign(e, { from: 2008, to: new Date(Date.UTC(2013, 11, 31)) });
      });
      expect(range(el)).to.deep.equal(['2008-01-01', '2014-01-01']);
      expect($$(el, 'g.mark, g.cluster').length).to.be.above(0);
      Object.assign(el, { from: 2010, to: 2011 });
      await el.updateComplete;
      expect(range(el)).to.deep.equal(['2010-01-01', '2012-01-01']);
    });

    it('should show from and to again when their attributes are written again after the view moved', async () => {
      const el = await mount(WIDTH, (e) => Object.assign(e, { from: '2008', to: '2013' }));
      expect(range(el)).to.deep.equal(['2008-01-01', '2014-01-01']);
      el.resetZoom();
      el.setAttribute('from', '2008');
      el.setAttribute('to', '2013');
      await el.updateComplete;
      expect(range(el), 'the attributes written again').to.deep.equal(['2008-01-01', '2014-01-01']);
      // A zoom call made after it still wins, as after any new from or to.
      el.setAttribute('from', '2008');
      el.zoomToYear(2010);
      await el.updateComplete;
      expect(range(el), 'the later call').to.deep.equal(['2010-01-01', '2011-01-01']);
      // The property set to its value, as @lit/react sets every property at each render: the
      // reader's view stays.
      el.from = '2008';
      el.to = '2013';
      await el.updateComplete;
      expect(range(el), 'the properties set again').to.deep.equal(['2010-01-01', '2011-01-01']);
      el.zoomIn();
      await el.updateComplete;
      expect(range(el), 'a zoom call after them').to.deep.equal(['2010-06-01', '2010-09-01']);
    });

    it('should have no visible range without dated events', async () => {
      const el = await mount(WIDTH, (e) => (e.events = [{ id: 'u', title: 'Undated', category: 'c' }]));
      expect(el.visibleRange).to.be.undefined;
      el.zoomIn();
      el.zoomToYear(2013);
      expect(el.visibleRange).to.be.undefined;
    });

    it('should glide to the window when motion is allowed, and end exactly on it', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      try {
        const el = await mount(WIDTH);
        el.zoomToYear(2013);
        expect(range(el)).to.deep.equal(['2013-01-01', '2014-01-01']);
        // Marks sit in a frame translated with the view; positions are written to the hundredth.
        const frame = () => el.shadowRoot!.querySelector<SVGGElement>('g.frame')!;
        const offset = () => frame().transform.baseVal.consolidate()?.matrix.e ?? 0;
        const cx = () =>
          offset() + Number(markNamed(el, 'IMDRF replaces GHTF')?.querySelector('circle')?.getAttribute('cx'));
        const target = xOf(el, day('2013-01-01') + 43_200_000);
        // The glide's last frame is the window itself: 2012's events gone, 1 January at its place.
        await waitUntil(
          () => !markNamed(el, 'DITTA founded') && Math.abs(cx() - target) <= 0.01,
          'the glide did not end',
        );
        expect(row2(el)).to.deep.equal(['2013']);
      } finally {
        await emulateMedia({ reducedMotion: 'reduce' });
      }
    });

    // A frame's time can come before the zoom's own start (a click handled in that frame, after
    // its time was taken): the clock stands 100 ms ahead here while the zoom starts.
    it('should glide only towards the window, even from a frame timed before the zoom began', async () => {
      const el = await mount(WIDTH);
      el.zoomToYears(2005, 2009);
      await frames();
      await emulateMedia({ reducedMotion: 'no-preference' });
      const now = performance.now;
      try {
        const brush = $(el, '.overview .brush .selection');
        const edges = () => {
          const r = brush.getBoundingClientRect();
          return [r.left, r.right];
        };
        const seen = [edges()];
        performance.now = () => now.call(performance) + 100;
        el.zoomToYears(2011, 2012);
        performance.now = now;
        for (let i = 0; i < 30; i++) {
          await new Promise((r) => requestAnimationFrame(r));
          seen.push(edges());
        }
        // Later and narrower: each edge only ever moves right, frame after frame.
        const back = seen.slice(1).filter(([l, r], i) => l < seen[i][0] - 0.01 || r < seen[i][1] - 0.01);
        expect(back, 'frames drawn back from where the glide had got').to.deep.equal([]);
        expect(range(el)).to.deep.equal(['2011-01-01', '2013-01-01']);
        expect(seen.at(-1)![0]).to.be.above(seen[0][0] + 10);
      } finally {
        performance.now = now;
        await emulateMedia({ reducedMotion: 'reduce' });
      }
    });
  });

  describe('buttons', () => {
    it('should name the buttons, make them big enough, and zoom with a click', async () => {
      const el = await mount(WIDTH);
      const buttons = $$<HTMLButtonElement>(el, '.zoom button');
      expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Earlier',
        'Later',
        'Zoom out',
        'Zoom in',
        'Reset zoom',
      ]);
      for (const b of buttons) {
        const r = b.getBoundingClientRect();
        expect(r.width).to.be.at.least(24);
        expect(r.height).to.be.at.least(24);
      }
      const fired = record(el);
      const changed = oneEvent(el, 'cocir-range-change');
      await sendMouse({ type: 'click', position: centre(buttons[3]) });
      const { detail, bubbles, composed } = await changed;
      expect(bubbles && composed).to.be.true;
      expect(detail.from).to.be.instanceOf(Date);
      expect([detail.from.toISOString(), detail.to.toISOString()]).to.deep.equal([
        '2005-01-01T00:00:00.000Z',
        '2015-01-01T00:00:00.000Z',
      ]);
      expect(range(el)).to.deep.equal(['2005-01-01', '2015-01-01']);
      await el.updateComplete;
      await sendMouse({ type: 'click', position: centre(buttons[4]) });
      await el.updateComplete;
      expect(range(el)).to.deep.equal(['1999-01-01', '2021-01-01']);
      expect(fired).to.have.length(2);
    });

    it('should mark Zoom out and Reset as unavailable at all years, and do nothing', async () => {
      const el = await mount(WIDTH);
      const [, , out, , reset] = $$<HTMLButtonElement>(el, '.zoom button');
      expect(out.getAttribute('aria-disabled')).to.equal('true');
      expect(reset.getAttribute('aria-disabled')).to.equal('true');
      const fired = record(el);
      await sendMouse({ type: 'click', position: centre(out) });
      await el.updateComplete;
      expect(range(el)).to.deep.equal(['1999-01-01', '2021-01-01']);
      expect(fired).to.deep.equal([]);
      el.zoomToYear(2011);
      await el.updateComplete;
      expect(out.getAttribute('aria-disabled')).to.equal('false');
    });

    it('should keep the focus ring of an unavailable button at full strength (WCAG 1.4.11)', async () => {
      const el = await mount(WIDTH);
      const [, , out] = $$<HTMLButtonElement>(el, '.zoom button');
      expect(out.getAttribute('aria-disabled')).to.equal('true');
      out.focus({ focusVisible: true } as FocusOptions);
      await sendKeys({ press: 'Shift' }); // a key: the ring shows as for a keyboard
      expect(out.matches(':focus-visible')).to.be.true;
      const style = getComputedStyle(out);
      expect(style.outlineStyle).to.equal('solid');
      expect(Number(style.opacity), 'the button, its ring with it, is not faded').to.equal(1);
      expect(style.color, 'its glyph is').not.to.equal(getComputedStyle($$(el, '.zoom button')[3]).color);
    });

    it('should pass an accessibility audit when zoomed', async () => {
      const el = await mount(WIDTH);
      el.zoomToYears(2008, 2013);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('should zoom in around the focused event with + and keep focus on it', async () => {
      const el = await mount(WIDTH);
      const ific = markNamed(el, 'IFIC conference') as SVGGElement;
      ific.focus();
      await sendKeys({ press: '=' });
      await el.updateComplete;
      await frames();
      expect(spanDays(el), 'a decade').to.be.closeTo(3653, 2);
      const active = el.shadowRoot!.activeElement;
      expect(active?.getAttribute('aria-label')).to.match(/^IFIC conference/);
    });

    it('should give the chart one Tab stop after the zoom buttons, on a mark, in a chart named by the heading', async () => {
      const el = await mount(WIDTH);
      const reset = $$<HTMLButtonElement>(el, '.zoom button')[4];
      reset.focus();
      await sendKeys({ press: 'Tab' });
      // Booleans, not elements, in assertions: a failure quoting an element never reaches the runner.
      const active = el.shadowRoot!.activeElement;
      expect(!!active?.classList.contains('mark') && active.closest('svg') === plot(el), 'a mark has focus').to.be.true;
      expect(plot(el).getAttribute('aria-labelledby')).to.equal($(el, 'h2').id);
      expect(plot(el).getAttribute('role')).to.equal('group');
    });

    it('should zoom in around the part of a long event in view, and not at all at a month', async () => {
      const el = await mount(WIDTH, (e) => {
        e.events = [
          { id: 'long', title: 'Long', category: 'c', start: '1990', end: '2020' },
          { id: 'day', title: 'Day', category: 'd', start: '2013-01-25' },
        ];
      });
      el.zoomToYears(2012, 2020); // 2012–2020 of the long event's 1990–2020 in view
      await el.updateComplete;
      (markNamed(el, 'Long') as SVGGElement).focus();
      await sendKeys({ press: '=' });
      await el.updateComplete;
      expect(range(el), 'around 2016, the middle of what was in view').to.deep.equal(['2014-01-01', '2019-01-01']);
      Object.assign(el, { from: '2013-01', to: '2013-01' });
      await el.updateComplete;
      expect(range(el)).to.deep.equal(['2013-01-01', '2013-02-01']);
      const fired = record(el);
      (markNamed(el, 'Day') as SVGGElement).focus();
      await sendKeys({ press: '=' });
      await el.updateComplete;
      expect(range(el), 'a month: no narrower, and not moved').to.deep.equal(['2013-01-01', '2013-02-01']);
      expect(fired).to.deep.equal([]);
    });

    it('should zoom with + = and -, pan with Shift+← →, and reset with 0, from a focused mark', async () => {
      const el = await mount(WIDTH);
      const fired = record(el);
      (markNamed(el, 'IMDRF replaces GHTF') as SVGGElement).focus(); // 1 January 2013
      const press = async (key: string) => {
        const [modifier, k] = key.includes('+', 1) ? key.split('+') : [undefined, key];
        if (modifier) await sendKeys({ down: modifier });
        await sendKeys({ press: k });
        if (modifier) await sendKeys({ up: modifier });
        await el.updateComplete;
        return range(el);
      };
      // In around the focused event (out around the view's centre).
      expect(await press('+')).to.deep.equal(['2008-01-01', '2018-01-01']);
      expect(await press('=')).to.deep.equal(['2011-01-01', '2016-01-01']);
      expect(await press('=')).to.deep.equal(['2012-01-01', '2014-01-01']);
      expect(await press('-')).to.deep.equal(['2010-01-01', '2015-01-01']);
      expect(await press('Shift+ArrowRight')).to.deep.equal(['2011-01-01', '2016-01-01']);
      expect(await press('Shift+ArrowRight')).to.deep.equal(['2012-01-01', '2017-01-01']);
      expect(await press('Shift+ArrowLeft')).to.deep.equal(['2011-01-01', '2016-01-01']);
      expect(await press('Shift+ArrowLeft')).to.deep.equal(['2010-01-01', '2015-01-01']);
      expect(await press('0')).to.deep.equal(['1999-01-01', '2021-01-01']);
      expect(fired).to.have.length(9);
      expect(fired.at(-1)!.from.toISOString()).to.equal('1999-01-01T00:00:00.000Z');
      expect(!!el.shadowRoot!.activeElement?.classList.contains('mark'), 'focus stays on a mark').to.be.true;
    });

    it('should leave focus on the page where the reader put it during a zoom’s glide', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      try {
        const el = await mount(WIDTH);
        const input = document.createElement('input');
        el.parentElement!.append(input);
        $<SVGGElement>(el, 'g.mark[tabindex="0"]').focus();
        await sendKeys({ press: '+' }); // a 200 ms glide, the mark staying in view
        await frames();
        input.focus(); // a click on the page's own field meanwhile
        await glideEnd(el);
        expect(range(el)).to.deep.equal(['2001-01-01', '2011-01-01']);
        expect(document.activeElement === input, 'focus left on the page’s input').to.be.true;
        input.remove();
      } finally {
        await emulateMedia({ reducedMotion: 'reduce' });
      }
    });

    it('should leave Ctrl combinations and other keys to the browser', async () => {
      const el = await mount(WIDTH);
      $<SVGGElement>(el, 'g.mark[tabindex="0"]').focus();
      let prevented = 0;
      plot(el).addEventListener('keydown', (e) => (prevented += e.defaultPrevented ? 1 : 0));
      await sendKeys({ press: 'a' });
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: '=' });
      await sendKeys({ up: 'Control' });
      expect(prevented).to.equal(0);
      expect(range(el)).to.deep.equal(['1999-01-01', '2021-01-01']);
    });
  });

  describe('mouse', () => {
    it('should pan when the chart is dragged, firing one event at the end', async () => {
      const el = await mount(WIDTH);
      el.zoomToYear(2013);
      await el.updateComplete;
      const fired = record(el);
      const [x, y] = centre(plot(el));
      await drag([x, y], [x - 200, y + 5]);
      await el.updateComplete;
      const shift = (200 / WIDTH) * 365 * 86_400_000;
      expect(+el.visibleRange!.from).to.be.closeTo(day('2013-01-01') + shift, 86_400_000);
      expect(spanDays(el)).to.be.closeTo(365, 0.01);
      expect(fired).to.have.length(1);
      expect(+fired[0].from).to.equal(+el.visibleRange!.from);
      expect(+fired[0].to).to.equal(+el.visibleRange!.to);
      const newYear = $$(el, '.axis .tick.major').find((t) => xOfTick(t) > 0)!;
      expect(xOfTick(newYear)).to.be.closeTo(xOf(el, day('2014-01-01')), 0.5);
      expect($(el, '.axis .tick.span').textContent).to.equal('2013'); // stuck to the left edge
    });

    it('should hand focus on once, when a drag that took the focused mark out of view ends', async () => {
      const months = Array.from({ length: 48 }, (_, i) => {
        const start = `${2011 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`;
        return { id: `m${i}`, title: `M${i}`, category: 'c', start };
      });
      const el = await mount(WIDTH, (e) => (e.events = months));
      el.zoomToYear(2013);
      await el.updateComplete;
      await frames();
      const status = () => $(el, '[role="status"]').textContent!.trim();
      const before = status();
      const focused: string[] = [];
      el.shadowRoot!.addEventListener('focusin', (e) =>
        focused.push((e.target as Element).getAttribute('aria-label')!),
      );
      // Press on the first mark in view (it takes focus), then drag the view a year on.
      const [x, y] = centre(markNamed(el, 'M24')!.querySelector('.shape')!);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let i = 1; i <= 12; i++) {
        await sendMouse({ type: 'move', position: [x - i * 70, y] });
        await frames();
      }
      expect(focused, 'focus moved during the drag').to.deep.equal(['M24, 15 January 2013']);
      expect(status(), 'announced during the drag').to.equal(before);
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      await frames();
      expect(focused.length, 'focus handed on once').to.equal(2);
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal(focused[1]);
      expect(status()).not.to.equal(before);
    });

    it('should stop following a drag when it is removed mid-drag, and start afresh when put back', async () => {
      const { el, fired, x, y } = await dragStarted();
      const parent = el.parentElement!;
      el.remove();
      const left = +el.visibleRange!.from;
      await sendMouse({ type: 'move', position: [x - 300, y] });
      await frames();
      expect(+el.visibleRange!.from, 'the view moved while removed').to.equal(left);
      await sendMouse({ type: 'up' });
      parent.append(el);
      await el.updateComplete;
      await drag([x, y], [x - 200, y]);
      await el.updateComplete;
      expect(fired, 'one event, for the drag after').to.have.length(1);
      expect(+fired[0].from).to.equal(+el.visibleRange!.from);
      expect(+el.visibleRange!.from).to.be.closeTo(left + (200 / WIDTH) * 365 * 86_400_000, 86_400_000);
    });

    it('should follow a drag begun right after a Ctrl+wheel zoom, past the wheel’s own end', async () => {
      const el = await mount(WIDTH);
      el.zoomToYears(2008, 2013);
      await el.updateComplete;
      const fired = record(el);
      const [x, y] = centre(plot(el));
      const at = { clientX: x, clientY: y, bubbles: true, composed: true, view: window };
      // In one task, as fast hands do it: the press comes within d3's 150 ms before the wheel's gesture ends.
      plot(el).dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -100, ctrlKey: true, cancelable: true }));
      plot(el).dispatchEvent(new MouseEvent('mousedown', { ...at, button: 0 }));
      await new Promise((r) => setTimeout(r, 300)); // the wheel's gesture has ended meanwhile
      const before = +el.visibleRange!.from;
      window.dispatchEvent(new MouseEvent('mousemove', { ...at, clientX: x - 150 }));
      await frames();
      expect(+el.visibleRange!.from, 'the view followed the drag').to.be.above(before);
      window.dispatchEvent(new MouseEvent('mouseup', { ...at, clientX: x - 150 }));
      await el.updateComplete;
      expect(fired, 'one event for wheel and drag').to.have.length(1);
      expect(+fired[0].from).to.equal(+el.visibleRange!.from);
    });

    it('should end a drag where it got to when the chart is resized under it, without a jump', async () => {
      const { el, fired, x, y } = await dragStarted();
      const at = +el.visibleRange!.from;
      el.parentElement!.style.width = `${WIDTH - 200}px`; // the container narrows (a phone turned)
      await frames();
      await el.updateComplete;
      await sendMouse({ type: 'move', position: [x - 110, y] });
      await frames();
      expect(+el.visibleRange!.from, 'the view jumped').to.equal(at);
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(
        fired.map((f) => +f.from),
        'announced where it got to',
      ).to.deep.equal([at]);
    });

    it('should leave focus where the reader puts it after a press on a mark that barely moved', async () => {
      const el = await mount(WIDTH);
      el.zoomToYear(2013);
      await el.updateComplete;
      const input = document.createElement('input');
      el.parentElement!.append(input);
      const [x, y] = centre(markNamed(el, 'IMDRF replaces GHTF')!.querySelector('.shape')!);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' }); // the mark takes focus
      await frames();
      await sendMouse({ type: 'move', position: [x + 1, y] }); // a wobble: a drag of nothing
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'up' });
      await frames();
      input.focus();
      el.requestUpdate(); // any later render (a tooltip going, a resize, new data)
      await el.updateComplete;
      await frames();
      expect(document.activeElement === input, 'focus left on the page’s input').to.be.true;
      input.remove();
    });

    it('should pan by moving the marks’ frame, not by rewriting each mark', async () => {
      const el = await mount(WIDTH);
      el.zoomToYear(2013);
      await el.updateComplete;
      const shape = () => markNamed(el, 'IMDRF replaces GHTF')!.querySelector('circle')!;
      const frame = $<SVGGElement>(el, 'g.frame');
      const offset = () => frame.transform.baseVal.consolidate()?.matrix.e ?? 0;
      const [cx, before] = [shape().getAttribute('cx'), offset()];
      const [x, y] = centre(plot(el));
      await drag([x, y], [x + 200, y]);
      await el.updateComplete;
      expect(offset() - before).to.be.closeTo(200, 1);
      expect(shape().getAttribute('cx')).to.equal(cx);
      // Where the reader sees it: 1 January 2013 at noon, in the view's px.
      expect(offset() + Number(cx)).to.be.closeTo(xOf(el, day('2013-01-01') + 43_200_000), 0.02);
    });

    it('should zoom into a year when its label on the axis is double-clicked', async () => {
      const el = await mount(WIDTH);
      const fired = record(el);
      const label = $$(el, '.axis .tick:not(.span) text').find((t) => t.textContent === '2012')!;
      await executeServerCommand('dblclick', { x: centre(label)[0], y: centre(label)[1] });
      await el.updateComplete;
      expect(range(el)).to.deep.equal(['2012-01-01', '2013-01-01']);
      expect(fired).to.have.length(1);
      // Zoomed into the year, its months are labels too: a double-click on March shows March.
      const march = $$(el, '.axis .tick:not(.span) text').find((t) => t.textContent === MONTHS[2])!;
      await executeServerCommand('dblclick', { x: centre(march)[0], y: centre(march)[1] });
      await el.updateComplete;
      expect(range(el)).to.deep.equal(['2012-03-01', '2012-04-01']);
    });

    it('should zoom around the pointer with Ctrl + wheel, and keep the page from zooming', async () => {
      const el = await mount(WIDTH);
      const at = day('2010-01-01');
      const [, y] = centre(plot(el));
      const x = Math.round(plot(el).getBoundingClientRect().left + xOf(el, at));
      const wheels: WheelEvent[] = [];
      const spy = (e: WheelEvent) => wheels.push(e);
      window.addEventListener('wheel', spy, { capture: true });
      try {
        const changed = oneEvent(el, 'cocir-range-change');
        const all = spanDays(el);
        await wheel([x, y], -200, true);
        const { detail } = await changed;
        expect(wheels.map((e) => e.defaultPrevented)).to.deep.equal([true]);
        expect(all / spanDays(el), 'two notches: twice as near').to.be.closeTo(2, 0.02);
        expect(xOf(el, at)).to.be.closeTo(x - plot(el).getBoundingClientRect().left, 1);
        expect(+detail.from).to.equal(+el.visibleRange!.from);
      } finally {
        window.removeEventListener('wheel', spy, { capture: true });
      }
    });

    // d3's own rate is ten times faster with Ctrl, for a touchpad's pinch: with a mouse, one
    // notch zoomed 4×, past two steps of the ladder.
    it('should zoom a notch of the wheel with Ctrl by √2, a plain one with wheel-zoom and a pinch at d3’s pace', async () => {
      const el = await mount(WIDTH);
      const all = spanDays(el);
      const changed = oneEvent(el, 'cocir-range-change');
      await wheel(centre(plot(el)), -100, true);
      await changed;
      expect(all / spanDays(el), 'a notch with Ctrl').to.be.closeTo(Math.SQRT2, 0.01);
      el.resetZoom();
      el.wheelZoom = true;
      await el.updateComplete;
      const plain = oneEvent(el, 'cocir-range-change');
      await wheel(centre(plot(el)), -100);
      await plain;
      expect(all / spanDays(el), 'a plain notch with wheel-zoom').to.be.closeTo(2 ** 0.2, 0.01);
      // A pinch comes as Ctrl + wheel in small steps.
      el.resetZoom();
      await el.updateComplete;
      const [x, y] = centre(plot(el));
      const at = { clientX: x, clientY: y, bubbles: true, composed: true, view: window, cancelable: true };
      const pinch = oneEvent(el, 'cocir-range-change');
      for (let i = 0; i < 5; i++) plot(el).dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -5, ctrlKey: true }));
      await pinch;
      expect(all / spanDays(el), 'five steps of a pinch').to.be.closeTo(2 ** 0.5, 0.01);
    });

    it('should never zoom less for a larger step of the wheel', () => {
      for (const mods of [{ ctrlKey: true }, { metaKey: true }, {}]) {
        const rates = Array.from({ length: 400 }, (_, i) =>
          wheelDelta(new WheelEvent('wheel', { deltaY: -i, ...mods })),
        );
        expect(
          rates.every((r, i) => i === 0 || r >= rates[i - 1]),
          JSON.stringify(mods),
        ).to.be.true;
        expect(wheelDelta(new WheelEvent('wheel', { deltaY: 100, ...mods }))).to.equal(-rates[100]);
      }
    });

    it('should leave a plain wheel to the page: not prevented, no zoom, no event, and a hint', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width:${WIDTH}px">
          <cocir-timeline></cocir-timeline>
          <div style="height:3000px"></div>
        </div>`,
      );
      const el = box.querySelector('cocir-timeline')!;
      await el.updateComplete;
      await frames();
      const fired = record(el);
      const wheels: WheelEvent[] = [];
      const spy = (e: WheelEvent) => wheels.push(e);
      window.addEventListener('wheel', spy, { capture: true });
      try {
        await wheel(centre(plot(el)), 120);
        await waitUntil(() => window.scrollY > 0, 'the page did not scroll');
        expect(wheels.map((e) => e.defaultPrevented)).to.deep.equal([false]);
        await el.updateComplete;
        const hint = $<HTMLElement>(el, '.hint');
        expect(hint.hidden).to.be.false;
        expect(hint.textContent!.trim()).to.equal('Ctrl + scroll to zoom');
        expect(range(el)).to.deep.equal(['1999-01-01', '2021-01-01']);
        expect(fired).to.deep.equal([]);
        await waitUntil(() => hint.hidden, 'the hint did not go', { timeout: 4000 });
      } finally {
        window.removeEventListener('wheel', spy, { capture: true });
      }
    });

    it('should show the wheel hint where the wheel was on a chart taller than the screen', async () => {
      const many = Array.from({ length: 30 }, (_, i) => ({
        id: `e${i}`,
        title: `E${i}`,
        category: `c${i}`,
        start: '2010',
      }));
      const el = await mount(WIDTH, (e) => (e.events = many));
      const chart = $(el, '.chart');
      expect(chart.getBoundingClientRect().height).to.be.above(innerHeight);
      const at: [number, number] = [centre(plot(el))[0], Math.round(chart.getBoundingClientRect().top + 100)];
      const offset = at[1] - chart.getBoundingClientRect().top;
      await wheel(at, 60);
      await el.updateComplete;
      const hint = $<HTMLElement>(el, '.hint');
      expect(hint.hidden).to.be.false;
      const box = hint.getBoundingClientRect();
      expect(box.top + box.height / 2 - chart.getBoundingClientRect().top).to.be.closeTo(offset, 2);
      scrollTo(0, 0);
    });

    it('should zoom with a plain wheel when wheel-zoom is set', async () => {
      const el = await mount(WIDTH, (e) => e.setAttribute('wheel-zoom', ''));
      expect(el.wheelZoom).to.be.true;
      const changed = oneEvent(el, 'cocir-range-change');
      await wheel(centre(plot(el)), -200);
      await changed;
      expect(spanDays(el)).to.be.below((22 * 365) / 1.25);
      expect($<HTMLElement>(el, '.hint').hidden).to.be.true;
    });

    it('should never zoom narrower than a month nor wider than the data years', async () => {
      const el = await mount(WIDTH);
      el.zoomToYear(2013);
      el.zoomIn();
      el.zoomIn();
      await el.updateComplete;
      const changed = oneEvent(el, 'cocir-range-change');
      await wheel(centre(plot(el)), -2000, true);
      await changed;
      expect(spanDays(el)).to.be.at.least(28);
      el.resetZoom();
      await wheel(centre(plot(el)), 2000, true);
      await frames();
      expect(range(el)).to.deep.equal(['1999-01-01', '2021-01-01']);
    });
  });

  describe('touch', () => {
    before(() => executeServerCommand('touch-emulation', { enabled: true }));
    after(() => executeServerCommand('touch-emulation', { enabled: false }));

    it('should zoom in with a two-finger pinch', async () => {
      const el = await mount(WIDTH);
      const fired = record(el);
      const [x, y] = centre(plot(el));
      const changed = oneEvent(el, 'cocir-range-change');
      await executeServerCommand('pinch', { x, y, from: 100, to: 300 });
      await changed;
      expect(spanDays(el)).to.be.closeTo((22 * 365.25) / 3, 30);
      expect(fired).to.have.length(1);
    });

    it('should show a tooltip for a pointer over a mark, but not for a finger, which has no hover', async () => {
      const el = await mount(WIDTH);
      const mark = markNamed(el, 'HIMSS cooperation')!;
      const over = (pointerType: string) =>
        mark.dispatchEvent(new PointerEvent('pointerover', { pointerType, bubbles: true, composed: true }));
      over('touch');
      await el.updateComplete;
      expect($(el, '[role="tooltip"]'), 'a tooltip for a finger').to.equal(null);
      over('pen');
      await el.updateComplete;
      expect($(el, '[role="tooltip"]')?.textContent).to.contain('HIMSS');
    });

    it('should show no tooltip on the mark focus returns to when a finger closes its card', async () => {
      const el = await mount(WIDTH);
      const tap = async (target: Element) => {
        target.scrollIntoView({ block: 'center' });
        const [x, y] = centre(target);
        await executeServerCommand('swipe', { from: [x, y], to: [x, y], steps: 1 });
        await el.updateComplete;
      };
      await tap(markNamed(el, 'HIMSS cooperation')!.querySelector('.shape')!);
      await waitUntil(() => !!$(el, '.card'), 'card open');
      await tap($(el, '.card button.close'));
      await waitUntil(() => !$(el, '.card'), 'card closed');
      await new Promise((r) => setTimeout(r, 300)); // past the hide delay, when a left tooltip gives way to focus's
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.match(/^HIMSS cooperation/);
      expect($(el, '[role="tooltip"]'), 'a tooltip over the marks').to.equal(null);
    });

    it('should show a tooltip on focus that comes well after a tap, as from a keyboard beside the screen', async () => {
      const el = await mount(WIDTH);
      const mark = markNamed(el, 'HIMSS cooperation') as SVGGElement;
      const press = () =>
        mark.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
      press();
      mark.focus(); // the tap's own focus
      await el.updateComplete;
      expect($(el, '[role="tooltip"]'), 'a tooltip after a tap').to.equal(null);
      mark.blur();
      press();
      await new Promise((r) => setTimeout(r, 1100));
      mark.focus(); // Tab, a second later
      await el.updateComplete;
      expect($(el, '[role="tooltip"]')?.textContent).to.contain('HIMSS');
    });

    it('should leave no other mark’s tooltip up after a finger scrolls the page across it', async () => {
      const el = await mount(WIDTH);
      (markNamed(el, 'DITTA founded') as SVGGElement).focus(); // as after a tap on it, or a closed card
      const shape = markNamed(el, 'HIMSS cooperation')!.querySelector('.shape')!;
      shape.scrollIntoView({ block: 'center' });
      const [x, y] = centre(shape);
      await executeServerCommand('swipe', { from: [x, y], to: [x, y - 120] });
      await el.updateComplete;
      expect($(el, '[role="tooltip"]')?.textContent ?? '', 'a tooltip shown').not.to.contain('HIMSS');
      await new Promise((r) => setTimeout(r, 300)); // past the tooltip's hide delay
      await el.updateComplete;
      expect($(el, '[role="tooltip"]')?.textContent ?? '', 'a tooltip left up').not.to.contain('HIMSS');
    });

    it('should pan when a finger drags the chart sideways', async () => {
      const { el, fired } = await twoYears();
      const [x, y] = centre(plot(el));
      // Two years over the width: a quarter of it is half a year.
      await executeServerCommand('swipe', { from: [x, y], to: [x + Math.round(WIDTH / 4), y] });
      await frames();
      expect(+el.visibleRange!.from).to.be.closeTo(day('2009-07-02'), 10 * 86_400_000);
      expect(spanDays(el)).to.be.closeTo(730, 1);
      expect(fired).to.have.length(1);
    });

    it('should keep panning when the finger began on a mark that leaves the view, and end once', async () => {
      const { el, fired } = await twoYears();
      plot(el).scrollIntoView({ block: 'start' });
      const box = plot(el).getBoundingClientRect();
      // A mark that starts in the view's first half (in 2010): a pan back to 2008 takes it out of view.
      const start = $$(el, 'g.mark .shape')
        .map((m) => m.getBoundingClientRect())
        .find((r) => r.left >= box.left && r.left < box.left + box.width / 2 && r.top > 0 && r.bottom < innerHeight);
      expect(start, 'a mark to start on').to.not.equal(undefined);
      const [x, y] = [Math.round(start!.left + 4), Math.round(start!.top + start!.height / 2)];
      // Off the chart's right edge: the mark goes out of view, the finger leaves the chart.
      await executeServerCommand('swipe', { from: [x, y], to: [x + WIDTH, y] });
      await frames();
      expect(+el.visibleRange!.from).to.be.below(day('2009-01-01'));
      expect(fired).to.have.length(1);
      const after = +el.visibleRange!.from;
      await executeServerCommand('swipe', { from: [x, y], to: [x - 200, y] });
      await frames();
      expect(+el.visibleRange!.from, 'a new pan starts from there').to.be.above(after);
      expect(fired).to.have.length(2);
    });

    it('should not pan for a tap that wobbles a few pixels', async () => {
      const { el, fired } = await twoYears();
      const range = [+el.visibleRange!.from, +el.visibleRange!.to];
      const [x, y] = centre(plot(el));
      await executeServerCommand('swipe', { from: [x, y], to: [x + 5, y + 1], steps: 3 });
      await frames();
      expect([+el.visibleRange!.from, +el.visibleRange!.to]).to.deep.equal(range);
      expect(fired).to.deep.equal([]);
    });

    /** A vertical swipe from the middle of `on`: the page scrolls, the view stays, nothing fires. */
    async function expectSwipeToScrollPage(on: (el: CocirTimeline) => Element) {
      const { el, fired } = await twoYears();
      const range = [+el.visibleRange!.from, +el.visibleRange!.to];
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      el.parentElement!.after(spacer);
      try {
        on(el).scrollIntoView({ block: 'center' });
        const before = window.scrollY;
        const [x, y] = centre(on(el));
        await executeServerCommand('swipe', { from: [x, y], to: [x + 2, y - 150] });
        await frames();
        expect(window.scrollY).to.be.above(before + 50);
        expect([+el.visibleRange!.from, +el.visibleRange!.to]).to.deep.equal(range);
        expect(fired).to.deep.equal([]);
      } finally {
        spacer.remove();
      }
    }

    it('should leave a vertical swipe on the chart to the page, which scrolls', () =>
      expectSwipeToScrollPage((el) => plot(el)));

    it('should leave a vertical swipe on the overview to the page, which scrolls', () =>
      expectSwipeToScrollPage((el) => $(el, '.overview .brush .selection')));

    it('should pan when a finger drags the overview’s window', async () => {
      const {
        el,
        fired,
        grab: [x, y],
      } = await twoYears();
      await executeServerCommand('swipe', { from: [x, y], to: [x - Math.round(4 * (WIDTH / 22)), y] });
      await el.updateComplete;
      expect(+el.visibleRange!.from).to.be.closeTo(day('2006-01-01'), 10 * 86_400_000);
      expect(spanDays(el)).to.be.closeTo(730, 1);
      expect(fired).to.have.length(1);
    });
  });

  describe('overview', () => {
    const selection = (el: CocirTimeline) => $(el, '.overview .brush .selection');

    it('should show the window over all the years', async () => {
      const el = await mount(WIDTH);
      el.zoomToYears(2008, 2013);
      await el.updateComplete;
      const r = selection(el).getBoundingClientRect();
      const o = $(el, 'svg.overview').getBoundingClientRect();
      const yearPx = WIDTH / 22;
      expect(r.left - o.left).to.be.closeTo(9 * yearPx, 1);
      expect(r.width).to.be.closeTo(6 * yearPx, 1);
    });

    /** Whether the strip shows a tick of `category` at `x` px, in any of its rows. */
    const tickAt = (el: CocirTimeline, category: string, x: number) => {
      const path = $<SVGPathElement>(el, `.overview .events path[data-category="${category}"]`);
      const { ticksTop, tickHeight, rows } = OVERVIEW;
      return Array.from({ length: rows }, (_, r) => ticksTop + r * tickHeight + 1).some(
        (y) => !!path?.isPointInFill(new DOMPoint(x, y)),
      );
    };

    it('should show a tick for every dated event, in view or not, in its category\u2019s colour', async () => {
      const el = await mount(WIDTH);
      el.zoomToYears(2008, 2013);
      await el.updateComplete;
      const data = normalizeData(cocirTimeline);
      const dated = data.events.filter((e) => e.kind !== 'undated');
      const { fromMs, toMs } = dataExtent(data.events)!;
      const x = (ms: number) => ((ms - fromMs) / (toMs - fromMs)) * WIDTH;
      for (const e of dated) {
        const x0 = x(e.openStart ? fromMs : e.startMs);
        expect(tickAt(el, e.category, x0 + 1), `${e.id} at ${x0.toFixed(1)} px`).to.equal(true);
      }
      const colors = new Map(data.categories.map((c) => [c.id, c.color]));
      const paths = $$(el, '.overview .events path');
      expect(paths.map((p) => p.getAttribute('data-category'))).to.have.members([
        ...new Set(dated.map((e) => e.category)),
      ]);
      for (const p of paths) expect(p.getAttribute('fill')).to.equal(colors.get(p.getAttribute('data-category')!));
      expect(tickAt(el, dated[0].category, WIDTH - 1), 'no tick where no event is').to.equal(false);
    });

    it('should draw the strip with a bounded number of elements however many events there are', async () => {
      const categories = ['a', 'b', 'c', 'd', 'e', 'f'];
      const events = Array.from({ length: 5000 }, (_, i) => ({
        id: `e${i}`,
        title: `Event ${i}`,
        category: categories[i % categories.length],
        start: `${1990 + (i % 30)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      }));
      const el = await mount(WIDTH, (el) => (el.events = events));
      expect($$(el, '.overview .events path')).to.have.length(categories.length);
      expect($$(el, '.overview *').length).to.be.below(150);
      const { fromMs, toMs } = dataExtent(normalizeData(events).events)!;
      const x = (ms: number) => ((ms - fromMs) / (toMs - fromMs)) * WIDTH;
      for (const e of events.filter((_, i) => i % 97 === 0)) {
        expect(tickAt(el, e.category, x(day(e.start)) + 1), e.id).to.equal(true);
      }
    });

    it('should pan when the window is dragged and zoom when an edge is dragged', async () => {
      const {
        el,
        fired,
        grab: [x, y],
      } = await twoYears();
      const yearPx = WIDTH / 22;
      await drag([x, y], [x + Math.round(2 * yearPx), y]);
      await el.updateComplete;
      expect(+el.visibleRange!.from).to.be.closeTo(day('2012-01-01'), 10 * 86_400_000);
      expect(spanDays(el)).to.be.closeTo(730, 1);
      expect(fired).to.have.length(1);

      const handles = $$(el, '.overview .brush .handle');
      for (const h of handles) expect(h.getBoundingClientRect().width).to.be.at.least(24);
      const east = handles.find((h) => h.classList.contains('handle--e'))!;
      const right = selection(el).getBoundingClientRect().right;
      await drag([Math.round(right + 6), y], [Math.round(right + 6 + 2 * yearPx), y]);
      await el.updateComplete;
      expect(spanDays(el)).to.be.closeTo(4 * 365, 10);
      expect(fired).to.have.length(2);
      expect(east.getBoundingClientRect().left).to.be.closeTo(selection(el).getBoundingClientRect().right - 8, 1);
    });

    it('should pan a window narrower than a finger by its middle at 320 px, and centre it on a click beside its edge', async () => {
      const el = await mount(320);
      el.zoomToYear(2013);
      for (let i = 0; i < 2; i++) el.zoomIn(); // a month: under a pixel of the strip
      await el.updateComplete;
      expect(spanDays(el)).to.be.at.most(31);
      const before = +el.visibleRange!.from;
      $(el, 'svg.overview').scrollIntoView({ block: 'center' }); // a phone's toolbar takes two rows
      const o = $(el, 'svg.overview').getBoundingClientRect();
      const [x, y] = centre(selection(el));
      const yearPx = o.width / 22;
      await drag([x, y], [Math.round(x - 2 * yearPx), y]);
      await el.updateComplete;
      expect(spanDays(el), 'still a month: panned, not resized').to.be.at.most(31);
      expect(before - +el.visibleRange!.from).to.be.closeTo(2 * 365.25 * 86_400_000, 40 * 86_400_000);
      // A click on the strip 12 px right of the window, where its edge's grip reaches: centred there.
      const right = selection(el).getBoundingClientRect().right;
      const from = +el.visibleRange!.from;
      await sendMouse({ type: 'click', position: [Math.round(right + 12), y] });
      await el.updateComplete;
      expect(+el.visibleRange!.from - from).to.be.closeTo((12 / yearPx) * 365.25 * 86_400_000, 40 * 86_400_000);
      expect(spanDays(el)).to.be.at.most(31);
    });

    /** px of the strip, along its middle row, where a press grabs `grip` (the window's middle: "move"). */
    const gripPx = (el: CocirTimeline, grip: string) => {
      const o = $(el, 'svg.overview').getBoundingClientRect();
      const y = o.top + o.height / 2;
      let n = 0;
      for (let x = Math.ceil(o.left); x < o.right; x++) {
        const hit = el.shadowRoot!.elementFromPoint(x, y);
        if (hit?.closest('svg.overview') && (hit.getAttribute('data-grip') ?? 'new') === grip) n++;
      }
      return n;
    };

    it('should give each edge and the window’s middle a finger’s width (24 px) inside a 320 px strip', async () => {
      const el = await mount(320);
      $(el, 'svg.overview').scrollIntoView({ block: 'center' });
      expect(gripPx(el, 'w'), 'west edge, all years').to.be.at.least(24);
      expect(gripPx(el, 'e'), 'east edge, all years').to.be.at.least(24);
      el.zoomToYears(2012, 2013); // about 29 px of the strip
      await el.updateComplete;
      await frames();
      expect(gripPx(el, 'move'), 'the window’s middle, two years').to.be.at.least(24);
      expect(gripPx(el, 'w'), 'west edge, two years').to.be.at.least(12);
      expect(gripPx(el, 'e'), 'east edge, two years').to.be.at.least(12);
      for (const year of [1999, 2020]) {
        el.zoomToYear(year); // at either end of the strip
        el.zoomIn();
        el.zoomIn(); // a month
        await el.updateComplete;
        await frames();
        for (const grip of ['w', 'move', 'e'])
          expect(gripPx(el, grip), `${grip}, a month of ${year}`).to.be.at.least(23);
      }
    });

    it('should draw a new window where the strip is dragged while it shows all years', async () => {
      const el = await mount(WIDTH);
      const fired = record(el);
      $(el, 'svg.overview').scrollIntoView({ block: 'center' });
      const box = $(el, 'svg.overview').getBoundingClientRect();
      const yearPx = box.width / 22;
      const y = Math.round(box.top + box.height / 2);
      // From the start of 2005 to the start of 2010 (the strip starts at 1999).
      await drag([Math.round(box.left + 6 * yearPx), y], [Math.round(box.left + 11 * yearPx), y]);
      await el.updateComplete;
      expect(+el.visibleRange!.from).to.be.closeTo(day('2005-01-01'), 20 * 86_400_000);
      expect(spanDays(el)).to.be.closeTo(5 * 365.25, 30);
      expect(fired).to.have.length(1);
    });

    it('should draw the view where a glide was going when a click on the strip cuts it short', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      try {
        const el = await mount(WIDTH);
        // Mid-2013 on the strip: inside the brush at every frame of the glide to 2013.
        const o = $(el, 'svg.overview').getBoundingClientRect();
        const [x, y] = [Math.round(o.left + 14.5 * (WIDTH / 22)), Math.round(o.top + o.height / 2)];
        const frame = () => el.shadowRoot!.querySelector<SVGGElement>('g.frame')!;
        const offset = () => frame().transform.baseVal.consolidate()?.matrix.e ?? 0;
        const cx = () =>
          offset() + Number(markNamed(el, 'IMDRF replaces GHTF')?.querySelector('circle')?.getAttribute('cx'));
        await sendMouse({ type: 'move', position: [x, y] });
        el.zoomToYear(2013); // a 200 ms glide
        await frames();
        await sendMouse({ type: 'down' }); // on the window: a drag that does not move
        await sendMouse({ type: 'up' });
        await frames();
        expect(range(el)).to.deep.equal(['2013-01-01', '2014-01-01']);
        expect(cx()).to.be.closeTo(xOf(el, day('2013-01-01') + 43_200_000), 0.01);
      } finally {
        await emulateMedia({ reducedMotion: 'reduce' });
      }
    });

    it('should keep from the page the click a drag of the window ends with, not a click', async () => {
      const {
        el,
        grab: [x, y],
      } = await twoYears();
      const clicks: EventTarget[] = [];
      const spy = (e: Event) => clicks.push(e.target!);
      document.addEventListener('click', spy);
      try {
        await drag([x, y], [x + 60, y]);
        expect(+el.visibleRange!.from).to.be.above(day('2010-06-01')); // it did drag
        expect(clicks).to.have.length(0);
        await sendMouse({ type: 'click', position: [x + 200, y] });
        expect(clicks).to.deep.equal([el]);
      } finally {
        document.removeEventListener('click', spy);
      }
    });

    it('should take an edge dragged far past the strip to the end of the years', async () => {
      const {
        el,
        grab: [, y],
      } = await twoYears();
      const right = selection(el).getBoundingClientRect().right;
      // Grabbed 12 px outside the window, dragged to well past the strip's end.
      await drag([Math.round(right + 12), y], [Math.round(right + 12 + WIDTH), y]);
      await el.updateComplete;
      expect(+el.visibleRange!.from).to.equal(day('2010-01-01'));
      expect(+el.visibleRange!.to).to.equal(+dataExtent(normalizeData(cocirTimeline).events)!.toMs);
    });

    it('should show the years a drag beside the window covers', async () => {
      const el = await mount(WIDTH);
      el.zoomToYear(2013);
      await el.updateComplete;
      const fired = record(el);
      const o = $(el, 'svg.overview').getBoundingClientRect();
      const yearPx = WIDTH / 22;
      const y = Math.round(o.top + o.height / 2);
      // From the start of 2003 back to the start of 2001, right to left.
      await drag([Math.round(o.left + 4 * yearPx), y], [Math.round(o.left + 2 * yearPx), y]);
      await el.updateComplete;
      expect(+el.visibleRange!.from).to.be.closeTo(day('2001-01-01'), 10 * 86_400_000);
      expect(+el.visibleRange!.to).to.be.closeTo(day('2003-01-01'), 10 * 86_400_000);
      expect(fired).to.have.length(1);
      const box = selection(el).getBoundingClientRect();
      expect(box.left - o.left).to.be.closeTo(2 * yearPx, 1);
    });

    it('should centre the window where the strip is clicked beside it', async () => {
      const el = await mount(WIDTH);
      el.zoomToYear(2013);
      await el.updateComplete;
      const fired = record(el);
      const o = $(el, 'svg.overview').getBoundingClientRect();
      const x = Math.round(o.left + (WIDTH / 22) * 4.5); // mid-2003
      await sendMouse({ type: 'click', position: [x, Math.round(o.top + o.height / 2)] });
      await el.updateComplete;
      const mid = (+el.visibleRange!.from + +el.visibleRange!.to) / 2;
      expect(mid).to.be.closeTo(day('2003-07-02'), 20 * 86_400_000);
      expect(spanDays(el)).to.be.closeTo(365, 1);
      expect(fired).to.have.length(1);
    });
  });

  describe('axis', () => {
    it('should leave the lanes and the axis line untouched by a zoom step', async () => {
      const el = await mount(WIDTH);
      const writes: string[] = [];
      const observer = new MutationObserver((records) =>
        writes.push(
          ...records.map((r) => `${(r.target as Element).getAttribute?.('class')} ${r.attributeName ?? r.type}`),
        ),
      );
      // The lanes' layer and all in it; the chart and the axis group themselves, and the axis line.
      observer.observe($(el, 'g.lanes'), { attributes: true, characterData: true, childList: true, subtree: true });
      for (const node of $$(el, 'svg.plot, .axis, .axis line.domain')) observer.observe(node, { attributes: true });
      const labels = row1(el);
      el.zoomIn();
      await el.updateComplete;
      await frames();
      observer.disconnect();
      expect(row1(el)).not.to.deep.equal(labels); // the step was drawn
      expect(writes).to.deep.equal([]);
    });

    const views: [string, (el: CocirTimeline) => void][] = [
      ['all', () => undefined],
      ['2008–2013', (el) => el.zoomToYears(2008, 2013)],
      ['2013', (el) => el.zoomToYear(2013)],
      [
        'a quarter',
        (el) => {
          el.zoomToYear(2013);
          el.zoomIn();
        },
      ],
      [
        'a month',
        (el) => {
          el.zoomToYear(2013);
          el.zoomIn();
          el.zoomIn();
        },
      ],
      ['a free window', (el) => Object.assign(el, { from: '2012-11-17', to: '2014-01-20' })],
    ];
    for (const width of [320, 480, 800, 1200]) {
      it(`should never overlap its labels at ${width} px`, async () => {
        const el = await mount(width);
        for (const [name, show] of views) {
          el.from = el.to = undefined;
          await el.updateComplete;
          el.resetZoom();
          show(el);
          await el.updateComplete;
          const svg = plot(el).getBoundingClientRect();
          for (const row of ['.axis .tick:not(.span) text', '.axis .tick.span text']) {
            const boxes = $$(el, row)
              .filter((t) => t.textContent)
              .map((t) => t.getBoundingClientRect())
              .sort((a, b) => a.left - b.left);
            for (const b of boxes) {
              expect(b.left - svg.left, `${name}: inside`).to.be.at.least(-0.5);
              expect(b.right - svg.left, `${name}: inside`).to.be.at.most(width + 0.5);
            }
            for (let i = 1; i < boxes.length; i++) {
              expect(boxes[i].left, `${name}: ${row} overlap`).to.be.at.least(boxes[i - 1].right);
            }
          }
          expect(row1(el).length, `${name}: labels`).to.be.at.least(2);
        }
      });
    }
  });

  describe('lifecycle', () => {
    it('should release its listeners when removed and work again when put back', async () => {
      const el = await mount(WIDTH);
      const svg = plot(el);
      const box = el.parentElement!;
      expect(select(svg).on('wheel.zoom')).to.be.a('function');
      el.remove();
      expect(select(svg).on('wheel.zoom')).to.be.undefined;
      box.append(el);
      await el.updateComplete;
      await frames();
      expect(select(svg).on('wheel.zoom')).to.be.a('function');
      const changed = oneEvent(el, 'cocir-range-change');
      await wheel(centre(svg), -200, true);
      await changed;
      expect(spanDays(el), 'two notches: half the years').to.be.below(22 * 365.25 * 0.51);
    });

    it('should forget a drag of the overview when removed mid-drag, and its brush follow the view again', async () => {
      const {
        el,
        fired,
        grab: [x, y],
      } = await twoYears();
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 40, y] });
      const box = el.parentElement!;
      el.remove();
      box.append(el);
      await el.updateComplete;
      await sendMouse({ type: 'up' });
      el.zoomToYears(2003, 2004);
      await el.updateComplete;
      const strip = $(el, 'svg.overview').getBoundingClientRect();
      expect($(el, '.overview .brush .selection').getBoundingClientRect().left - strip.left).to.be.closeTo(
        4 * (WIDTH / 22),
        1,
      );
      expect(fired).to.deep.equal([]);
    });
  });
});

function xOfTick(tick: Element): number {
  return Number(/translate\(([-\d.]+)/.exec(tick.getAttribute('transform')!)![1]);
}
