import { expect } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { CocirTimeline } from '../src/cocir-timeline.js';
import type { TimelineFilterChangeDetail } from '../src/index.js';
import { categories, events as cocirEvents } from '../data/events.js';
import { shapeFor, shapePath } from '../src/model/shapes.js';
import { MARK } from '../src/render/marks.js';
import { SLIDE_LIMIT } from '../src/render/repack.js';
import { mount as mountAt } from './helpers.js';

/** Mounts a timeline after a button (a place for Tab to start from) and waits for it to draw. */
const mount = (width: number, setup?: (el: CocirTimeline) => void) => mountAt(width, setup, { buttonBefore: true });

const ALL = categories.map((c) => c.id);
const $$ = <T extends Element>(el: CocirTimeline, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const chips = (el: CocirTimeline) => $$<HTMLButtonElement>(el, '.chip');
const chip = (el: CocirTimeline, id: string) => chips(el).find((c) => c.dataset.category === id)!;
const onlyButton = (el: CocirTimeline, id: string) => chip(el, id).nextElementSibling as HTMLButtonElement;
const action = (el: CocirTimeline, text: string) =>
  $$<HTMLButtonElement>(el, '.legend-action').find((b) => b.textContent!.trim() === text)!;
const pressed = (el: CocirTimeline) => chips(el).map((c) => c.getAttribute('aria-pressed'));
const shownChips = (el: CocirTimeline) =>
  chips(el)
    .filter((c) => c.getAttribute('aria-pressed') === 'true')
    .map((c) => c.dataset.category);
const names = (el: CocirTimeline) => $$(el, 'g.mark').map((m) => m.getAttribute('aria-label')!);
const laneLabels = (el: CocirTimeline) => $$(el, '.lane-label').map((t) => t.textContent);
const undatedTitles = (el: CocirTimeline) => $$(el, '.undated .title').map((t) => t.textContent);
const count = (el: CocirTimeline, id: string) => Number(chip(el, id).querySelector('.count')!.textContent);
const offsetY = (g: SVGGraphicsElement) => g.transform.baseVal.consolidate()!.matrix.f;

/** Titles of the embedded events of `category`, dated or not. */
const titles = (category: string, dated: boolean) =>
  cocirEvents.filter((e) => e.category === category && !!(e.start || e.end) === dated).map((e) => e.title);
const drawnTitles = (el: CocirTimeline) =>
  names(el).map((n) => cocirEvents.find((e) => n.startsWith(`${e.title},`))!.title);

/** A real click at the middle of `target`, as the reader's pointer would. */
async function click(target: Element) {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

/** Collects the `cocir-filter-change` events that reach the element's parent. */
function record(el: CocirTimeline) {
  const got: CustomEvent<TimelineFilterChangeDetail>[] = [];
  el.parentElement!.addEventListener('cocir-filter-change', (e) => got.push(e));
  return got;
}

/**
 * What has focus in the element, in words ("chip regulatory", "only regulatory", "Show all",
 * "nothing"): a failed assertion then prints text, not a DOM node.
 */
function focused(el: CocirTimeline): string {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  if (!active) return 'nothing';
  if (active.classList.contains('chip')) return `chip ${active.dataset.category}`;
  if (active.classList.contains('only'))
    return `only ${(active.previousElementSibling as HTMLElement).dataset.category}`;
  return active.textContent!.trim();
}

async function press(el: CocirTimeline, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function pressShiftTab(el: CocirTimeline) {
  await sendKeys({ down: 'Shift' });
  try {
    await press(el, 'Tab');
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

describe('<cocir-timeline> category filter', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => resetMouse());

  describe('the legend', () => {
    let el: CocirTimeline;
    beforeEach(async () => {
      el = await mount(760);
    });

    it('should have a pressed chip per category, undated-only ones too, named by label and count', () => {
      expect(chips(el).map((c) => c.dataset.category)).to.deep.equal(ALL);
      expect(pressed(el).every((p) => p === 'true')).to.be.true;
      expect(chips(el).map((c) => c.querySelector('.chip-label')!.textContent)).to.deep.equal(
        categories.map((c) => c.label),
      );
      expect(chip(el, 'regulatory').getAttribute('aria-label')).to.equal('Regulation, 3 events');
      expect(chip(el, 'ai').getAttribute('aria-label')).to.equal('Artificial intelligence, 1 event');
      expect(titles('ai', true)).to.be.empty;
    });

    it('should count every event of a category in view, undated ones included', () => {
      for (const { id } of categories) {
        const all = cocirEvents.filter((e) => e.category === id).length;
        expect(count(el, id), id).to.equal(all);
      }
      expect(count(el, 'regulatory')).to.equal(3); // two dated, one undated
    });

    it('should draw the same shape on a chip, its lane heading and its marks', () => {
      categories.forEach(({ id }, i) => {
        expect(chip(el, id).querySelector('svg.glyph path')!.getAttribute('d')).to.equal(shapePath(shapeFor(i), 5));
      });
      const regulation = categories.findIndex((c) => c.id === 'regulatory');
      const glyph = shapePath(shapeFor(regulation), MARK.glyphRadius);
      const lane = $$<SVGGElement>(el, 'g.lane').find((g) => g.textContent === 'Regulation')!;
      expect(lane.querySelector('path.swatch')!.getAttribute('d')).to.equal(glyph);
      const marks = $$(el, 'g.mark').filter((m) => m.getAttribute('aria-label')!.startsWith('IMDRF replaces GHTF'));
      expect(marks[0].querySelector('text.label')!.getAttribute('visibility'), 'its label shown').to.equal(null);
      expect(marks[0].querySelector('path.glyph')!.getAttribute('d')).to.equal(glyph);
      // Neighbouring categories that share a colour still differ by shape.
      const [who, hta] = ['who', 'hta'].map((id) => chip(el, id).querySelector('path')!.getAttribute('d'));
      expect(who).not.to.equal(hta);
    });

    it('should give every button a target of at least 24 × 24 px', () => {
      const buttons = $$<HTMLButtonElement>(el, '.legend button');
      expect(buttons).to.have.length(2 + 2 * ALL.length);
      for (const b of buttons) {
        const r = b.getBoundingClientRect();
        expect(r.width, b.textContent!).to.be.at.least(24);
        expect(r.height, b.textContent!).to.be.at.least(24);
      }
    });
  });

  describe('toggling', () => {
    it('should hide a category on a click: its lane, marks and undated entries, and re-pack the lanes', async () => {
      const el = await mount(760);
      const got = record(el);
      const lanesBefore = new Map($$<SVGGElement>(el, 'g.lane').map((g) => [g.textContent, g]));
      const standardisationY = offsetY(lanesBefore.get('Standardisation')!);
      const regulationHeight = Number(lanesBefore.get('Regulation')!.querySelector('.band')!.getAttribute('height'));
      const markX = (title: string) =>
        $$(el, 'g.mark')
          .find((m) => m.getAttribute('aria-label')!.startsWith(title))!
          .querySelector('rect.shape')!
          .getAttribute('x');
      const cenelecX = markX('CENELEC BT member');

      await click(chip(el, 'regulatory'));
      await el.updateComplete;

      expect(chip(el, 'regulatory').getAttribute('aria-pressed')).to.equal('false');
      expect(drawnTitles(el)).not.to.include.members(titles('regulatory', true));
      expect(drawnTitles(el)).to.include.members(titles('standardisation', true));
      expect(laneLabels(el)).not.to.include('Regulation');
      expect(undatedTitles(el)).not.to.include.members(titles('regulatory', false));
      expect(undatedTitles(el)).to.include.members(titles('who', false));
      // The lanes below close up; the window is unchanged.
      const standardisation = $$<SVGGElement>(el, 'g.lane').find((g) => g.textContent === 'Standardisation')!;
      expect(offsetY(standardisation)).to.equal(standardisationY - regulationHeight);
      let y = 0;
      for (const lane of $$<SVGGElement>(el, 'g.lane')) {
        expect(offsetY(lane)).to.equal(y);
        y += Number(lane.querySelector('.band')!.getAttribute('height'));
      }
      expect(markX('CENELEC BT member')).to.equal(cenelecX);
      // Hidden chips keep counting.
      expect(count(el, 'regulatory')).to.equal(3);

      const rest = ALL.filter((id) => id !== 'regulatory');
      expect(el.getAttribute('categories')).to.equal(rest.join(' '));
      expect(el.categories).to.deep.equal(rest);
      expect(got).to.have.length(1);
      expect(got[0].detail).to.deep.equal({ categories: rest });
      expect(got[0].bubbles && got[0].composed).to.be.true;
    });

    it('should show it again on a second click and drop the attribute once all are shown', async () => {
      const el = await mount(760);
      const got = record(el);
      const before = names(el);
      await click(chip(el, 'oecd'));
      await el.updateComplete;
      await click(chip(el, 'oecd'));
      await el.updateComplete;
      expect(chip(el, 'oecd').getAttribute('aria-pressed')).to.equal('true');
      expect(names(el)).to.have.members(before);
      expect(el.hasAttribute('categories')).to.be.false;
      expect(el.categories).to.be.undefined;
      expect(got.map((e) => e.detail.categories.length)).to.deep.equal([ALL.length - 1, ALL.length]);
    });

    it('should hide everything with "Show none" and bring it back with "Show all"', async () => {
      const el = await mount(760);
      const got = record(el);
      await click(action(el, 'Show none'));
      await el.updateComplete;
      expect(pressed(el).every((p) => p === 'false')).to.be.true;
      expect(names(el)).to.be.empty;
      expect(laneLabels(el)).to.be.empty;
      expect(undatedTitles(el)).to.be.empty;
      expect($$(el, '.undated')).to.have.length(0);
      expect(el.shadowRoot!.querySelector('.none-shown')!.textContent).to.equal(
        'No category is shown: choose categories above.',
      );
      expect(el.getAttribute('categories')).to.equal('');
      expect(got.at(-1)!.detail).to.deep.equal({ categories: [] });

      await click(action(el, 'Show all'));
      await el.updateComplete;
      expect(pressed(el).every((p) => p === 'true')).to.be.true;
      expect(names(el)).to.have.length(cocirEvents.filter((e) => e.start || e.end).length);
      expect(el.hasAttribute('categories')).to.be.false;
      expect($$(el, '.none-shown')).to.have.length(0);
      expect(got.at(-1)!.detail).to.deep.equal({ categories: ALL });

      await click(action(el, 'Show all')); // nothing changes: nothing to tell
      await el.updateComplete;
      expect(got).to.have.length(2);
    });

    it('should isolate one category with its "only" button', async () => {
      const el = await mount(760);
      const got = record(el);
      const only = onlyButton(el, 'standardisation');
      expect(only.getAttribute('aria-label')).to.equal('Show only Standardisation');
      await click(only);
      await el.updateComplete;
      expect(shownChips(el)).to.deep.equal(['standardisation']);
      expect(drawnTitles(el)).to.have.members(titles('standardisation', true));
      expect(laneLabels(el)).to.deep.equal(['Standardisation']);
      expect(el.getAttribute('categories')).to.equal('standardisation');
      expect(got.map((e) => e.detail)).to.deep.equal([{ categories: ['standardisation'] }]);
    });

    it('should isolate one category on Alt+click', async () => {
      const el = await mount(760);
      const got = record(el);
      await sendKeys({ down: 'Alt' });
      try {
        await click(chip(el, 'interoperability'));
      } finally {
        await sendKeys({ up: 'Alt' });
      }
      await el.updateComplete;
      expect(shownChips(el)).to.deep.equal(['interoperability']);
      expect(drawnTitles(el)).to.have.members(titles('interoperability', true));
      expect(undatedTitles(el)).to.deep.equal(titles('interoperability', false));
      expect(got.map((e) => e.detail)).to.deep.equal([{ categories: ['interoperability'] }]);
    });

    it('should announce a filter change when every event is undated (there is no view to name)', async () => {
      const el = await mount(760, (e) => {
        e.events = [
          { id: 'a', title: 'A', category: 'x' },
          { id: 'b', title: 'B', category: 'y' },
        ];
      });
      const status = () => $$(el, '[role="status"].visually-hidden')[0].textContent!.trim();
      await click(chip(el, 'x'));
      await el.updateComplete;
      expect(undatedTitles(el)).to.deep.equal(['B']);
      expect(status()).to.equal('1 of 2 categories');
      await click(chip(el, 'x'));
      await el.updateComplete;
      expect(status()).to.equal('2 of 2 categories');
    });

    it('should filter the undated list with chips of undated-only categories', async () => {
      const el = await mount(760);
      const before = names(el);
      expect(undatedTitles(el)).to.include('AI4People');
      await click(chip(el, 'ai'));
      await el.updateComplete;
      expect(undatedTitles(el)).not.to.include('AI4People');
      expect(names(el)).to.deep.equal(before);
    });
  });

  describe('on a narrow screen', () => {
    /** The chips' row tops, each once. */
    const rows = (el: CocirTimeline) => new Set(chips(el).map((c) => Math.round(c.getBoundingClientRect().top))).size;
    const strip = (el: CocirTimeline) => el.shadowRoot!.querySelector<HTMLElement>('.chips')!;
    const inView = (el: CocirTimeline, button: Element) => {
      const [box, r] = [strip(el).getBoundingClientRect(), button.getBoundingClientRect()];
      return r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
    };

    it('should keep the chips in one row that scrolls sideways, each reached by the keyboard', async () => {
      const el = await mount(320);
      expect(rows(el)).to.equal(1);
      expect(strip(el).scrollWidth).to.be.above(strip(el).clientWidth * 3);
      expect(inView(el, onlyButton(el, 'european-forum'))).to.equal(false);
      // The chart starts under that row, not a dozen rows of chips down.
      const legend = el.shadowRoot!.querySelector('.legend')!.getBoundingClientRect();
      expect(legend.height).to.be.below(120);
      await expect(el).to.be.accessible();

      chip(el, 'alliances').focus();
      await press(el, 'End');
      expect(focused(el)).to.equal('only european-forum');
      expect(inView(el, onlyButton(el, 'european-forum'))).to.equal(true);
      // Focus rings stay inside the row, whose ends are the element's.
      const [row, host] = [strip(el).getBoundingClientRect(), el.getBoundingClientRect()];
      expect(row.right).to.be.at.most(host.right);
      expect(onlyButton(el, 'european-forum').getBoundingClientRect().right + 4).to.be.at.most(row.right);
      await click(chip(el, 'european-forum'));
      expect(chip(el, 'european-forum').getAttribute('aria-pressed')).to.equal('false');
    });

    it('should wrap the chips in rows where there is room', async () => {
      const el = await mount(760);
      expect(rows(el)).to.be.above(1);
      expect(strip(el).scrollWidth).to.equal(strip(el).clientWidth);
      expect(chips(el).every((c) => inView(el, c))).to.equal(true);
    });
  });

  describe('from the keyboard', () => {
    it('should ring the focused chip in the theme’s focus colour', async () => {
      const el = await mount(760);
      el.style.setProperty('--cocir-focus', 'rgb(200, 0, 100)');
      el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      for (let i = 0; i < 5; i++) await press(el, 'Tab');
      expect(focused(el)).to.equal('chip alliances');
      const ring = getComputedStyle(el.shadowRoot!.activeElement!);
      expect([ring.outlineStyle, ring.outlineColor]).to.deep.equal(['solid', 'rgb(200, 0, 100)']);
    });

    it('should reach the chips with Tab, move with arrows, toggle with Space and Enter', async () => {
      const el = await mount(760);
      const got = record(el);
      el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      await press(el, 'Tab');
      expect(focused(el)).to.equal('List view');
      await press(el, 'Tab');
      expect(focused(el)).to.equal('Download');
      await press(el, 'Tab');
      expect(focused(el)).to.equal('Show all');
      await press(el, 'Tab');
      expect(focused(el)).to.equal('Show none');
      await press(el, 'Tab');
      expect(focused(el)).to.equal('chip alliances');
      expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle).to.equal('solid');

      await press(el, 'ArrowRight');
      expect(focused(el)).to.equal('only alliances');
      await press(el, 'ArrowRight');
      expect(focused(el)).to.equal('chip regulatory');
      await press(el, 'Space');
      expect(chip(el, 'regulatory').getAttribute('aria-pressed')).to.equal('false');
      expect(drawnTitles(el)).not.to.include.members(titles('regulatory', true));
      await press(el, 'Enter');
      expect(chip(el, 'regulatory').getAttribute('aria-pressed')).to.equal('true');
      expect(got.map((e) => e.detail.categories.includes('regulatory'))).to.deep.equal([false, true]);

      await press(el, 'End');
      expect(focused(el)).to.equal('only european-forum');
      await press(el, 'Enter');
      expect(shownChips(el)).to.deep.equal(['european-forum']);
      await press(el, 'Home');
      expect(focused(el)).to.equal('chip alliances');
      await press(el, 'ArrowLeft');
      expect(focused(el)).to.equal('only european-forum');
    });

    it('should keep one tab stop in the chips, where the reader left it', async () => {
      const el = await mount(760);
      el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      for (let i = 0; i < 5; i++) await press(el, 'Tab'); // List view, Download, Show all, Show none, the chips
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      expect(focused(el)).to.equal('only regulatory');
      await press(el, 'Tab');
      expect(focused(el)).to.equal('‹'); // past the legend: the zoom toolbar's first button, Earlier
      await pressShiftTab(el);
      expect(focused(el)).to.equal('only regulatory');
      await pressShiftTab(el);
      expect(focused(el)).to.equal('Show none');
    });
  });

  describe('across new data', () => {
    const data = (...cats: string[]) => cats.map((c, i) => ({ id: `${c}${i}`, title: c, category: c, start: '2001' }));

    it('should keep what the reader hid hidden, and show the new data’s other categories, warning about nothing', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await mount(760, (e) => (e.events = data('one', 'two', 'three')));
        await click(chip(el, 'two'));
        await el.updateComplete;
        expect(el.categories).to.deep.equal(['one', 'three']);
        el.events = data('one', 'two', 'four'); // a refresh of the page's data: three went, four came
        await el.updateComplete;
        expect(shownChips(el)).to.deep.equal(['one', 'four']);
        expect(el.getAttribute('categories')).to.equal('one four');
        expect(warnings).to.deep.equal([]);
        el.events = data('one', 'four');
        await el.updateComplete;
        expect(shownChips(el)).to.deep.equal(['one', 'four']);
        expect(el.hasAttribute('categories'), 'every category shown').to.be.false;
      } finally {
        console.warn = warn;
      }
    });

    it('should keep a list the page set, as it is, over new data', async () => {
      const el = await mount(760, (e) => (e.events = data('one', 'two', 'three')));
      await click(chip(el, 'two'));
      await el.updateComplete;
      el.categories = ['one', 'three']; // the page's own list now, equal or not to the reader's
      el.events = data('one', 'two', 'three', 'four');
      await el.updateComplete;
      expect(shownChips(el)).to.deep.equal(['one', 'three']);
    });
  });

  describe('set by the page', () => {
    it('should open on the categories of the attribute, firing nothing', async () => {
      const fired: Event[] = [];
      const el = await mount(760, (e) => {
        e.setAttribute('categories', 'regulatory standardisation');
        e.addEventListener('cocir-filter-change', (ev) => fired.push(ev));
      });
      expect(el.categories).to.deep.equal(['regulatory', 'standardisation']);
      expect(shownChips(el)).to.deep.equal(['regulatory', 'standardisation']);
      expect(laneLabels(el)).to.deep.equal(['Regulation', 'Standardisation']);
      expect(drawnTitles(el)).to.have.members([...titles('regulatory', true), ...titles('standardisation', true)]);
      expect(undatedTitles(el)).to.deep.equal(titles('regulatory', false));

      el.setAttribute('categories', 'who,oecd');
      await el.updateComplete;
      expect(shownChips(el)).to.deep.equal(['oecd', 'who']);
      expect(laneLabels(el)).to.deep.equal(['OECD']);

      el.categories = ['hta'];
      await el.updateComplete;
      expect(shownChips(el)).to.deep.equal(['hta']);
      expect(el.getAttribute('categories')).to.equal('hta');
      expect(drawnTitles(el)).to.deep.equal(titles('hta', true));

      el.categories = undefined;
      await el.updateComplete;
      expect(shownChips(el)).to.deep.equal(ALL);
      expect(el.hasAttribute('categories')).to.be.false;
      expect(fired).to.be.empty;
    });

    it('should ignore unknown ids with one warning per set, never throwing', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await mount(760, (e) => e.setAttribute('categories', 'regulatory bogus'));
        expect(shownChips(el)).to.deep.equal(['regulatory']);
        expect(warnings).to.have.length(1);
        expect(String(warnings[0][0])).to.contain('bogus');

        await click(chip(el, 'oecd')); // re-renders; the reader's choice drops the unknown id
        await el.updateComplete;
        el.setAttribute('categories', 'bogus, regulatory');
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings).to.have.length(1);

        el.setAttribute('categories', 'nope');
        await el.updateComplete;
        expect(shownChips(el)).to.be.empty;
        expect(warnings).to.have.length(2);
        expect(String(warnings[1][0])).to.contain('nope');

        (el as unknown as { categories: unknown }).categories = 42;
        await el.updateComplete;
        expect(shownChips(el)).to.deep.equal(ALL);
      } finally {
        console.warn = warn;
      }
    });

    it('should move along the chips with ← and → as they are laid out, right to left where the page sets it', async () => {
      const el = await mount(760);
      el.style.direction = 'rtl'; // the element runs left to right unless the page says otherwise
      chip(el, 'regulatory').focus();
      const [chipBox, onlyBox] = [chip(el, 'regulatory'), onlyButton(el, 'regulatory')].map((b) =>
        b.getBoundingClientRect(),
      );
      expect(onlyBox.right, '"only" left of its chip').to.be.at.most(chipBox.left + 1);
      await press(el, 'ArrowLeft');
      expect(focused(el)).to.equal('only regulatory');
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      expect(focused(el)).to.equal('only alliances');
    });

    it('should not warn about ids of a src still loading while the old data is shown', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await mount(760);
        const next = [{ id: 'b1', title: 'B', category: 'b-cat', start: '2001' }];
        el.src = `/fixtures/respond?delay=50&body=${encodeURIComponent(JSON.stringify(next))}`;
        el.categories = ['b-cat'];
        await el.loadComplete;
        expect(shownChips(el)).to.deep.equal(['b-cat']);
        expect(warnings).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('motion', () => {
    it('should slide the lanes into place after a toggle, and not under reduced motion', async () => {
      const el = await mount(760);
      await click(chip(el, 'alliances'));
      await el.updateComplete;
      expect(el.shadowRoot!.getAnimations()).to.be.empty;

      await emulateMedia({ reducedMotion: 'no-preference' });
      try {
        await click(chip(el, 'alliances'));
        await el.updateComplete;
        const regulation = $$<SVGGElement>(el, 'g.lane').find((g) => g.textContent === 'Regulation')!;
        const [slide] = regulation.getAnimations();
        expect(slide, 'the Regulation lane slides down').to.exist;
        const frames = (slide.effect as KeyframeEffect).getKeyframes().map((f) => f.transform);
        expect(frames).to.deep.equal(['translate(0px, 0px)', `translate(0px, ${offsetY(regulation)}px)`]);
        for (const a of el.shadowRoot!.getAnimations()) a.finish();
      } finally {
        await emulateMedia({ reducedMotion: 'reduce' });
      }
    });

    it('should jump, not slide, when more than a hundred groups would move', async () => {
      const many = Array.from({ length: 3000 }, (_, i) => ({
        id: `e${i}`,
        title: `Event ${i}`,
        category: `c${i % 24}`,
        start: `${1990 + (Math.floor(i / 24) % 40)}-${String(1 + (i % 12)).padStart(2, '0')}`,
      }));
      const el = await mount(760, (e) => (e.events = many));
      await emulateMedia({ reducedMotion: 'no-preference' });
      try {
        const before = $$(el, 'g.cluster, g.mark').length;
        expect(before, 'groups drawn').to.be.above(SLIDE_LIMIT);
        await click(chip(el, 'c0'));
        await el.updateComplete;
        // A count, not the animations: a failure quoting their elements never reaches the runner.
        expect(el.shadowRoot!.getAnimations().length, 'groups sliding').to.equal(0);
      } finally {
        await emulateMedia({ reducedMotion: 'reduce' });
      }
    });
  });

  it('should pass an accessibility audit when filtered', async () => {
    const el = await mount(760, (e) => e.setAttribute('categories', 'regulatory standardisation'));
    await click(chip(el, 'ai'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
