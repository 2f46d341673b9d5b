import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { CocirTimeline } from '../src/cocir-timeline.js';
import type { TimelineEvent } from '../src/model/types.js';
import { events as cocirEvents } from '../data/events.js';
import { mount } from './helpers.js';

const marks = (el: CocirTimeline) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')];
const names = (el: CocirTimeline) => marks(el).map((m) => m.getAttribute('aria-label'));
const markNamed = (el: CocirTimeline, prefix: string) =>
  marks(el).find((m) => m.getAttribute('aria-label')!.startsWith(prefix))!;

/** Counts the element's renders (Lit's protected `render`) from now on. */
function countRenders(el: HTMLElement): () => number {
  let renders = 0;
  const spied = el as unknown as { render(): unknown };
  const render = spied.render.bind(el);
  spied.render = () => (renders++, render());
  return () => renders;
}

/** Resolves after two animation frames: the size observer's update has been applied. */
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

const OWN: TimelineEvent[] = [
  { id: 'a', title: 'Alpha', category: 'one', start: '2001' },
  { id: 'b', title: 'Beta', category: 'two', start: '2003-06', end: '2004-02' },
  { id: 'c', title: 'Gamma', category: 'one', start: '2005-03-14' },
  { id: 'd', title: 'Delta', category: 'three' },
];

