/**
 * The current view as a file: a standalone SVG whose look comes with it, and a PNG drawn from
 * that SVG. The chart's styles live in the shadow root's stylesheet, which a file can't take
 * along, so each node's computed paint and font are written onto its copy as presentation
 * attributes (the form every SVG reader understands, editors included).
 */
import { svg } from './frame.js';
import { graphemes, textWidth } from './measure.js';

/** Properties SVG inherits: written only where they differ from the parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'visibility',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Properties that don't inherit: written where they are not their initial value. */
const OWN: Record<string, string> = { opacity: '1' };

/** Attributes meaningful only inside the live component. */
const DROPPED = ['part', 'tabindex', 'focusable'];

export interface SvgExportOptions {
  /** The title written above the chart (the element's `label`). */
  readonly title: string;
  /** A line under the title (the summary), if any. */
  readonly caption?: string;
  /** The elements whose computed style the title and caption take. */
  readonly titleStyle: Element;
  readonly captionStyle?: Element;
  /** Language of the text (for letter case). */
  readonly locale: string;
  /** The page background behind the chart (a CSS colour). */
  readonly background: string;
  /** Space around the picture, in px. */
  readonly padding?: number;
}

export interface SvgExport {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** Serializes the chart as drawn now (the marks in view) into a standalone SVG document. */
export function exportSvg(chart: SVGSVGElement, options: SvgExportOptions): SvgExport {
  const { title, caption, titleStyle, captionStyle, background, locale, padding = 16 } = options;
  const chartWidth = Number(chart.getAttribute('width')) || chart.clientWidth;
  const chartHeight = Number(chart.getAttribute('height')) || chart.clientHeight;

  // The title and caption wrap to the chart's width: on a phone a title is wider than its chart.
  const texts: SVGTextElement[] = [];
  let y = padding;
  const write = (content: string, font: Font, gap: number) => {
    for (const line of wrap(content, font, chartWidth)) {
      y += texts.length ? font.size * gap : font.size;
      texts.push(textAt(line, padding, y, font));
      gap = 1.25;
    }
  };
  write(title, fontOf(titleStyle), 1.25);
  if (caption && captionStyle) write(caption, fontOf(captionStyle), 1.5);
  const top = Math.ceil(y + padding);
  const width = Math.ceil(chartWidth + 2 * padding);
  const height = Math.ceil(top + chartHeight + padding);

  const root = svg('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 'export-title',
  });
  const name = root.appendChild(svg('title', { id: 'export-title' }));
  name.textContent = caption ? `${title} — ${caption}` : title;

  root.append(svg('rect', { width: '100%', height: '100%', fill: background }));
  root.append(...texts);

  const body = root.appendChild(svg('g', { transform: `translate(${padding},${top})` }));
  const chartStyle = getComputedStyle(chart);
  for (const property of INHERITED) body.setAttribute(property, chartStyle.getPropertyValue(property));
  body.setAttribute('color', chartStyle.color);
  for (const child of chart.children) {
    const copy = copyStyled(child, chartStyle, locale);
    if (copy) body.append(copy);
  }
  const clip = root.insertBefore(svg('clipPath', { id: 'export-chart' }), body);
  clip.append(svg('rect', { width: chartWidth, height: chartHeight }));
  body.setAttribute('clip-path', 'url(#export-chart)');

  const file = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { svg: file, width, height };
}

/** Draws an exported SVG onto a canvas, `scale` device pixels per CSS pixel, as a PNG. */
export async function exportPng({ svg, width, height }: SvgExport, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from a label: "COCIR cooperation timeline" → "cocir-cooperation-timeline"; letters of any script kept, Latin ones without their accents. */
export function fileStem(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    // Anything but letters and digits, with the marks that go with it (an emoji's variation selector).
    .replace(/(?:[^\p{L}\p{M}\p{N}]\p{M}*|^\p{M}+)+/gu, '-');
  // Cut between characters as a reader sees them: no half of a surrogate pair, no letter without its mark.
  const stem = graphemes(words)
    .slice(0, 60)
    .join('')
    .replace(/^-+|-+$/g, '');
  return stem || 'timeline';
}

/** A deep copy of `node` with its computed look as attributes; undefined when it isn't shown. */
function copyStyled(node: Element, parentStyle: CSSStyleDeclaration, locale: string): Element | undefined {
  const style = getComputedStyle(node);
  if (style.display === 'none') return undefined;
  const copy = node.cloneNode(false) as Element;
  for (const name of DROPPED) copy.removeAttribute(name);
  for (const property of INHERITED) {
    const value = plain(style.getPropertyValue(property));
    // Resolved values only: a `currentColor` or a `var(--…)` would read another context.
    if (value !== parentStyle.getPropertyValue(property)) copy.setAttribute(property, value);
    else copy.removeAttribute(property);
  }
  for (const [property, initial] of Object.entries(OWN)) {
    const value = style.getPropertyValue(property);
    if (value !== initial) copy.setAttribute(property, value);
    else copy.removeAttribute(property);
  }
  const upper = style.textTransform === 'uppercase';
  for (const child of node.childNodes) {
    if (child instanceof Element) {
      const inner = copyStyled(child, style, locale);
      if (inner) copy.append(inner);
    } else if (child.nodeType === Node.TEXT_NODE) {
      // SVG readers other than browsers ignore CSS text-transform: bake it into the text.
      const text = child.textContent ?? '';
      copy.append(upper ? text.toLocaleUpperCase(locale) : text);
    }
  }
  return copy;
}

/** `url("#a")` as `url(#a)`: the form older SVG readers parse. */
const plain = (value: string) => value.replace(/url\("([^"]*)"\)/g, 'url($1)');

export interface Font {
  readonly size: number;
  readonly family: string;
  readonly weight: string;
  readonly color: string;
}

function fontOf(element: Element): Font {
  const style = getComputedStyle(element);
  return {
    size: parseFloat(style.fontSize) || 14,
    family: style.fontFamily,
    weight: style.fontWeight,
    color: style.color,
  };
}

/** `content` in lines no wider than `width`: broken at spaces, and inside a word only where it alone is wider. */
export function wrap(content: string, font: Font, width: number): string[] {
  const css = `${font.weight} ${font.size}px ${font.family}`;
  const fits = (line: string) => textWidth(line, css) <= width;
  const lines: string[] = [];
  let line = '';
  // Breakable spaces only: a no-break space ("12\u00a0000", "état\u202f:") holds its words together.
  for (const word of content.split(/[\t\n\f\r ]+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    if (fits(word)) continue;
    line = '';
    for (const char of word) {
      if (line && !fits(line + char)) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function textAt(content: string, x: number, y: number, font: Font): SVGTextElement {
  const text = svg('text', {
    x,
    y: Math.round(y * 10) / 10,
    fill: font.color,
    'font-family': font.family,
    'font-size': font.size,
    'font-weight': font.weight,
  });
  text.textContent = content;
  return text;
}
