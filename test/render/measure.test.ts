import { expect } from '@open-wc/testing';
import { cocirTimeline } from '../../data/events.js';
import { estimateTextWidth, fitText, graphemes, textWidth } from '../../src/render/measure.js';

const FONTS = ['500 12px system-ui, sans-serif', '12px serif', 'italic 14px monospace'];
const TITLES = [
  ...cocirTimeline.events.map((e) => e.title),
  'AVATAR Tower WAVE LTA fi fl ffi',
  'Médecins — Ελληνικά, Кириллица; “quotes” & 100 %',
  'Working group memorandum 49873',
];

describe('estimateTextWidth', () => {
  for (const font of FONTS) {
    it(`should never be narrower than the text, and close to it, in ${font}`, () => {
      for (const title of TITLES) {
        const exact = textWidth(title, font);
        const estimate = estimateTextWidth(title, font);
        expect(estimate, title).to.be.at.least(exact - 0.01);
        expect(estimate, title).to.be.at.most(exact * 1.1 + 1);
      }
    });
  }

  it('should measure shaped scripts and emoji whole', () => {
    for (const text of ['مرحبا بالعالم', 'שלום', 'नमस्ते दुनिया', 'Launch 🚀👩‍💻', '医疗器械标准']) {
      expect(estimateTextWidth(text, FONTS[0]), text).to.equal(textWidth(text, FONTS[0]));
    }
  });

  it('should measure nothing as nothing', () => {
    expect(estimateTextWidth('', FONTS[0])).to.equal(0);
  });

  it('should keep estimating right across many fonts (its table is bounded)', () => {
    for (let size = 8; size < 48; size++) {
      const font = `${size}px sans-serif`;
      expect(estimateTextWidth('Mm', font)).to.be.closeTo(textWidth('M', font) + textWidth('m', font), 0.01);
    }
    expect(estimateTextWidth('Mm', FONTS[1])).to.be.closeTo(textWidth('M', FONTS[1]) + textWidth('m', FONTS[1]), 0.01);
  });
});

describe('fitText', () => {
  /** 10 px a character, the isolates around a cut taking none. */
  const calls: string[] = [];
  const width = (s: string) => (calls.push(s), Array.from(s.replace(/[\u2068\u2069]/g, '')).length * 10);

  it('should keep text that fits whole, and cut the rest with an ellipsis inside an isolate', () => {
    expect(fitText('ABCDE', 50, width)).to.equal('ABCDE');
    expect(fitText('ABCDEFGHIJ', 55, width)).to.equal('\u2068ABCD…\u2069');
    expect(fitText('Health care', 70, width)).to.equal('\u2068Health…\u2069'); // no space before "…"
  });

  it('should cut between characters, never inside a surrogate pair', () => {
    const cut = fitText('AB 🏥🏥🏥🏥', 55, width);
    expect(cut).to.equal('\u2068AB 🏥…\u2069');
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut), 'a lone high surrogate').to.be.false;
    // A flag is two code points and one character: never cut in half.
    expect(fitText('🇫🇷🇩🇪🇮🇹', 45, width)).to.equal('\u2068🇫🇷…\u2069');
  });

  it('should measure a long label a few times, not once per character', () => {
    calls.length = 0;
    fitText('x'.repeat(2000), 255, width);
    expect(calls.length).to.be.below(20);
  });
});

describe('graphemes', () => {
  it('should split as a reader reads, and into code points where Intl.Segmenter is missing', () => {
    expect(graphemes('é🇫🇷a')).to.deep.equal(['é', '🇫🇷', 'a']);
    const { Segmenter } = Intl;
    try {
      (Intl as { Segmenter?: unknown }).Segmenter = undefined; // Firefox before 125
      expect(graphemes('e🇫🇷a')).to.deep.equal(['e', '🇫', '🇷', 'a']);
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = Segmenter;
    }
  });
});
