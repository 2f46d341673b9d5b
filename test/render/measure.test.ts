import { expect } from '@open-wc/testing';
import { cocirTimeline } from '../../data/events.js';
import { estimateTextWidth, textWidth } from '../../src/render/measure.js';

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
