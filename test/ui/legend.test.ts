import { expect } from '@open-wc/testing';
import { moveIndex } from '../../src/ui/legend.js';

describe('legend', () => {
  describe('moveIndex', () => {
    it('should move to the next and previous button, wrapping at the ends', () => {
      expect(moveIndex('ArrowRight', 0, 4)).to.equal(1);
      expect(moveIndex('ArrowDown', 3, 4)).to.equal(0);
      expect(moveIndex('ArrowLeft', 0, 4)).to.equal(3);
      expect(moveIndex('ArrowUp', 2, 4)).to.equal(1);
    });

    it('should jump with Home and End and leave other keys alone', () => {
      expect(moveIndex('Home', 2, 4)).to.equal(0);
      expect(moveIndex('End', 0, 4)).to.equal(3);
      expect(moveIndex('Enter', 1, 4)).to.be.undefined;
      expect(moveIndex('Tab', 1, 4)).to.be.undefined;
    });
  });
});
