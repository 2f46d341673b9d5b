// The self-contained bundle, as a page loads it with one script tag: nothing else is imported.
// Loaded twice (two URLs are two module instances, as when two scripts on a page both include
// it): the second copy must neither throw nor redefine the tag.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import type { CocirTimeline } from '../src/cocir-timeline.js';

type BundleModule = typeof import('../src/index.js');

const BUNDLE = '/dist/cocir-timeline.js';
const load = (url: string): Promise<BundleModule> => import(/* @vite-ignore */ url);

describe('the self-contained bundle (dist/cocir-timeline.js)', () => {
  let first: BundleModule;
  let second: BundleModule;
  before(async () => {
    first = await load(BUNDLE);
    second = await load(`${BUNDLE}?v=2`);
  });

  it('should be the only script the page loads for the element', () => {
    const scripts = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.pathname.endsWith('.js') && !/__web-(test-runner|dev-server)__/.test(u.pathname));
    const ours = scripts.filter((u) => !/\/node_modules\/|\/test\//.test(u.pathname));
    expect(ours.map((u) => u.pathname + u.search)).to.have.members([BUNDLE, `${BUNDLE}?v=2`]);
  });

  it('should import nothing and contain no React', async () => {
    const text = await (await fetch(BUNDLE)).text();
    // A bare specifier in an import statement or expression (not the word "from" in a string).
    expect(text).not.to.match(/\bimport\s*(?:[\w$*\s{},]+\bfrom\s*)?\(?\s*["'](?![./])/);
    expect(text).not.to.match(/\bimport\s*\(?\s*["'](?![./])/);
    expect(text).not.to.match(/\breact(-dom)?\b|react\.(transitional\.)?element/i);
  });

  it('should define the tag once, with the class of the copy that loaded first', () => {
    expect(first.CocirTimeline).not.to.equal(second.CocirTimeline);
    expect(customElements.get('cocir-timeline')).to.equal(first.CocirTimeline);
  });

  it('should draw the embedded events', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.style.width = '800px';
    const el = document.createElement('cocir-timeline');
    box.append(el);
    await el.updateComplete;
    expect(el).to.be.instanceOf(first.CocirTimeline);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('COCIR cooperation timeline');
    expect(el.shadowRoot!.querySelectorAll('g.mark')).to.have.length(14);
  });

  // The bundle swaps in stand-ins for d3-transition and d3-interpolate (rollup.config.mjs), which
  // the tests of src/ never load: these paths draw through the bundle's scales, zoom and brush.
  describe('zoom, pan and brush', () => {
    const WIDTH = 1000;
    const DAY = 86_400_000;
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);

    before(async () => {
      await setViewport({ width: 1280, height: 1400 });
      await emulateMedia({ reducedMotion: 'reduce' });
      window.addEventListener('error', onError);
    });
    after(async () => {
      window.removeEventListener('error', onError);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });
    afterEach(() => resetMouse());

    async function mount(): Promise<CocirTimeline> {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.style.width = `${WIDTH}px`;
      const el = document.createElement('cocir-timeline');
      box.append(el);
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); // sized and drawn
      return el;
    }
    const $ = (el: CocirTimeline, selector: string) => el.shadowRoot!.querySelector(selector)!;
    const centre = (node: Element): [number, number] => {
      const r = node.getBoundingClientRect();
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    };
    const year = (y: number) => Date.UTC(y, 0, 1);
    /** Where the axis draws its ticks labelled `text`, px from the plot's left. */
    const tickXs = (el: CocirTimeline, text: string) =>
      [...el.shadowRoot!.querySelectorAll('.axis .tick:not(.span)')]
        .filter((t) => t.querySelector('text')!.textContent === text)
        .map((t) => t.getBoundingClientRect().left - $(el, 'svg.plot').getBoundingClientRect().left);
    async function drag(from: [number, number], to: [number, number]) {
      await sendMouse({ type: 'move', position: from });
      await sendMouse({ type: 'down' });
      for (let i = 1; i <= 4; i++) {
        const at = (k: 0 | 1) => Math.round(from[k] + ((to[k] - from[k]) * i) / 4);
        await sendMouse({ type: 'move', position: [at(0), at(1)] });
      }
      await sendMouse({ type: 'up' });
    }

    it('should zoom with Ctrl + wheel, pan with a drag and follow the overview brush, without errors', async () => {
      const el = await mount();
      const span = () => +el.visibleRange!.to - +el.visibleRange!.from;
      el.zoomToYears(2008, 2013);
      await el.updateComplete;
      expect(+el.visibleRange!.from).to.equal(year(2008));
      expect(+el.visibleRange!.to).to.equal(year(2014));
      const januaries = tickXs(el, 'Jan');
      expect(januaries).to.have.length(6);
      januaries.forEach((x, i) =>
        expect(x).to.be.closeTo(((year(2008 + i) - year(2008)) / (year(2014) - year(2008))) * WIDTH, 0.5),
      );

      const plot = $(el, 'svg.plot');
      const zoomed = oneEvent(el, 'cocir-range-change');
      await executeServerCommand('wheel', { x: centre(plot)[0], y: centre(plot)[1], deltaY: -200, ctrlKey: true });
      await zoomed;
      expect(span()).to.be.below(6 * 365 * DAY);

      el.zoomToYear(2012);
      await el.updateComplete;
      const [x, y] = centre(plot);
      await drag([x, y], [x - 250, y]);
      await el.updateComplete;
      expect(+el.visibleRange!.from).to.be.closeTo(year(2012) + 0.25 * 366 * DAY, DAY);
      expect(span()).to.equal(366 * DAY);

      const brush = $(el, '.overview .brush .selection');
      const [bx, by] = centre(brush);
      await drag([bx, by], [bx + Math.round(WIDTH / 22), by]);
      await el.updateComplete;
      expect(+el.visibleRange!.from).to.be.closeTo(year(2013) + 0.25 * 366 * DAY, 10 * DAY);
      // The strip is the whole data extent (1999 to 2021) over the width.
      const left = brush.getBoundingClientRect().left - $(el, 'svg.overview').getBoundingClientRect().left;
      expect(left).to.be.closeTo(((+el.visibleRange!.from - year(1999)) / (year(2021) - year(1999))) * WIDTH, 1);
      expect(errors).to.deep.equal([]);
    });

    // The bundle leaves out the d3-selection methods nothing calls (rollup.config.mjs): clusters,
    // their split, the filter, the list and the download go through the ones it keeps.
    it('should cluster dense data, split it, filter it, list it and download it, without errors', async () => {
      const el = await mount();
      const categories = ['a', 'b', 'c'];
      el.events = Array.from({ length: 3000 }, (_, i) => ({
        id: `e${i}`,
        title: `Event ${i}`,
        category: categories[i % 3],
        start: new Date(year(1990) + ((i * 4001) % 3000) * 4 * DAY).toISOString().slice(0, 10),
      }));
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const count = (selector: string) => el.shadowRoot!.querySelectorAll(selector).length;
      const clusters = count('g.cluster');
      expect(clusters).to.be.above(20);

      el.zoomToYear(2000);
      await el.updateComplete;
      expect(count('g.mark')).to.be.above(20);

      el.categories = ['a'];
      await el.updateComplete;
      expect(count('g.lane')).to.equal(1);
      el.resetZoom();
      await el.updateComplete;
      expect(count('g.cluster')).to.be.within(1, clusters - 1);

      ($(el, '.list-toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(count('.list-box tbody tr')).to.equal(100);

      // The download: the SVG the link would save, taken from its click (nothing is saved).
      const click = HTMLAnchorElement.prototype.click;
      const saved = new Promise<string>((resolve) => {
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          resolve(this.download);
        };
      });
      try {
        ($(el, '.export-button') as HTMLButtonElement).click();
        await el.updateComplete;
        ($(el, '#export-menu [role="menuitem"]') as HTMLButtonElement).click();
        expect(await saved).to.match(/\.svg$/);
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(errors).to.deep.equal([]);
    });
  });
});
