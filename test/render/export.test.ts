import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CocirTimeline } from '../../src/cocir-timeline.js';
import { exportPng, exportSvg, fileStem, wrap, type SvgExport } from '../../src/render/export.js';
import { textWidth } from '../../src/render/measure.js';
import { mount } from '../helpers.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function snapshot(el: CocirTimeline): SvgExport {
  const root = el.shadowRoot!;
  return exportSvg(root.querySelector<SVGSVGElement>('.chart svg')!, {
    title: el.label,
    caption: root.querySelector('.summary')!.textContent!,
    titleStyle: root.querySelector('h2')!,
    captionStyle: root.querySelector('.summary')!,
    background: '#ffffff',
    locale: 'en-GB',
  });
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

/** Loads an SVG text as an image, the way a viewer opens the file on its own. */
async function load(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
  } finally {
    URL.revokeObjectURL(url);
  }
  return image;
}

/** The pixels of an image drawn at its natural size. */
function pixels(image: CanvasImageSource, width: number, height: number): Uint8ClampedArray {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, width, height);
  return context.getImageData(0, 0, width, height).data;
}

/** How many pixels are within `tolerance` of an RGB colour. */
function count(data: Uint8ClampedArray, [r, g, b]: number[], tolerance = 8): number {
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (
      Math.abs(data[i] - r) <= tolerance &&
      Math.abs(data[i + 1] - g) <= tolerance &&
      Math.abs(data[i + 2] - b) <= tolerance
    )
      n++;
  }
  return n;
}

describe('exportSvg', () => {
  let el: CocirTimeline;
  let result: SvgExport;
  let doc: Document;
  beforeEach(async () => {
    el = await mount(1000);
    result = snapshot(el);
    doc = parse(result.svg);
  });

  it('should write a well-formed standalone SVG document', () => {
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.namespaceURI).to.equal(SVG_NS);
    expect(root.localName).to.equal('svg');
    expect(root.getAttribute('viewBox')).to.equal(`0 0 ${result.width} ${result.height}`);
    expect(result.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).to.be.true;
  });

  it('should size the picture to the chart plus its title and a margin', () => {
    const chart = el.shadowRoot!.querySelector('.chart svg')!;
    expect(result.width).to.equal(Number(chart.getAttribute('width')) + 32);
    expect(result.height).to.be.above(Number(chart.getAttribute('height')) + 32);
  });

  it('should carry the heading, the summary and every mark drawn, with their accessible names', () => {
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('COCIR cooperation timeline');
    expect(texts.some((t) => /^14 dated events/.test(t ?? ''))).to.be.true;
    expect(doc.querySelector('title')!.textContent).to.match(/^COCIR cooperation timeline — 14 dated events/);
    const live = [...el.shadowRoot!.querySelectorAll('g.mark')].map((m) => m.getAttribute('aria-label'));
    const exported = [...doc.querySelectorAll('g.mark')].map((m) => m.getAttribute('aria-label'));
    expect(exported).to.have.length(14);
    expect(exported).to.deep.equal(live);
    expect(texts).to.include('IMDRF replaces GHTF');
  });

  it('should inline the computed look as presentation attributes', () => {
    const body = doc.querySelector('svg > g[transform]')!;
    expect(body.getAttribute('font-family')).to.contain('system-ui');
    const label = doc.querySelector('g.mark text.label')!;
    expect(label.getAttribute('fill')).to.equal('rgb(29, 33, 41)');
    expect(label.getAttribute('font-size')).to.equal('12px');
    const imprecise = doc.querySelector('g.mark.imprecise .shape')!;
    expect(imprecise.getAttribute('fill-opacity')).to.equal('0.3');
    const band = doc.querySelector('.band')!;
    expect(band.getAttribute('fill')).to.equal('rgb(244, 245, 247)');
    // The axis's text is filled with currentColor: the file gets the colour it resolved to.
    const tickText = doc.querySelector('.tick text')!;
    expect(tickText.getAttribute('fill')).to.equal('rgb(85, 93, 107)');
    expect(result.svg).not.to.contain('currentColor');
    expect(result.svg).not.to.contain('var(--');
  });

  it('should bake CSS text-transform into the text (SVG editors ignore it)', () => {
    const live = el.shadowRoot!.querySelector('.lane-label')!.textContent!;
    expect(live).to.equal('International alliances');
    expect(doc.querySelector('.lane-label')!.textContent).to.equal('INTERNATIONAL ALLIANCES');
  });

  it('should drop what only the live component uses', () => {
    expect(doc.querySelector('[part]')).to.equal(null);
    expect(doc.querySelector('[tabindex]')).to.equal(null);
  });

  it('should keep the fade masks it references', () => {
    const masked = [...doc.querySelectorAll('[mask]')].map((m) => m.getAttribute('mask'));
    expect(masked).to.include('url(#fade-out)');
    for (const ref of new Set(masked)) expect(doc.getElementById(ref!.slice(5, -1))).not.to.equal(null);
  });

  it('should open on its own as an image that shows the marks in their colours', async () => {
    const image = await load(result.svg);
    expect(image.naturalWidth).to.equal(result.width);
    expect(image.naturalHeight).to.equal(result.height);
    const data = pixels(image, result.width, result.height);
    // The international alliances colour, #0072B2, fills the solid span of MITA's DITTA chair.
    expect(count(data, [0x00, 0x72, 0xb2], 2)).to.be.above(50);
    // The heading's dark text is drawn too.
    expect(count(data, [29, 33, 41], 24)).to.be.above(50);
  });

  it('should export the events as text, never as markup', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const own = document.createElement('cocir-timeline');
    own.label = 'A <b>bold</b> & "quoted" label';
    own.events = [{ id: 'x', title: '<img src=x onerror=alert(1)>', category: 'c', start: '2001' }];
    box.append(own);
    await own.updateComplete;
    const exported = parse(snapshot(own).svg);
    expect(exported.querySelector('parsererror')).to.equal(null);
    expect(exported.querySelector('img, b')).to.equal(null);
    const texts = [...exported.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('A <b>bold</b> & "quoted" label');
    expect(texts).to.include('<img src=x onerror=alert(1)>');
  });
});