describe('<cocir-timeline>', () => {
  describe('with the embedded COCIR events', () => {
    let el: CocirTimeline;
    beforeEach(async () => {
      el = await mount(1200);
    });

    it('should show the default label as its heading and name its chart with it', () => {
      const heading = el.shadowRoot!.querySelector('h2')!;
      expect(heading.textContent).to.equal('COCIR cooperation timeline');
      const svg = el.shadowRoot!.querySelector('.chart svg')!;
      expect(svg.getAttribute('aria-labelledby')).to.equal(heading.id);
    });

    it('should draw one mark per dated event', () => {
      const dated = cocirEvents.filter((e) => e.start || e.end);
      expect(dated.length).to.be.at.least(14);
      expect(marks(el)).to.have.length(dated.length);
    });

    it('should name every mark with its title and its date at precision', () => {
      expect(names(el)).to.include.members([
        'DITTA founded, 2012',
        'MITA chairs DITTA, 2017–2019',
        'GHTF membership, until December 2012',
        'IMDRF replaces GHTF, 1 January 2013',
        'IEC TC 62 type A liaison, since 2008',
        'Chair of BIAC health task force, since May 2010',
        'IFIC conference, Utrecht, 23–25 May 2018',
        'IHE Europe incorporated, April 2008',
        'Healthcare Coalition on Data Protection, January 2013',
      ]);
      for (const m of marks(el)) expect(m.getAttribute('role')).to.equal('button');
    });

    it('should draw a year-only event over its whole year', () => {
      const shape = markNamed(el, 'DITTA founded').querySelector('rect.shape')!;
      const ticks = [...el.shadowRoot!.querySelectorAll('.axis .tick')];
      const tickX = (label: string) => {
        const t = ticks.find((tick) => tick.textContent === label)!;
        return Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform')!)![1]);
      };
      const yearWidth = (tickX('2014') - tickX('2012')) / 2;
      expect(Number(shape.getAttribute('x'))).to.be.closeTo(tickX('2012'), 0.5);
      expect(Number(shape.getAttribute('width'))).to.be.closeTo(yearWidth, 0.5);
      expect(markNamed(el, 'DITTA founded').classList.contains('imprecise')).to.be.true;
    });

    it('should draw a day as a dot and a month as a box over that month', () => {
      expect(markNamed(el, 'IMDRF replaces GHTF').querySelector('circle.shape')).to.exist;
      const month = markNamed(el, 'IHE Europe incorporated').querySelector('rect.shape')!;
      const year = markNamed(el, 'DITTA founded').querySelector('rect.shape')!;
      const monthWidth = Number(month.getAttribute('width'));
      expect(monthWidth).to.be.closeTo(Number(year.getAttribute('width')) / 12, 1);
    });

    it('should cue open ends and unknown starts', () => {
      expect(markNamed(el, 'IEC TC 62').querySelector('rect.tail')?.getAttribute('mask')).to.equal('url(#fade-out)');
      expect(markNamed(el, 'GHTF membership').querySelector('rect.shape')?.getAttribute('mask')).to.equal(
        'url(#fade-in)',
      );
      expect(markNamed(el, 'DITTA founded').querySelector('rect.tail')).to.be.null;
    });

    it('should start an ongoing event that begins after today where it begins, tail included', async () => {
      const later = await mount(1000, (e) => {
        e.events = [{ id: 'x', title: 'Later', category: 'c', start: '2999', end: 'ongoing' }];
      });
      const mark = later.shadowRoot!.querySelector('g.mark')!;
      const shape = mark.querySelector('rect.shape')!;
      const shapeEnd = Number(shape.getAttribute('x')) + Number(shape.getAttribute('width'));
      const tailX = Number(mark.querySelector('rect.tail')!.getAttribute('x'));
      expect(tailX, 'the tail follows the bar').to.equal(shapeEnd);
    });

    it('should put each category in its own lane, in category order', () => {
      const lanes = [...el.shadowRoot!.querySelectorAll('.lane-label')].map((t) => t.textContent);
      expect(lanes[0]).to.equal('International alliances');
      expect(lanes).to.include.members(['Regulation', 'Standardisation', 'Data protection']);
      expect(lanes).not.to.include('Artificial intelligence'); // undated only: listed below instead
    });

    it('should list the undated relationships below the axis', () => {
      const items = [...el.shadowRoot!.querySelectorAll('.undated li .title')].map((t) => t.textContent);
      const undated = cocirEvents.filter((e) => !e.start && !e.end).map((e) => e.title);
      expect(items).to.have.members(undated);
      expect(el.shadowRoot!.querySelector('.undated h3')!.textContent).to.equal('Undated relationships');
    });

    it('should lose nothing of an undated relationship: its organisations and place too', () => {
      const undated = cocirEvents.filter((e) => !e.start && !e.end);
      const items = [...el.shadowRoot!.querySelectorAll('.undated li')];
      expect(items).to.have.length(undated.length);
      const itemOf = (title: string) => items.find((li) => li.querySelector('.title')!.textContent === title);
      for (const e of undated) {
        const text = itemOf(e.title)!.textContent!.replace(/\s+/g, ' ');
        for (const org of e.organisations ?? []) expect(text, e.id).to.contain(org);
        if (e.location) expect(text, e.id).to.contain(e.location);
      }
      const users = itemOf('Standing contact with user organisations');
      expect(users?.querySelector('.meta')?.textContent).to.match(/^Organisations: .*ESTRO/);
    });

    it('should keep every visible label clear of the others in its row and inside the chart', () => {
      assertLabelsClear(el, 1200);
    });

    it('should summarise the dated events', () => {
      expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.match(
        /^14 dated events, 2000\s?–\s?2019 · as of May 2018$/,
      );
    });

    it('should pass an accessibility audit', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('with own events', () => {
    it('should draw them instead of the embedded data, deriving categories', async () => {
      const el = await mount(800, (e) => (e.events = OWN));
      expect(names(el)).to.have.members(['Alpha, 2001', 'Beta, June 2003 – February 2004', 'Gamma, 14 March 2005']);
      const lanes = [...el.shadowRoot!.querySelectorAll('.lane-label')].map((t) => t.textContent);
      expect(lanes).to.deep.equal(['one', 'two']);
      expect([...el.shadowRoot!.querySelectorAll('.undated .title')].map((t) => t.textContent)).to.deep.equal([
        'Delta',
      ]);
    });

    it('should fire cocir-load with the count of events', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
      const el = document.createElement('cocir-timeline');
      el.events = OWN;
      const loaded = oneEvent(el, 'cocir-load');
      box.append(el);
      const { detail, bubbles, composed } = await loaded;
      expect(detail).to.deep.equal({ count: 4 });
      expect(bubbles && composed).to.be.true;
    });

    it('should redraw when events change', async () => {
      const el = await mount(800, (e) => (e.events = OWN));
      el.events = [{ id: 'z', title: 'Zeta', category: 'one', start: '1999-12-31' }];
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Zeta, 31 December 1999']);
    });

    it('should show "No events to show." for an empty list', async () => {
      const el = await mount(800, (e) => (e.events = []));
      expect(marks(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('No events to show.');
    });
  });

  describe('with bad input', () => {
    const BAD = [
      ...OWN,
      { id: 'x', title: 'Impossible', category: 'one', start: '2013-02-30' },
      { id: 'a', title: 'Duplicate', category: 'one', start: '2002' },
    ] as TimelineEvent[];

    it('should skip invalid events, draw every valid one and fire one cocir-error', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
      const el = document.createElement('cocir-timeline');
      el.events = BAD;
      const errors: CustomEvent[] = [];
      el.addEventListener('cocir-error', (e) => errors.push(e));
      box.append(el);
      await el.updateComplete;
      await frames();
      expect(errors).to.have.length(1);
      expect(errors[0].detail.code).to.equal('invalid-events');
      expect(errors[0].detail.issues).to.deep.include({
        index: 4,
        field: 'start',
        message: errors[0].detail.issues[0].message,
      });
      expect(errors[0].detail.issues.map((i: { index: number; field: string }) => [i.index, i.field])).to.deep.equal([
        [4, 'start'],
        [5, 'id'],
      ]);
      expect(marks(el)).to.have.length(3);
    });

    it('should show a visible, dismissible notice', async () => {
      const el = await mount(800, (e) => (e.events = BAD));
      const notice = el.shadowRoot!.querySelector<HTMLElement>('.notice')!;
      expect(notice.textContent).to.contain('2 events skipped');
      expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
      notice.querySelector('button')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.notice')).to.be.null;
    });

    it('should render data as text, never as markup', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">';
      const el = await mount(
        800,
        (e) =>
          (e.events = [
            { id: 'p', title: payload, category: payload, start: '2010', description: payload },
            { id: 'q', title: payload, category: 'c' },
          ]),
      );
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
      expect(markNamed(el, '<img').querySelector('text')!.textContent).to.equal(payload);
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });
  });

  describe('layout', () => {
    it('should measure and pack its labels again once a web font that was not in yet has come in', async () => {
      // The label font (a web font in --cocir-font) is not loaded when the chart is first drawn.
      let fontIn!: () => void;
      const loaded = new Promise<FontFace[]>((r) => (fontIn = () => r([])));
      const asked: string[] = [];
      const fonts = document.fonts as unknown as Record<string, unknown>;
      fonts.check = () => false;
      fonts.load = (font: string) => (asked.push(font), loaded);
      const measure = OffscreenCanvasRenderingContext2D.prototype.measureText;
      const measured: string[] = [];
      OffscreenCanvasRenderingContext2D.prototype.measureText = function (text: string) {
        measured.push(text);
        return measure.call(this, text);
      };
      try {
        const el = await mount(1200);
        expect(
          asked.some((f) => f.startsWith('500 12px')),
          asked.join(),
        ).to.be.true;
        const askedOnce = asked.length;
        measured.length = 0;
        fontIn();
        await loaded;
        await el.updateComplete;
        // Packed again: each label estimated from its characters' widths; drawn: the shown ones measured whole.
        expect(measured, 'characters measured again').to.include('I');
        expect(measured, 'labels measured again').to.include('IEC TC 62 type A liaison');
        expect(asked, 'asked once per font').to.have.length(askedOnce);
        assertLabelsClear(el, 1200);
      } finally {
        OffscreenCanvasRenderingContext2D.prototype.measureText = measure;
        delete fonts.check;
        delete fonts.load;
      }
    });

    it("should look the same whatever the page's root font size and inherited text styles", async () => {
      /** What a page's CSS could change: sizes of its text and controls, and the labels' spacing. */
      const look = (el: CocirTimeline) => {
        const root = el.shadowRoot!;
        const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
        const label = root.querySelector<SVGTextElement>('g.mark text.label')!;
        return {
          heading: style('h2').fontSize,
          summary: style('.summary').fontSize,
          chip: style('.legend button').fontSize,
          chipHeight: root.querySelector<HTMLElement>('.legend button')!.offsetHeight,
          headerGap: style('header').rowGap,
          label: [style('g.mark text.label').letterSpacing, style('g.mark text.label').fontStyle],
          labelWidth: Math.round(label.getComputedTextLength()),
          laneLabel: style('.lane-label').fontWeight,
        };
      };
      const plain = look(await mount(1000));
      const page = document.documentElement;
      page.style.fontSize = '62.5%'; // a common CMS theme: 1rem = 10px
      try {
        // What an article's text style would pass down.
        const box = await fixture<HTMLDivElement>(
          html`<div
            style="width:1000px; letter-spacing:2px; word-spacing:6px; font-style:italic; font-weight:300; text-transform:uppercase"
          ></div>`,
        );
        const el = box.appendChild(document.createElement('cocir-timeline'));
        await el.updateComplete;
        expect(look(el)).to.deep.equal(plain);
        assertLabelsClear(el, 1000);
      } finally {
        page.style.fontSize = '';
      }
    });

    it('should follow its container when it is resized', async () => {
      const el = await mount(1200);
      const svg = el.shadowRoot!.querySelector('.chart svg')!;
      expect(svg.getAttribute('width')).to.equal('1200');
      const wide = Number(markNamed(el, 'HIMSS cooperation').querySelector('rect.shape')!.getAttribute('x'));
      el.parentElement!.style.width = '400px';
      await frames();
      await el.updateComplete;
      expect(svg.getAttribute('width')).to.equal('400');
      const narrow = Number(markNamed(el, 'HIMSS cooperation').querySelector('rect.shape')!.getAttribute('x'));
      expect(narrow).to.be.closeTo((wide * 400) / 1200, 1);
      assertLabelsClear(el, 400);
    });

    it('should render once at mount, not again when its size is first observed', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
      const el = document.createElement('cocir-timeline');
      const renders = countRenders(el);
      box.append(el);
      await el.updateComplete;
      await frames();
      await frames();
      expect(renders()).to.equal(1);
      expect(el.shadowRoot!.querySelector('.chart svg')!.getAttribute('width')).to.equal('900');
    });

    it('should draw at its content width from the first render when the page pads it', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
      const el = document.createElement('cocir-timeline');
      el.style.padding = '0 16.5px';
      const renders = countRenders(el);
      box.append(el);
      await el.updateComplete;
      const svg = el.shadowRoot!.querySelector('.chart svg')!;
      expect(svg.getAttribute('width')).to.equal('867');
      await frames();
      await frames();
      expect(renders(), 'renders').to.equal(1);
      expect(svg.getAttribute('width')).to.equal('867');
    });

    it('should have no width, not a negative one, while hidden with padding, then draw at its content width', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:900px; display:none"></div>`);
      const el = document.createElement('cocir-timeline');
      el.style.padding = '0 16px';
      box.append(el);
      await el.updateComplete;
      const widths = () => [...el.shadowRoot!.querySelectorAll('svg')].map((svg) => svg.getAttribute('width'));
      expect(widths().filter((w) => w !== null && Number(w) < 0)).to.deep.equal([]);
      box.style.display = 'block';
      await frames();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.chart svg')!.getAttribute('width')).to.equal('868');
    });

    it('should lay out correctly when first shown from a hidden container', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:700px;display:none"></div>`);
      const el = document.createElement('cocir-timeline');
      box.append(el);
      await el.updateComplete;
      expect(marks(el)).to.have.length(0);
      box.style.display = 'block';
      await frames();
      await el.updateComplete;
      expect(marks(el).length).to.be.at.least(14);
      expect(el.shadowRoot!.querySelector('.chart svg')!.getAttribute('width')).to.equal('700');
    });

    it('should draw its chart left to right, its text inside it, on a right-to-left page', async () => {
      const el = await mount(700);
      el.parentElement!.dir = 'rtl';
      const chart = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
      const texts = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg.plot text')].filter((t) => t.textContent);
      expect(texts.length).to.be.above(20);
      for (const t of texts) {
        const box = t.getBoundingClientRect();
        expect(box.left, t.textContent!).to.be.at.least(chart.left - 0.5);
        expect(box.right, t.textContent!).to.be.at.most(chart.right + 0.5);
      }
      const ticks = [...el.shadowRoot!.querySelectorAll('.axis .tick text')].map((t) => t.getBoundingClientRect().left);
      expect(ticks, 'years run left to right').to.deep.equal([...ticks].sort((a, b) => a - b));
      // Its own words are English, French or German: "1999–2020" is not turned round into "2020–1999".
      const range = el.shadowRoot!.querySelector('.range')!;
      expect(getComputedStyle(range).direction).to.equal('ltr');
      const text = [...range.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('1999'))!;
      const at = (word: string) => {
        const r = document.createRange();
        const from = text.textContent!.indexOf(word);
        r.setStart(text, from);
        r.setEnd(text, from + 4);
        return r.getBoundingClientRect().left;
      };
      const [a, b] = [at('1999'), at('2020')];
      expect(a, '1999 first').to.be.below(b);
    });

    it('should update its heading when label changes', async () => {
      const el = await mount(600);
      el.label = 'Our partners';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Our partners');
    });

    it('should take its default label again when the attribute is removed or the property cleared', async () => {
      const el = await fixture<CocirTimeline>(html`<cocir-timeline label="Ours"></cocir-timeline>`);
      const heading = () => el.shadowRoot!.querySelector('h2')!.textContent;
      expect(heading()).to.equal('Ours');
      el.removeAttribute('label');
      await el.updateComplete;
      expect(heading()).to.equal('COCIR cooperation timeline');
      for (const cleared of [undefined, '', '   ']) {
        el.label = 'Ours';
        await el.updateComplete;
        el.label = cleared as unknown as string; // a framework clearing the prop
        await el.updateComplete;
        expect(heading()).to.equal('COCIR cooperation timeline');
      }
    });

    it('should show a label without its control characters, trimmed', async () => {
      const el = await mount(600);
      el.label = ' Our\u0007 partners\u000b2024 ';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Our partners 2024');
    });

    it('should cut a lane’s label that the chart is too narrow for, and keep every one inside it', async () => {
      // 256 px: a 320 px phone less the page's and the element's padding, as in the demo.
      for (const width of [256, 1200]) {
        const el = await mount(width);
        const plot = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
        const labels = [...el.shadowRoot!.querySelectorAll('.lane-label')];
        for (const label of labels)
          expect(label.getBoundingClientRect().right, `${label.textContent} at ${width} px`).to.be.at.most(plot.right);
        const cut = labels.map((l) => l.textContent!).filter((t) => t.endsWith('…\u2069'));
        expect(cut, `cut at ${width} px`).to.have.length(width === 256 ? 1 : 0);
        if (width === 256) expect(cut[0]).to.match(/^\u2068Health technology ass/);
      }
    });

    it('should keep its summary through a zoom step, and write it again for new events and a new locale', async () => {
      const el = await mount(600);
      const summary = () => el.shadowRoot!.querySelector('.summary')!;
      const first = summary();
      el.zoomIn();
      await el.updateComplete;
      expect(summary()).to.equal(first);
      expect(first.textContent).to.match(/^14 dated events, 2000\s?–\s?2019 · as of May 2018$/);
      el.events = OWN;
      await el.updateComplete;
      expect(summary().textContent).to.match(/^3 dated events, 2001\s?–\s?2005$/);
      el.locale = 'fr';
      await el.updateComplete;
      expect(summary().textContent).to.match(/^3 événements datés, 2001\s?–\s?2005$/);
    });

    it('should give the embedded data’s date in French and German as those languages write it', async () => {
      const el = await mount(600);
      const summary = () => el.shadowRoot!.querySelector('.summary')!.textContent;
      el.locale = 'fr';
      await el.updateComplete;
      // A thin no-break space before the colon, as French sets it: the line never breaks there.
      expect(summary()).to.match(/^14 événements datés, 2000\s?–\s?2019 · état\u202f: mai 2018$/);
      const meta = el.shadowRoot!.querySelector('.undated .meta')!.textContent;
      expect(meta).to.match(/^Organisations\u202f: ITAC/);
      el.locale = 'de';
      await el.updateComplete;
      expect(summary()).to.match(/^14 datierte Ereignisse, 2000\s?–\s?2019 · Stand: Mai 2018$/);
    });

    // WCAG 3.1.2: a screen reader speaks each part in its language's voice.
    it('should say in which language it speaks where that is not the page’s', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div lang="en-GB" style="width:600px"><cocir-timeline locale="fr"></cocir-timeline></div>`,
      );
      const el = box.querySelector('cocir-timeline')!;
      await el.updateComplete;
      const langOf = (selector: string) =>
        el.shadowRoot!.querySelector(selector)!.closest('[lang]')?.getAttribute('lang');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/événements/);
      expect(['[role="status"]', 'header', '.legend', 'svg.plot', '.undated'].map(langOf)).to.deep.equal(
        Array(5).fill('fr'),
      );
      // Its words in English, where it has none of the locale's own (its dates are Dutch): nothing
      // said, the page's language holds.
      el.locale = 'nl';
      await el.updateComplete;
      expect(langOf('[role="status"]')).to.equal(undefined);
      el.removeAttribute('locale');
      await el.updateComplete;
      expect(langOf('[role="status"]'), 'the page’s, said again').to.equal('en-GB');
    });

    it('should name dates in its locale, and default to the page language', async () => {
      const fr = await mount(600, (e) => (e.locale = 'fr'));
      expect(names(fr)).to.include('IMDRF replaces GHTF, 1 janvier 2013');
      expect(names(fr)).to.include('IEC TC 62 type A liaison, depuis 2008');
      const box = await fixture<HTMLDivElement>(
        html`<div lang="de" style="width:600px"><cocir-timeline></cocir-timeline></div>`,
      );
      const de = box.querySelector('cocir-timeline')!;
      await de.updateComplete;
      expect(names(de)).to.include('GHTF membership, bis Dezember 2012');
    });
  });
});

/** No two shown labels of a row overlap, and each lies inside [0, width]. */
function assertLabelsClear(el: CocirTimeline, width: number) {
  const boxes = marks(el)
    .map((m) => ({ row: m.getAttribute('transform'), text: m.querySelector<SVGTextElement>('text.label') }))
    .filter(({ text }) => text && text.getAttribute('visibility') !== 'hidden') // made only once shown
    .map(({ row, text }) => ({ row, box: text!.getBBox() }));
  expect(boxes.length).to.be.greaterThan(0);
  for (const { box } of boxes) {
    expect(box.x).to.be.at.least(-0.5);
    expect(box.x + box.width).to.be.at.most(width + 0.5);
  }
  for (const a of boxes)
    for (const b of boxes) {
      if (a === b || a.row !== b.row) continue;
      const overlap = a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width;
      expect(overlap, `labels overlap in row ${a.row}`).to.be.false;
    }
}
