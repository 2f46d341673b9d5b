import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { CocirTimeline } from '../src/cocir-timeline.js';
import type { TimelineEvent } from '../src/model/types.js';
import { mount } from './helpers.js';
import { categories } from '../data/events.js';
import { PALETTE } from '../src/model/palette.js';

const root = (el: CocirTimeline) => el.shadowRoot!;
const marks = (el: CocirTimeline) => [...root(el).querySelectorAll<SVGGElement>('g.mark')];
const markNamed = (el: CocirTimeline, prefix: string) =>
  marks(el).find((m) => m.getAttribute('aria-label')!.startsWith(prefix))!;
/** The accessible name of what has focus inside the element ('' when nothing). */
const focusedName = (el: CocirTimeline) => {
  const a = root(el).activeElement;
  return a ? (a.getAttribute('aria-label') ?? a.getAttribute('aria-labelledby') ?? a.textContent!.trim()) : '';
};
const tooltip = (el: CocirTimeline) => root(el).querySelector<HTMLElement>('[role="tooltip"]');
const card = (el: CocirTimeline) => root(el).querySelector<HTMLElement>('[role="dialog"]');
const status = (el: CocirTimeline) => root(el).querySelector('[role="status"].visually-hidden')!.textContent!.trim();

/** `n` events of one category, "Event 0" …, over the years 2000–2019. */
const yearly = (n: number): TimelineEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    title: `Event ${i}`,
    category: 'c',
    start: `${2000 + (i % 20)}`,
  }));