describe('exportSvg on a narrow chart', () => {
  it('should wrap a title and caption wider than the chart onto lines that fit, above the chart', async () => {
    const label = 'International cooperation of the European medical imaging, radiotherapy and health ICT industry';
    const el = await mount(320, (e) => (e.label = label));
    const result = snapshot(el);
    const doc = parse(result.svg);
    // Drawn in this page, the file's text is measured as any viewer lays it out.
    const shown = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    document.body.append(shown);
    try {
      const lines = [...shown.querySelectorAll<SVGTextElement>(':scope > text')];
      const caption = el.shadowRoot!.querySelector('.summary')!.textContent!;
      expect(lines.length).to.be.above(3);
      expect(lines.map((t) => t.textContent).join(' ')).to.equal(`${label} ${caption}`);
      for (const line of lines) {
        const box = line.getBBox();
        expect(box.x + box.width, line.textContent!).to.be.at.most(result.width - 16 + 0.5);
      }
      const ys = lines.map((t) => t.getBBox());
      for (let i = 1; i < ys.length; i++)
        expect(ys[i].y, `line ${i}`).to.be.at.least(ys[i - 1].y + ys[i - 1].height - 1);
      const body = shown.querySelector<SVGGElement>(':scope > g[transform]')!;
      expect(body.transform.baseVal.consolidate()!.matrix.f).to.be.at.least(ys.at(-1)!.y + ys.at(-1)!.height);
    } finally {
      shown.remove();
    }
  });

  it('should break a word wider than the line', () => {
    const font = { size: 20, family: 'sans-serif', weight: '700', color: 'black' };
    const lines = wrap('A Donaudampfschifffahrtsgesellschaftskapitän sails', font, 120);
    expect(lines.length).to.be.above(3);
    expect(lines.join('')).to.equal('ADonaudampfschifffahrtsgesellschaftskapitänsails');
    expect(lines[0]).to.equal('A');
    expect(lines.at(-1)).to.match(/sails$/);
  });

  it('should keep words joined by a no-break space on one line', () => {
    const font = { size: 20, family: 'sans-serif', weight: '700', color: 'black' };
    const together = '12\u00a0000 events';
    const width = Math.max(...['12\u00a0000', 'events'].map((w) => textWidth(w, '700 20px sans-serif'))) + 1;
    expect(wrap(together, font, width)).to.deep.equal(['12\u00a0000', 'events']);
  });
});

describe('exportPng', () => {
  it('should draw the SVG as a PNG at twice its size', async () => {
    const el = await mount(800);
    const result = snapshot(el);
    const blob = await exportPng(result, 2);
    expect(blob.type).to.equal('image/png');
    expect(blob.size).to.be.above(1000);
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([result.width * 2, result.height * 2]);
    const data = pixels(bitmap, bitmap.width, bitmap.height);
    expect(count(data, [0x00, 0x72, 0xb2], 2)).to.be.above(200);
  });
});

describe('fileStem', () => {
  it('should make a file name from a label', () => {
    expect(fileStem('COCIR cooperation timeline')).to.equal('cocir-cooperation-timeline');
    expect(fileStem('Coopération « européenne » 2024')).to.equal('cooperation-europeenne-2024');
    expect(fileStem('  ***  ')).to.equal('timeline');
  });

  it('should keep the letters of any script, and end in no dash when cut short', () => {
    expect(fileStem('Straße der Kooperation')).to.equal('straße-der-kooperation');
    expect(fileStem('Χρονολόγιο συνεργασίας')).to.equal('χρονολόγιο-συνεργασίας');
    expect(fileStem('Хронология йод')).to.equal('хронология-йод');
    expect(fileStem('सहयोग समयरेखा')).to.equal('सहयोग-समयरेखा'); // its vowel signs are marks
    const stem = fileStem(`${'a'.repeat(59)} b`);
    expect(stem).to.equal('a'.repeat(59));
    expect(fileStem('Love ❤️')).to.equal('love'); // no dash, nor a variation selector, left at the end
    expect(fileStem('❤️')).to.equal('timeline');
    expect(fileStem(`${'x'.repeat(59)}𠀀 more`)).to.equal(`${'x'.repeat(59)}𠀀`); // a whole character
  });
});
