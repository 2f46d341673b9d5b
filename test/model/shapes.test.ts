import { expect } from '@open-wc/testing';
import { categories } from '../../data/events.js';
import { glyphPaths, shapeFor, shapePath, SHAPES } from '../../src/model/shapes.js';
import { PALETTE } from '../../src/model/palette.js';

describe('shapes', () => {
  it('should draw each shape as its own closed path inside its box', () => {
    const paths = SHAPES.map((s) => shapePath(s, 5));
    expect(new Set(paths).size).to.equal(SHAPES.length);
    for (const d of paths) {
      expect(d).to.match(/^M.*Z$/);
      const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      for (const n of numbers) expect(Math.abs(n)).to.be.at.most(5.3);
    }
  });

  it('should assign shapes by category index, cycling', () => {
    expect(shapeFor(0)).to.equal('circle');
    expect(shapeFor(SHAPES.length)).to.equal('circle');
    expect(shapeFor(SHAPES.length + 2)).to.equal(shapeFor(2));
    expect(shapeFor(-1)).to.equal(SHAPES[SHAPES.length - 1]);
  });

  it('should give the embedded categories that share a colour different shapes', () => {
    const seen = new Map<string, string>();
    categories.forEach((c, i) => {
      const key = `${c.color!.toLowerCase()} ${shapeFor(i)}`;
      expect(seen.has(key), `${c.id} looks like ${seen.get(key)}`).to.be.false;
      seen.set(key, c.id);
    });
  });

  it('should keep derived colour and shape pairs apart for the first 70 categories', () => {
    const pairs = new Set(Array.from({ length: 70 }, (_, i) => `${PALETTE[i % PALETTE.length]} ${shapeFor(i)}`));
    expect(pairs.size).to.equal(70);
  });

  it('should map each category id to its glyph path', () => {
    const glyphs = glyphPaths([{ id: 'x' }, { id: 'y' }], 4);
    expect(glyphs.get('x')).to.equal(shapePath('circle', 4));
    expect(glyphs.get('y')).to.equal(shapePath('square', 4));
  });
});