async function press(el: CocirTimeline, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Focuses the mark named `prefix` and opens its card with Enter: focus is then in the card. */
async function openCard(el: CocirTimeline, prefix: string) {
  markNamed(el, prefix).focus();
  await el.updateComplete;
  await press(el, 'Enter');
  expect(root(el).activeElement?.classList.contains('card')).to.be.true;
}

async function moveTo(element: Element) {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

async function clickOn(element: Element) {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Waits until `check` holds, one animation frame at a time (no timed waits). */
async function until(check: () => boolean) {
  for (let i = 0; i < 60 && !check(); i++) await new Promise((r) => requestAnimationFrame(r));
  expect(check(), 'condition never held').to.be.true;
}

describe('<cocir-timeline> for every reader', () => {
  afterEach(() => resetMouse());

  describe('keyboard', () => {
    it('should tell a mark’s category with its name, as its lane and glyph show it', async () => {
      const el = await mount(1000);
      expect(markNamed(el, 'IMDRF replaces GHTF').getAttribute('aria-description')).to.equal('Regulation');
      expect(markNamed(el, 'HIMSS cooperation').getAttribute('aria-description')).to.equal('eHealth (HIMSS)');
      expect(marks(el).every((m) => !!m.getAttribute('aria-description'))).to.be.true;
    });

    it('should give the chart one Tab stop, on the first event in time', async () => {
      const el = await mount(1000);
      const stops = marks(el).filter((m) => m.getAttribute('tabindex') === '0');
      expect(stops.map((m) => m.getAttribute('aria-label'))).to.deep.equal(['GHTF membership, until December 2012']);
      expect(marks(el).every((m) => m.getAttribute('role') === 'button')).to.be.true;
    });

    it('should walk events in time order with ←/→, across rows with ↓, and jump with Home/End', async () => {
      const el = await mount(1000);
      markNamed(el, 'GHTF membership').focus();
      await press(el, 'ArrowRight');
      expect(focusedName(el)).to.equal('IHE brought to Europe, since 2000');
      await press(el, 'ArrowRight');
      expect(focusedName(el)).to.equal('CENELEC BT member, since 2005');
      await press(el, 'ArrowLeft');
      expect(focusedName(el)).to.equal('IHE brought to Europe, since 2000');
      await press(el, 'End');
      expect(focusedName(el)).to.equal('IFIC conference, Utrecht, 23–25 May 2018');
      await press(el, 'Home');
      expect(focusedName(el)).to.equal('GHTF membership, until December 2012');
      await press(el, 'ArrowDown');
      expect(focusedName(el)).to.equal('IMDRF replaces GHTF, 1 January 2013');
      // The Tab stop follows focus: one mark is tabbable, the focused one.
      const stops = marks(el).filter((m) => m.getAttribute('tabindex') === '0');
      expect(stops.map((m) => m.getAttribute('aria-label'))).to.deep.equal(['IMDRF replaces GHTF, 1 January 2013']);
    });

    it('should keep focus on an event it jumps to while a zoom still glides', async () => {
      const el = await mount(1000);
      markNamed(el, 'GHTF membership').focus();
      await el.updateComplete;
      await press(el, '+'); // a 200 ms glide begins
      await press(el, 'End'); // the last event, outside the view the glide goes to
      expect(focusedName(el)).to.equal('IFIC conference, Utrecht, 23–25 May 2018');
      // The rest of the glide must not take the view back, and the mark with it.
      for (let i = 0; i < 20; i++) await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      expect(focusedName(el)).to.equal('IFIC conference, Utrecht, 23–25 May 2018');
      const range = el.visibleRange!;
      const ticks = [...root(el).querySelectorAll('.axis .tick')].map((t) => t.textContent);
      expect(range.to.getUTCFullYear()).to.be.at.least(2018);
      expect(ticks.join(' ')).to.contain('2018');
    });

    it('should open the detail card with Enter, fire cocir-select, and close it with Esc back on the mark', async () => {
      const el = await mount(1000);
      markNamed(el, 'IEC TC 62').focus();
      await el.updateComplete;
      const selected = oneEvent(el, 'cocir-select');
      await press(el, 'Enter');
      const { detail } = await selected;
      expect(detail.event).to.include({ id: 'iec-tc62-liaison', start: '2008', end: 'ongoing' });
      await el.updateComplete;
      const dialog = card(el)!;
      expect(dialog.getAttribute('aria-labelledby')).to.equal('card-title');
      expect(root(el).getElementById('card-title')!.textContent).to.equal('IEC TC 62 type A liaison');
      expect(dialog.textContent).to.contain('since 2008').and.contain('Standardisation').and.contain('IEC TC 62');
      expect(root(el).activeElement?.classList.contains('card')).to.be.true;
      await press(el, 'Escape');
      expect(!!card(el), 'card open').to.equal(false);
      expect(focusedName(el)).to.equal('IEC TC 62 type A liaison, since 2008');
    });

    it('should pan with ←/→ on the empty chart, then move to the events once they are in view', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const ev = (id: string, start: string) => ({ id, title: id, category: 'c', start });
        const el = await mount(1000, (e) => (e.events = [ev('First', '2000-06-01'), ev('Later', '2010-06-01')]));
        el.zoomToYears(2004, 2005);
        await el.updateComplete;
        const plot = root(el).querySelector<SVGSVGElement>('svg.plot')!;
        expect(marks(el)).to.have.length(0);
        expect(plot.getAttribute('tabindex')).to.equal('0');
        plot.focus();
        for (let i = 0; i < 5; i++) await press(el, 'ArrowRight');
        expect(el.visibleRange!.to.getUTCFullYear()).to.equal(2011);
        expect(root(el).activeElement === plot, 'focus on the chart').to.be.true;
        await press(el, 'ArrowRight');
        expect(focusedName(el)).to.equal('Later, 1 June 2010');
        expect(el.visibleRange!.to.getUTCFullYear(), 'no further pan').to.equal(2011);
        plot.focus();
        await press(el, 'ArrowLeft');
        expect(focusedName(el)).to.equal('Later, 1 June 2010');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    // WCAG 1.3.1 and 2.4.7: the open card's event is told apart from the focused one, by eye and by ear.
    it('should tell the event whose card is open from the focused one, and say it is expanded', async () => {
      const el = await mount(1000);
      await openCard(el, 'IFIC conference');
      const ific = markNamed(el, 'IFIC conference');
      expect(ific.getAttribute('aria-expanded')).to.equal('true');
      expect(markNamed(el, 'DITTA founded').getAttribute('aria-expanded')).to.equal('false');
      // Focus back in the chart, on another event: two rings, drawn differently.
      const ditta = markNamed(el, 'DITTA founded');
      ditta.focus();
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      const dash = (mark: Element) => getComputedStyle(mark.querySelector('.focus-ring')!).strokeDasharray;
      expect(ditta.matches(':focus-visible')).to.be.true;
      expect(dash(ditta), 'the focused event').to.equal('none');
      expect(dash(ific), 'the open card’s event').not.to.equal('none');
      await press(el, 'Escape'); // the tooltip
      await press(el, 'Escape'); // the card
      expect(!!card(el)).to.equal(false);
      expect(ific.getAttribute('aria-expanded')).to.equal('false');
    });

    it('should say which row of the list view has its card open', async () => {
      const el = await mount(1000);
      root(el).querySelector<HTMLButtonElement>('.list-toggle')!.click();
      await el.updateComplete;
      const rows = [...root(el).querySelectorAll<HTMLButtonElement>('.list-title')];
      rows[1].click();
      await el.updateComplete;
      expect(rows.map((r) => r.getAttribute('aria-expanded')).slice(0, 3)).to.deep.equal(['false', 'true', 'false']);
    });

    it('should keep focus in the chart when the card closes after its mark left the view', async () => {
      const el = await mount(1000);
      await openCard(el, 'IFIC conference');
      el.zoomToYears(2000, 2005); // the mark leaves the view; the card stays open
      await until(() => !markNamed(el, 'IFIC conference'));
      expect(root(el).activeElement?.classList.contains('card')).to.be.true;
      await press(el, 'Escape');
      expect(!!card(el), 'card open').to.equal(false);
      // The chart's Tab stop now: the first event in view.
      expect(focusedName(el)).to.equal('GHTF membership, until December 2012');
    });

    it('should close the card, keeping focus in the chart, when its event is filtered out', async () => {
      const el = await mount(1000);
      await openCard(el, 'IEC TC 62');
      const categories = ['alliances', 'regulatory', 'oecd', 'integrated-care', 'interoperability', 'ehealth'];
      el.categories = categories; // Standardisation hidden by the page
      await el.updateComplete;
      await el.updateComplete;
      expect(!!card(el), 'card open').to.equal(false);
      expect(focusedName(el)).to.equal('GHTF membership, until December 2012');
      el.categories = undefined; // shown again: the card stays closed
      await el.updateComplete;
      expect(!!card(el), 'card back').to.equal(false);
      // Esc now dismisses the tooltip of the focused mark, with no hidden card to close first.
      expect(tooltip(el), 'tooltip').not.to.equal(null);
      await press(el, 'Escape');
      expect(tooltip(el), 'tooltip after Esc').to.equal(null);
    });

    it('should close the card when the data is cleared, and not bring it back with the same data', async () => {
      const el = await mount(1000);
      await openCard(el, 'IEC TC 62');
      const events = el.events;
      el.events = [];
      await el.updateComplete;
      expect(!!card(el), 'card open').to.equal(false);
      el.events = events;
      await el.updateComplete;
      expect(!!card(el), 'card back').to.equal(false);
    });

    it('should keep focus on something shown when the card closes over the list view', async () => {
      const el = await mount(1000);
      await openCard(el, 'DITTA founded');
      root(el).querySelector<HTMLButtonElement>('.list-toggle')!.click(); // the chart is hidden now
      await el.updateComplete;
      card(el)!.querySelector<HTMLButtonElement>('button.close')!.click();
      await el.updateComplete;
      await el.updateComplete;
      const focused = root(el).activeElement;
      expect(!!focused?.closest('[hidden]'), 'focus inside something hidden').to.equal(false);
      expect(focused?.textContent, 'focus on the event’s row').to.equal('DITTA founded');
    });

    it('should give focus to the list’s first row when a card closes over it whose event is not listed', async () => {
      const el = await mount(1000, (e) => (e.events = yearly(250)));
      root(el).querySelector<SVGElement>('.marks [tabindex="0"]')!.focus();
      await press(el, 'End'); // the last event in time: row 250 of the list
      await press(el, 'Enter');
      expect(!!card(el), 'card open').to.equal(true);
      root(el).querySelector<HTMLButtonElement>('.list-toggle')!.click();
      await el.updateComplete;
      card(el)!.querySelector<HTMLButtonElement>('button.close')!.click();
      await el.updateComplete;
      await el.updateComplete;
      const first = root(el).querySelector('.list-title');
      expect(root(el).activeElement === first, 'focus on the first row, not the heading').to.be.true;
    });

    it('should list 100 events at first, then 100 more at each “List more”, counting them', async () => {
      const many = Array.from({ length: 250 }, (_, i) => ({
        id: `e${i}`,
        title: `Event ${i}`,
        category: `c${i % 3}`,
        start: `${2000 + (i % 20)}-0${1 + (i % 9)}`,
      }));
      const el = await mount(1000, (e) => (e.events = many));
      await clickOn(root(el).querySelector('.list-toggle')!);
      await el.updateComplete;
      const rows = () => root(el).querySelectorAll('table .list-title').length;
      const foot = () => root(el).querySelector('table tfoot')?.textContent!.replace(/\s+/g, ' ').trim();
      expect(rows()).to.equal(100);
      expect(root(el).querySelector('table caption')!.textContent!.trim()).to.match(/^250 events shown, /);
      expect(foot()).to.equal('100 of 250 listed. List 100 more');
      root(el).querySelector<HTMLButtonElement>('.list-more')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect([rows(), foot()]).to.deep.equal([200, '200 of 250 listed. List 50 more']);
      const titles = () => [...root(el).querySelectorAll('.list-title')];
      expect(titles().indexOf(root(el).activeElement!), 'focus on the first row added').to.equal(100);
      root(el).querySelector<HTMLButtonElement>('.list-more')!.click();
      await el.updateComplete;
      expect([rows(), foot()]).to.deep.equal([250, undefined]);
      expect(titles().indexOf(root(el).activeElement!), 'focus on the first row added').to.equal(200);
      el.zoomToYears(2000, 2014); // a new view: its first rows again
      await el.updateComplete;
      expect(rows()).to.equal(100);
    });

    it('should move the view from the toolbar, in the list view too: Earlier and Later', async () => {
      const el = await mount(1000);
      const [earlier, later] = [...root(el).querySelectorAll<HTMLButtonElement>('.zoom button')];
      expect([earlier, later].map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Earlier', 'Later']);
      expect([earlier, later].map((b) => b.getAttribute('aria-disabled'))).to.deep.equal(['true', 'true']);
      el.zoomToYear(2013);
      await el.updateComplete;
      await clickOn(root(el).querySelector('.list-toggle')!);
      await el.updateComplete;
      await clickOn(later);
      await el.updateComplete;
      expect(el.visibleRange!.from.toISOString().slice(0, 10)).to.equal('2014-01-01');
      expect(root(el).querySelector('table caption')!.textContent).to.contain('2014');
      await clickOn(earlier);
      await clickOn(earlier);
      await el.updateComplete;
      expect(el.visibleRange!.from.toISOString().slice(0, 10)).to.equal('2012-01-01');
    });

    it('should open a card from a click on a row, row and card in sight, focus left on the row', async () => {
      const el = await mount(1000, (e) => (e.events = yearly(100)));
      await clickOn(root(el).querySelector('.list-toggle')!);
      await el.updateComplete;
      // The last row wholly in sight: the card, at the window's foot, would cover it.
      const title = [...root(el).querySelectorAll<HTMLButtonElement>('table .list-title')]
        .filter((t) => t.getBoundingClientRect().bottom < innerHeight)
        .at(-1)!;
      const box = title.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + 4), Math.round(box.y + box.height / 2)] });
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expect(!!card(el), 'card open').to.equal(true);
      expect(root(el).activeElement === title, 'focus stays on the row').to.be.true;
      const inSight = (r: DOMRect) => r.top >= 0 && r.top < innerHeight;
      expect(inSight(title.getBoundingClientRect()), 'the row in sight').to.be.true;
      expect(inSight(card(el)!.getBoundingClientRect()), 'the card in sight').to.be.true;
      expect(title.getBoundingClientRect().bottom, 'the row above the card').to.be.at.most(
        card(el)!.getBoundingClientRect().top,
      );
    });

    it('should give focus back to the mark last opened, by key or by click', async () => {
      const el = await mount(1000);
      markNamed(el, 'DITTA founded').focus();
      await el.updateComplete;
      await press(el, 'Enter');
      await clickOn(markNamed(el, 'HIMSS cooperation').querySelector('.shape')!);
      await el.updateComplete;
      expect(card(el)!.textContent).to.contain('HIMSS');
      card(el)!.querySelector<HTMLButtonElement>('button.close')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(focusedName(el)).to.match(/^HIMSS cooperation/);
    });

    it('should leave focus on the mark the reader moved to when Esc closes the card', async () => {
      const el = await mount(1000);
      markNamed(el, 'DITTA founded').focus();
      await el.updateComplete;
      await press(el, 'Enter');
      expect(root(el).activeElement?.classList.contains('card')).to.be.true;
      markNamed(el, 'DITTA founded').focus(); // back in the chart, the card still open
      await press(el, 'ArrowRight');
      const movedTo = focusedName(el);
      expect(movedTo)
        .to.match(/, /)
        .and.not.match(/^DITTA founded/);
      await press(el, 'Escape');
      await el.updateComplete;
      expect(!!card(el), 'card open').to.equal(false);
      expect(focusedName(el)).to.equal(movedTo);
    });

    it('should close the card with Esc from the toolbar or legend, leaving focus there', async () => {
      const el = await mount(1000);
      await openCard(el, 'DITTA founded');
      const chip = root(el).querySelector<HTMLElement>('.legend button')!;
      chip.focus(); // the reader moved on, the card still open
      await press(el, 'Escape');
      expect(!!card(el), 'card open').to.equal(false);
      expect(root(el).activeElement === chip, 'focus stays on the legend').to.be.true;
    });

    it('should move focus into the card when a screen reader activates a mark (a click without a pointer)', async () => {
      const el = await mount(1000);
      markNamed(el, 'IMDRF replaces GHTF').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      await el.updateComplete;
      expect(root(el).activeElement?.classList.contains('card')).to.be.true;
      await press(el, 'Escape');
      await el.updateComplete;
      expect(focusedName(el)).to.match(/^IMDRF replaces GHTF/);
    });

    it('should open with Space too, and show a tooltip on focus that Esc dismisses', async () => {
      const el = await mount(1000);
      markNamed(el, 'DITTA founded').focus();
      await el.updateComplete;
      expect(tooltip(el)!.textContent).to.contain('DITTA founded').and.contain('2012');
      await press(el, 'Escape');
      expect(!!tooltip(el), 'tooltip open').to.equal(false);
      await press(el, ' ');
      expect(card(el)!.textContent).to.contain('DITTA founded');
    });
  });

  describe('pointer', () => {
    it('should dismiss a hover tooltip with Esc while focus is on the page outside', async () => {
      const el = await mount(1000);
      const input = document.createElement('input');
      el.parentElement!.append(input);
      input.focus();
      await moveTo(markNamed(el, 'HIMSS cooperation').querySelector('.shape')!);
      await until(() => !!tooltip(el));
      await press(el, 'Escape');
      expect(!!tooltip(el), 'tooltip open').to.equal(false);
      expect(document.activeElement === input, 'focus stays on the input').to.be.true;
      input.remove();
    });

    it('should take the page’s Esc for a hover tooltip only while one shows', async () => {
      const el = await mount(1000);
      const input = document.createElement('input');
      el.parentElement!.append(input);
      input.focus();
      const escape = () => {
        const e = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
        input.dispatchEvent(e);
        return e.defaultPrevented;
      };
      await moveTo(markNamed(el, 'HIMSS cooperation').querySelector('.shape')!);
      await until(() => !!tooltip(el));
      expect(escape(), 'one Esc, one layer: the page’s own dialog stays').to.be.true;
      await el.updateComplete;
      await moveTo(markNamed(el, 'IMDRF replaces GHTF').querySelector('.shape')!);
      await until(() => !!tooltip(el));
      el.categories = ['who']; // the tooltip's event (Regulation) goes
      await el.updateComplete;
      expect(!!tooltip(el), 'tooltip shown').to.equal(false);
      expect(escape(), 'Esc left to the page').to.be.false;
      input.remove();
    });

    it('should show a tooltip on hover that stays while the pointer is on it', async () => {
      const el = await mount(1000);
      await moveTo(markNamed(el, 'HIMSS cooperation').querySelector('.shape')!);
      await until(() => !!tooltip(el));
      expect(tooltip(el)!.textContent).to.contain('HIMSS cooperation').and.contain('since 2007');
      await moveTo(tooltip(el)!);
      await new Promise((r) => setTimeout(r, 300)); // longer than the hide delay
      expect(!!tooltip(el), 'tooltip open').to.equal(true);
    });

    it('should hide a hovered mark’s tooltip when the pointer leaves it, though another mark has focus', async () => {
      const el = await mount(1000);
      markNamed(el, 'DITTA founded').focus();
      await el.updateComplete;
      await moveTo(markNamed(el, 'HIMSS cooperation').querySelector('.shape')!);
      await until(() => !!tooltip(el)?.textContent!.includes('HIMSS'));
      await sendMouse({ type: 'move', position: [2, 2] }); // off the chart
      await until(() => !tooltip(el)?.textContent!.includes('HIMSS'));
      expect(tooltip(el)?.textContent, 'the focused mark’s own tooltip back').to.contain('DITTA founded');
    });

    it('should wrap a title without spaces inside its tooltip', async () => {
      const title = 'Regulation'.repeat(12); // 120 letters, no break
      const el = await mount(600, (e) => (e.events = [{ id: 'x', title, category: 'a', start: '2000' }]));
      markNamed(el, title).focus();
      await el.updateComplete;
      const tip = tooltip(el)!;
      expect(tip.scrollWidth, 'text running out of the tooltip').to.be.at.most(tip.clientWidth);
    });

    it('should keep a long tooltip inside the chart, which clips it, at its right and top', async () => {
      const title = 'A rather long event title that wraps onto a second line of its tooltip';
      const el = await mount(600, (e) => {
        e.events = [
          { id: 'top', title: 'Top lane', category: 'a', start: '2000' },
          { id: 'right', title, category: 'b', start: '2019' },
        ];
      });
      markNamed(el, title).focus();
      await el.updateComplete;
      await el.updateComplete;
      const chart = root(el).querySelector('.chart')!.getBoundingClientRect();
      const tip = tooltip(el)!.getBoundingClientRect();
      expect(tip.right).to.be.at.most(chart.right + 0.5);
      expect(tip.top).to.be.at.least(chart.top - 0.5);
      expect(tip.bottom).to.be.at.most(chart.bottom + 0.5);
    });

    it('should put a tooltip below its mark when the window has no room for it above', async () => {
      const el = await mount(1000);
      const mark = markNamed(el, 'Healthcare Coalition on Data Protection');
      const spacer = document.createElement('div');
      spacer.style.height = `${innerHeight * 2}px`;
      document.body.append(spacer); // room to scroll the mark up to the window's top
      try {
        scrollBy(0, mark.getBoundingClientRect().top - 20);
        mark.focus({ preventScroll: true });
        await el.updateComplete;
        await el.updateComplete;
        const tip = tooltip(el)!.getBoundingClientRect();
        expect(mark.getBoundingClientRect().top, 'the mark near the top').to.be.below(40);
        expect(tip.top, 'the tooltip in the window').to.be.at.least(0);
        expect(tip.top, 'below its mark').to.be.at.least(mark.querySelector('.shape')!.getBoundingClientRect().bottom);
      } finally {
        spacer.remove();
        scrollTo(0, 0);
      }
    });

    it('should open the card on click and fire cocir-select', async () => {
      const el = await mount(1000);
      const selected = oneEvent(el, 'cocir-select');
      await clickOn(markNamed(el, 'IMDRF replaces GHTF').querySelector('.shape')!);
      expect((await selected).detail.event.id).to.equal('imdrf-replaces-ghtf');
      await el.updateComplete;
      expect(card(el)!.textContent).to.contain('1 January 2013');
      await clickOn(card(el)!.querySelector('button.close')!);
      await el.updateComplete;
      expect(!!card(el), 'card open').to.equal(false);
    });

    it('should bring the card into view when a click opens it below the screen', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '100px';
      document.body.prepend(spacer);
      try {
        const el = await mount(1000);
        scrollTo(0, 0);
        const box = markNamed(el, 'GHTF membership').querySelector('.shape')!.getBoundingClientRect();
        expect(box.bottom, 'the mark is on screen').to.be.below(innerHeight);
        const at: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
        await sendMouse({ type: 'click', position: at });
        await until(() => !!card(el));
        await el.updateComplete;
        const shown = card(el)!.getBoundingClientRect();
        expect(shown.top).to.be.at.least(0);
        expect(shown.bottom).to.be.at.most(innerHeight + 1); // scrolled to whole px
      } finally {
        spacer.remove();
        scrollTo(0, 0);
      }
    });
  });

  describe('screen readers', () => {
    it('should name the chart by the label and announce the range and counts', async () => {
      const el = await mount(1000);
      const svg = root(el).querySelector('.chart svg')!;
      expect(root(el).getElementById(svg.getAttribute('aria-labelledby')!)!.textContent).to.equal(
        'COCIR cooperation timeline',
      );
      expect(status(el)).to.equal('1999–2020: 14 of 14 events shown');
      el.categories = ['regulatory'];
      await el.updateComplete;
      expect(status(el)).to.equal('1999–2020: 2 of 14 events shown, 1 of 14 categories');
    });

    it('should announce a filter change that leaves the counts in view as they were', async () => {
      const el = await mount(1000);
      el.zoomToYear(2001); // no OECD event in view
      await el.updateComplete;
      await until(() => status(el) === '2001: 2 of 14 events shown');
      const chips = [...root(el).querySelectorAll<HTMLButtonElement>('.legend button[aria-pressed]')];
      chips.find((c) => c.textContent!.includes('OECD'))!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('2001: 2 of 14 events shown, 13 of 14 categories');
    });

    // The same sentence for another filter: the region must still change for it to be read out.
    it('should announce a filter change that leaves the whole sentence as it was', async () => {
      const el = await mount(1000, (e) => (e.categories = ['regulatory']));
      const region = root(el).querySelector('[role="status"].visually-hidden')!;
      const before = status(el);
      expect(before).to.equal('1999–2020: 2 of 14 events shown, 1 of 14 categories');
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(region, { subtree: true, childList: true, characterData: true });
      el.categories = ['standardisation'];
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      observer.disconnect();
      expect(status(el), 'the same words').to.equal(before);
      expect(changes.length, 'changes to the status region').to.be.above(0);
      // Nothing else happening: nothing read out again.
      const again: MutationRecord[] = [];
      const still = new MutationObserver((records) => again.push(...records));
      still.observe(region, { subtree: true, childList: true, characterData: true });
      el.requestUpdate();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      still.disconnect();
      expect(again.length, 'changes with nothing new').to.equal(0);
    });

    it('should offer a list view of the events shown, following the filter', async () => {
      const el = await mount(1000, (e) => (e.categories = ['regulatory', 'standardisation']));
      const toggle = root(el).querySelector<HTMLButtonElement>('.list-toggle')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      await clickOn(toggle);
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      const rows = [...root(el).querySelectorAll('table tbody tr')].map((r) =>
        r.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(rows).to.have.length(4);
      expect(rows[0]).to.contain('until December 2012').and.contain('GHTF membership').and.contain('Regulation');
      expect(root(el).querySelector('table caption')!.textContent!.trim()).to.equal('4 events shown, 1999–2020');
      // A row's title on the line of its date, though its button is 24 px tall.
      const textTop = (node: Element) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getBoundingClientRect().top;
      };
      const row = root(el).querySelector('table tbody tr')!;
      const [date, title] = [row.querySelector('.list-date')!, row.querySelector('.list-title')!];
      expect(textTop(title)).to.be.closeTo(textTop(date), 0.6);
      expect(title.getBoundingClientRect().height).to.be.at.least(24);
      expect(root(el).querySelector<HTMLElement>('.chart')!.hidden).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('should draw the overview strip in the system’s colours under forced colours', async () => {
      const el = await mount(1000);
      el.zoomToYears(2008, 2013);
      await el.updateComplete;
      await executeServerCommand('forced-colors', { active: true });
      try {
        const text = getComputedStyle(el).color; // CanvasText, under forced colours
        const path = root(el).querySelector('svg.overview .events path')!;
        const { fill, opacity } = getComputedStyle(path);
        expect([fill, opacity]).to.deep.equal([text, '1']);
        expect(getComputedStyle(root(el).querySelector('.brush .selection')!).fill).to.equal('none');
      } finally {
        await executeServerCommand('forced-colors', { active: false });
      }
    });

    it('should show the list view toggle pressed under forced colours too', async () => {
      const el = await mount(1000);
      const toggle = root(el).querySelector<HTMLElement>('.list-toggle')!;
      await executeServerCommand('forced-colors', { active: true });
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours').to.be.true;
      try {
        const look = () => {
          const { backgroundColor, color } = getComputedStyle(toggle);
          return `${backgroundColor} ${color}`;
        };
        const released = look();
        toggle.click();
        await el.updateComplete;
        expect(toggle.getAttribute('aria-pressed')).to.equal('true');
        expect(look()).to.not.equal(released);
      } finally {
        await executeServerCommand('forced-colors', { active: false });
      }
    });

    it('should grey out unavailable zoom buttons under forced colours too', async () => {
      const el = await mount(1000);
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.zoom button')];
      const [out, zoomIn] = [buttons[2], buttons[3]];
      expect([out, zoomIn].map((b) => b.getAttribute('aria-disabled'))).to.deep.equal(['true', 'false']);
      await executeServerCommand('forced-colors', { active: true });
      try {
        expect(getComputedStyle(out).color, 'Zoom out at all years').to.not.equal(getComputedStyle(zoomIn).color);
      } finally {
        await executeServerCommand('forced-colors', { active: false });
      }
    });

    it('should fit its list view and card into 320 px, long dates and words included', async () => {
      const long = 'Interoperabilitätsstandardisierungsarbeitsgruppe';
      const el = await mount(320, (e) => {
        e.events = [
          { id: 'a', title: `${long} meeting`, category: `${long}-category`, start: '2018-05-30', end: '2018-06-02' },
          { id: 'b', title: 'Short', category: 'c', start: '2019' },
        ];
      });
      await clickOn(root(el).querySelector('.list-toggle')!);
      await el.updateComplete;
      const host = el.getBoundingClientRect();
      const cells = [...root(el).querySelectorAll('table.event-list th, table.event-list td')];
      for (const cell of cells)
        expect(cell.getBoundingClientRect().right, cell.textContent!).to.be.at.most(host.right + 1);
      await clickOn(root(el).querySelector('.list-title')!);
      await el.updateComplete;
      const title = root(el).querySelector('#card-title')!.getBoundingClientRect();
      expect(title.right, 'card title').to.be.at.most(host.right + 1);
    });

    it('should fit French into 320 px: the list’s long dates, and the legend’s “seulement”', async () => {
      const el = await mount(320, (e) => (e.locale = 'fr'));
      for (const only of root(el).querySelectorAll<HTMLElement>('.only'))
        expect(only.scrollWidth, 'text inside its button').to.be.at.most(only.clientWidth);
      await clickOn(root(el).querySelector('.list-toggle')!);
      await el.updateComplete;
      const host = el.getBoundingClientRect();
      for (const cell of root(el).querySelectorAll('table.event-list th, table.event-list td'))
        expect(cell.getBoundingClientRect().right, cell.textContent!).to.be.at.most(host.right + 1);
    });

    it('should not leave an empty list that cannot be closed when the new data has no dates', async () => {
      const el = await mount(1000);
      await clickOn(root(el).querySelector('.list-toggle')!);
      await el.updateComplete;
      expect(root(el).querySelectorAll('table.event-list')).to.have.length(1);
      el.events = [{ id: 'u', title: 'Undated', category: 'c' }];
      await el.loadComplete;
      expect(root(el).querySelectorAll('table.event-list, .list-toggle')).to.have.length(0);
      expect(root(el).querySelector('.undated .title')!.textContent).to.equal('Undated');
    });

    it('should open a card from the list with Enter and return focus to that row on Esc', async () => {
      const el = await mount(1000);
      await clickOn(root(el).querySelector('.list-toggle')!);
      await el.updateComplete;
      const title = root(el).querySelector<HTMLButtonElement>('table .list-title')!;
      title.focus();
      await press(el, 'Enter');
      expect(!!card(el), 'card open').to.equal(true);
      await press(el, 'Escape');
      expect(!!card(el), 'card open').to.equal(false);
      expect(root(el).activeElement === title, 'focus back on the row').to.be.true;
    });

    it('should dismiss the tooltip when the view moves', async () => {
      const el = await mount(1000);
      el.zoomToYears(2005, 2010);
      await until(() => el.visibleRange!.from.getUTCFullYear() === 2005 && !!markNamed(el, 'CENELEC BT member'));
      markNamed(el, 'CENELEC BT member').focus();
      await el.updateComplete;
      expect(!!tooltip(el), 'tooltip open').to.equal(true);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Shift' });
      await until(() => !tooltip(el));
    });

    it('should speak French when asked', async () => {
      const el = await mount(1000, (e) => (e.locale = 'fr'));
      expect(status(el)).to.equal('1999–2020\u202f: 14 événements affichés sur 14');
      expect(root(el).querySelector('.list-toggle')!.textContent!.trim()).to.equal('Vue en liste');
    });
  });

  describe('looks', () => {
    it('should follow theme="dark" with its own colours', async () => {
      const el = await mount(800, (e) => (e.theme = 'dark'));
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 24, 29)');
      expect(getComputedStyle(el).color).to.equal('rgb(230, 232, 235)');
      await expect(el).to.be.accessible();
    });

    it('should give every palette and embedded colour 3:1 against both lane bands, in either theme (WCAG 1.4.11)', async () => {
      const luminance = (rgb: string) => {
        const [r, g, b] = rgb
          .match(/\d+/g)!
          .slice(0, 3)
          .map((v) => {
            const c = Number(v) / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a: string, b: string) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      const probe = document.createElement('div');
      document.body.append(probe);
      const rgbOf = (color: string) => ((probe.style.color = color), getComputedStyle(probe).color);
      const colors = [...PALETTE, ...categories.map((c) => c.color!)].map(rgbOf);
      for (const theme of ['light', 'dark'] as const) {
        const el = await mount(800, (e) => (e.theme = theme));
        const bands = [...new Set([...root(el).querySelectorAll('.band')].map((b) => getComputedStyle(b).fill))];
        expect(bands, theme).to.have.length(2);
        for (const band of bands)
          for (const color of colors) expect(contrast(color, band), `${color} on ${band}, ${theme}`).to.be.at.least(3);
      }
      probe.remove();
    });

    it("should take a design system's colours from the page's root or an ancestor, in either theme", async () => {
      const page = document.documentElement;
      page.style.setProperty('--cocir-accent', 'rgb(1, 2, 3)');
      page.style.setProperty('--cocir-text', 'rgb(4, 5, 6)');
      try {
        for (const theme of ['light', 'dark'] as const) {
          const el = await mount(800, (e) => (e.theme = theme));
          el.parentElement!.style.setProperty('--cocir-text', 'rgb(7, 8, 9)'); // nearer wins
          expect(getComputedStyle(el).color, theme).to.equal('rgb(7, 8, 9)');
          expect(getComputedStyle(root(el).querySelector('.brush .selection')!).fill, theme).to.equal('rgb(1, 2, 3)');
          // What the page does not set keeps the theme's own.
          const dark = theme === 'dark';
          expect(getComputedStyle(el).backgroundColor, theme).to.equal(dark ? 'rgb(22, 24, 29)' : 'rgb(255, 255, 255)');
        }
      } finally {
        page.style.removeProperty('--cocir-accent');
        page.style.removeProperty('--cocir-text');
      }
    });

    it('should draw a visible focus ring on the focused mark', async () => {
      const el = await mount(800);
      const mark = markNamed(el, 'DITTA founded');
      mark.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowLeft' });
      const ring = root(el).activeElement!.querySelector('.focus-ring')!;
      expect(getComputedStyle(ring).visibility).to.equal('visible');
    });
  });

  describe('audit', () => {
    it('should pass axe zoomed to a year, and announce that year', async () => {
      const el = await mount(1000);
      el.zoomToYear(2013);
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
      expect(status(el)).to.match(/^2013: \d+ of 14 events shown$/);
      await expect(el).to.be.accessible();
    });

    it('should pass axe with the tooltip open and with the details open', async () => {
      const el = await mount(1000);
      markNamed(el, 'BIAC member').focus();
      await el.updateComplete;
      expect(!!tooltip(el), 'tooltip open').to.equal(true);
      await expect(el).to.be.accessible();
      await press(el, 'Enter');
      expect(!!card(el), 'card open').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('should pass axe with the error notice shown', async () => {
      const bad = [{ id: 'x', title: 'X', category: 'c', start: '2013-02-30' }] as TimelineEvent[];
      const el = await mount(800, (e) => (e.events = [...bad, { id: 'y', title: 'Y', category: 'c', start: '2010' }]));
      expect(root(el).querySelector('.notice')!.textContent).to.contain('1 event skipped');
      await expect(el).to.be.accessible();
    });
  });
});
