import { expect } from '@open-wc/testing';
import { categoryListConverter, parseCategoryList, resolveFilter } from '../../src/model/filter.js';

const CATEGORIES = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('filter', () => {
  describe('parseCategoryList', () => {
    it('should split on spaces and commas, dropping empty ids', () => {
      expect(parseCategoryList('a b')).to.deep.equal(['a', 'b']);
      expect(parseCategoryList(' a, b,,c\n')).to.deep.equal(['a', 'b', 'c']);
      expect(parseCategoryList('  ')).to.deep.equal([]);
    });

    it('should keep the strings of a list and read anything else as unset', () => {
      expect(parseCategoryList(['a', 3, ' ', 'b'])).to.deep.equal(['a', 'b']);
      expect(parseCategoryList([])).to.deep.equal([]);
      expect(parseCategoryList(undefined)).to.be.undefined;
      expect(parseCategoryList(null)).to.be.undefined;
      expect(parseCategoryList({ a: 1 })).to.be.undefined;
    });
  });

  describe('categoryListConverter', () => {
    it('should read an absent attribute as every category and an empty one as none', () => {
      expect(categoryListConverter.fromAttribute(null)).to.be.undefined;
      expect(categoryListConverter.fromAttribute('')).to.deep.equal([]);
      expect(categoryListConverter.fromAttribute('a,b')).to.deep.equal(['a', 'b']);
    });

    it('should write a space-separated list, and no attribute for unset', () => {
      expect(categoryListConverter.toAttribute(['a', 'b'])).to.equal('a b');
      expect(categoryListConverter.toAttribute([])).to.equal('');
      expect(categoryListConverter.toAttribute(undefined)).to.be.undefined;
    });
  });

  describe('resolveFilter', () => {
    it('should show every category when unset', () => {
      expect(resolveFilter(CATEGORIES, undefined)).to.deep.equal({ shown: ['a', 'b', 'c'], unknown: [] });
    });

    it('should show the requested ids in category order and list the unknown ones once', () => {
      expect(resolveFilter(CATEGORIES, ['c', 'x', 'a', 'x', 'y'])).to.deep.equal({
        shown: ['a', 'c'],
        unknown: ['x', 'y'],
      });
      expect(resolveFilter(CATEGORIES, 'b,zz')).to.deep.equal({ shown: ['b'], unknown: ['zz'] });
      expect(resolveFilter(CATEGORIES, [])).to.deep.equal({ shown: [], unknown: [] });
    });
  });
});
