import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { CocirTimeline } from '../src/cocir-timeline.js';
import type { TimelineEvent } from '../src/model/types.js';
import { mount } from './helpers.js';

const BAD = [{ id: 'a', title: 'Alpha', category: 'one', start: '2001' }, { id: 'b' }] as TimelineEvent[];
const BLACK = 'rgb(0, 0, 0)';

describe('<cocir-timeline> in print', () => {
  let el: CocirTimeline;
  beforeEach(async () => {
    el = await mount(700, (e) => (e.events = [...BAD]));
    await emulateMedia({ media: 'print' });
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('should hide the controls', () => {
    const root = el.shadowRoot!;
    // (A chip's "only" half prints: it closes the chip's outline.)
    const controls = '.list-toggle, .export button, .legend-action, .zoom button, .notice button, svg.overview';
    const shown = [...root.querySelectorAll(controls)].filter((c) => c.checkVisibility());
    expect(shown.map((c) => c.textContent!.trim())).to.deep.equal([]);
    // The notice itself still prints: the reader learns that events were skipped.
    expect(root.querySelector('.notice')!.checkVisibility()).to.equal(true);
    // So do the chips, the legend of the printed colours.
    expect(root.querySelector('.chip')!.checkVisibility()).to.equal(true);
  });

  it('should not print what hover and focus show, nor the card’s close button', async () => {
    await emulateMedia({ media: 'screen' });
    const root = el.shadowRoot!;
    const mark = root.querySelector<SVGGElement>('g.mark')!;
    mark.focus();
    await el.updateComplete;
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el.updateComplete;
    mark.focus(); // back on the mark: its tooltip up, its card open
    await el.updateComplete;
    const parts = ['[role="tooltip"]', '.card .close'].map((s) => root.querySelector(s));
    expect(
      parts.map((p) => !!p?.checkVisibility()),
      'on screen',
    ).to.deep.equal([true, true]);
    await emulateMedia({ media: 'print' });
    expect(
      parts.map((p) => p!.checkVisibility()),
      'in print',
    ).to.deep.equal([false, false]);
    expect(root.querySelector('.card')!.checkVisibility(), 'the card itself').to.equal(true);
  });

  it('should print its text black on white', () => {
    const root = el.shadowRoot!;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(root.querySelector('h2')!).color).to.equal(BLACK);
    expect(getComputedStyle(root.querySelector('.summary')!).color).to.equal(BLACK);
    expect(getComputedStyle(root.querySelector('.mark .label')!).fill).to.equal(BLACK);
    expect(getComputedStyle(root.querySelector('.lane-label')!).fill).to.equal(BLACK);
    expect(getComputedStyle(root.querySelector('.axis .tick text')!).fill).to.equal(BLACK);
  });

  it('should print black on white in the dark theme too, with light lanes', async () => {
    const root = el.shadowRoot!;
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(root.querySelector('h2')!).color).to.equal(BLACK);
    expect(getComputedStyle(root.querySelector('.lane-label')!).fill).to.equal(BLACK);
    const bands = [...root.querySelectorAll('.band')].map((b) => getComputedStyle(b).fill);
    expect(bands).to.include('rgb(244, 245, 247)');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(el).backgroundColor, 'dark on screen').to.equal('rgb(22, 24, 29)');
  });

  it('should print black on white over a page’s own dark colours for it too', async () => {
    const root = el.shadowRoot!;
    const style = document.createElement('style');
    style.textContent = `cocir-timeline { --cocir-background: #111; --cocir-lane: #222; --cocir-lane-alt: #181818;
      --cocir-text: #eee; --cocir-muted: #bbb; background: #111; color: #eee; }`;
    document.head.append(style);
    try {
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(root.querySelector('h2')!).color).to.equal(BLACK);
      const bands = [...root.querySelectorAll('.band')].map((b) => getComputedStyle(b).fill);
      expect(bands).to.include('rgb(244, 245, 247)');
      expect(bands).to.not.include('rgb(34, 34, 34)');
      await emulateMedia({ media: 'screen' });
      expect(getComputedStyle(el).backgroundColor, 'the page’s colours on screen').to.equal('rgb(17, 17, 17)');
    } finally {
      style.remove();
    }
  });

  it('should scale the chart to the full width of the page, keeping its proportions', () => {
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('.chart svg')!;
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect(w).to.equal(700);
    // Wider paper than the screen box: the chart follows the host, whatever width it prints at.
    el.parentElement!.style.width = '1000px';
    const box = svg.getBoundingClientRect();
    expect(box.width).to.be.closeTo(el.clientWidth, 1);
    expect(box.height).to.be.closeTo((h * box.width) / w, 1);
  });

  it('should keep the screen look outside print', async () => {
    await emulateMedia({ media: 'screen' });
    const root = el.shadowRoot!;
    expect(getComputedStyle(root.querySelector('.export')!).display).not.to.equal('none');
    expect(getComputedStyle(root.querySelector('h2')!).color).to.equal('rgb(29, 33, 41)');
  });

  it('should print every chip of a narrow legend, in rows rather than one scrolled row', async () => {
    const narrow = await mount(400);
    const strip = narrow.shadowRoot!.querySelector<HTMLElement>('.chips')!;
    const chips = [...strip.querySelectorAll('.chip-pair')];
    const rows = () => new Set(chips.map((c) => Math.round(c.getBoundingClientRect().top))).size;
    await emulateMedia({ media: 'screen' });
    expect(rows()).to.equal(1); // on screen: one row that scrolls
    await emulateMedia({ media: 'print' });
    expect(rows()).to.be.above(1);
    expect(strip.scrollWidth).to.equal(strip.clientWidth);
    // Only the chart scales to the paper: a chip's shape keeps its size.
    expect(strip.querySelector('svg.glyph')!.getBoundingClientRect().width).to.equal(12);
  });
});
