import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { CocirTimeline } from '../src/cocir-timeline.js';
import { mount } from './helpers.js';

interface Download {
  href: string;
  name: string;
}

/** Records the downloads the page starts (a click on an `<a download>`), instead of saving them. */
function recordDownloads(): { downloads: Download[]; restore: () => void } {
  const downloads: Download[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ href: this.href, name: this.download });
    else click.call(this);
  };
  return { downloads, restore: () => (HTMLAnchorElement.prototype.click = click) };
}

/** Resolves once `check` holds, checking each animation frame (no timed waits). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 120 && !check(); i++) await new Promise((r) => requestAnimationFrame(r));
  expect(check(), 'condition never held').to.be.true;
}

/** Clicks the middle of an element with the real mouse. */
async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

const parts = (el: CocirTimeline) => {
  const root = el.shadowRoot!;
  return {
    button: root.querySelector<HTMLButtonElement>('.export-button')!,
    menu: root.querySelector<HTMLUListElement>('#export-menu')!,
    items: [...root.querySelectorAll<HTMLButtonElement>('#export-menu [role="menuitem"]')],
    focused: () => root.activeElement,
  };
};

describe('<cocir-timeline> Download menu', () => {
  let el: CocirTimeline;
  let recorder: ReturnType<typeof recordDownloads>;
  beforeEach(async () => {
    el = await mount(760);
    recorder = recordDownloads();
  });
  afterEach(async () => {
    recorder.restore();
    await resetMouse();
  });

  /** Downloads the SVG by the mouse: its file name, address and type, and the file parsed. */
  async function downloadSvg() {
    const { button, items } = parts(el);
    await click(button);
    await until(() => parts(el).focused() === items[0]);
    await click(items[0]);
    await until(() => recorder.downloads.length === 1);
    const [{ href, name }] = recorder.downloads;
    const blob = await (await fetch(href)).blob();
    return { name, href, type: blob.type, doc: new DOMParser().parseFromString(await blob.text(), 'image/svg+xml') };
  }

  it('should be a closed menu button named "Download" with SVG and PNG items', () => {
    const { button, menu, items } = parts(el);
    expect(button.textContent!.trim()).to.equal('Download');
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(menu.id);
    expect(menu.getAttribute('role')).to.equal('menu');
    expect(menu.hidden).to.be.true;
    expect(getComputedStyle(menu).display).to.equal('none');
    expect(items.map((i) => i.textContent!.trim())).to.deep.equal(['SVG image', 'PNG image']);
  });

  it('should open from the keyboard on the first item and move with the arrows, Home and End', async () => {
    const { button, menu, items, focused } = parts(el);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.hidden).to.be.false;
    await until(() => focused() === items[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(items[1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(items[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal(items[1]);
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal(items[0]);
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(items[1]);
  });

  it('should open on the last item with ArrowUp', async () => {
    const { button, items, focused } = parts(el);
    button.focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => focused() === items[1]);
  });

  it('should close on Escape and give focus back to the button', async () => {
    const { button, menu, focused } = parts(el);
    button.focus();
    await sendKeys({ press: 'Space' });
    await until(() => !menu.hidden);
    await sendKeys({ press: 'Escape' });
    await until(() => menu.hidden);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(focused()).to.equal(button);
  });

  it('should close on Tab and move focus on from the button', async () => {
    const { button, menu, items, focused } = parts(el);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused() === items[0]);
    await sendKeys({ press: 'Tab' });
    await until(() => menu.hidden);
    // The next control after the Download button: the legend's first action.
    expect(focused()?.textContent?.trim()).to.equal('Show all');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('should close on a click elsewhere', async () => {
    const { button, menu } = parts(el);
    await click(button);
    await until(() => !menu.hidden);
    await click(el.shadowRoot!.querySelector('.chart')!);
    await until(() => menu.hidden);
  });

  it('should download the current view as an SVG file that opens on its own', async () => {
    const { button } = parts(el);
    const { name, href, type, doc } = await downloadSvg();
    expect(name).to.equal('cocir-cooperation-timeline.svg');
    expect(type).to.equal('image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).to.include('COCIR cooperation timeline');
    expect(doc.querySelectorAll('g.mark')).to.have.length(el.shadowRoot!.querySelectorAll('g.mark').length);
    expect(doc.querySelector('g.mark')!.getAttribute('fill')).to.match(/^rgb\(/);
    const image = new Image();
    image.src = href;
    await image.decode();
    expect(image.naturalWidth).to.be.above(760);
    expect(image.naturalHeight).to.be.above(100);
    expect(parts(el).menu.hidden).to.be.true;
    expect(parts(el).focused()).to.equal(button);
  });

  it('should name the file after the default label once the label attribute is removed', async () => {
    el.setAttribute('label', 'Ours');
    await el.updateComplete;
    el.removeAttribute('label');
    await el.updateComplete;
    const { name, doc } = await downloadSvg();
    expect(name).to.equal('cocir-cooperation-timeline.svg');
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).to.include('COCIR cooperation timeline');
  });

  it('should download an SVG that parses when the label holds a control character', async () => {
    el.label = 'Bell\u0007 timeline';
    await el.updateComplete;
    const { doc } = await downloadSvg();
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('title')!.textContent).to.match(/^Bell timeline — /);
  });

  it('should download a PNG from the keyboard, named after the label', async () => {
    el.label = 'Coopération européenne';
    await el.updateComplete;
    const { button, items, focused } = parts(el);
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => focused() === items[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => recorder.downloads.length === 1);
    const [{ href, name }] = recorder.downloads;
    expect(name).to.equal('cooperation-europeenne.png');
    const blob = await (await fetch(href)).blob();
    expect(blob.type).to.equal('image/png');
    expect(blob.size).to.be.above(1000);
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).to.be.at.least(2 * 760);
  });

  it('should say so, and throw nothing, where the page’s policy blocks the image a PNG is drawn from', async () => {
    // The policy of demo/csp.html: default-src 'self' leaves img-src without blob:.
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/test/csp/page.html';
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis & { violations: string[]; errors: string[] };
      await win.customElements.whenDefined('cocir-timeline');
      const strict = win.document.createElement('cocir-timeline') as CocirTimeline;
      win.document.body.append(strict);
      await strict.loadComplete;
      const { button, items } = parts(strict);
      const alert = strict.shadowRoot!.querySelector<HTMLElement>('.export-failed')!;
      const said = () => (alert.hidden ? '' : alert.textContent!.replace(/\s+/g, ' ').trim());
      const png = async () => {
        button.click();
        await strict.updateComplete;
        items[1].click();
        await until(() => !!said());
      };
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.getBoundingClientRect().height, 'hidden while nothing failed').to.equal(0);
      await png();
      expect(said()).to.match(
        /^The PNG image could not be made on this page .* The SVG image can still be downloaded\.×$/,
      );
      expect(alert.getBoundingClientRect().height).to.be.above(20);
      await until(() => win.violations.length > 0);
      expect(
        win.violations.every((v) => v.startsWith('img-src blob')),
        win.violations.join(),
      ).to.be.true;
      expect(win.errors, 'uncaught errors in the page').to.deep.equal([]);
      // × dismisses it and hands focus back to the button; so does opening the menu again.
      alert.querySelector<HTMLButtonElement>('button.dismiss')!.click();
      await until(() => !said());
      expect(strict.shadowRoot!.activeElement).to.equal(button);
      await png();
      button.focus();
      await sendKeys({ press: 'Escape' });
      await until(() => !said());
      await png();
      button.click();
      await until(() => !said());
      expect(alert.getBoundingClientRect().height).to.equal(0);
    } finally {
      frame.remove();
    }
  });

  it('should release the previous file when a new one is made, and the last on removal', async () => {
    const { items } = parts(el);
    items[0].click();
    await until(() => recorder.downloads.length === 1);
    items[0].click();
    await until(() => recorder.downloads.length === 2);
    const [first, second] = recorder.downloads;
    expect(first.href).not.to.equal(second.href);
    let failed = false;
    await fetch(first.href).catch(() => (failed = true));
    expect(failed, 'the first blob URL is revoked').to.be.true;
    expect((await fetch(second.href)).ok).to.be.true;
    el.remove();
    failed = false;
    await fetch(second.href).catch(() => (failed = true));
    expect(failed, 'the last blob URL is revoked on removal').to.be.true;
  });

  it('should give every control a target of at least 24 by 24 px', async () => {
    const { button, menu, items } = parts(el);
    button.click();
    await until(() => !menu.hidden);
    for (const control of [button, ...items]) {
      const box = control.getBoundingClientRect();
      expect(box.width, control.textContent!).to.be.at.least(24);
      expect(box.height, control.textContent!).to.be.at.least(24);
    }
  });

  it('should pass an accessibility audit, closed and open', async () => {
    await expect(el).to.be.accessible();
    parts(el).button.click();
    await until(() => !parts(el).menu.hidden);
    await expect(el).to.be.accessible();
  });

  it('should speak the language of the component', async () => {
    const fr = await mount(900, (e) => (e.locale = 'fr'));
    const { button, items } = parts(fr);
    expect(button.textContent!.trim()).to.equal('Télécharger');
    expect(items.map((i) => i.textContent!.trim())).to.deep.equal(['Image SVG', 'Image PNG']);
  });

  it('should not be offered when there is no chart to download', async () => {
    const empty = await mount(900, (e) => (e.events = []));
    expect(empty.shadowRoot!.querySelector('.export')).to.equal(null);
  });
});
