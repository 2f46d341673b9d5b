import { expect } from '@open-wc/testing';
import { Memo } from '../../src/model/memo.js';

describe('Memo', () => {
  it('should compute again only when an input changes identity', () => {
    const memo = new Memo<number[]>();
    const a = [1, 2];
    let runs = 0;
    const compute = () => (runs++, a.map((v) => v * 2));
    const first = memo.get([a, 1], compute);
    expect(first).to.deep.equal([2, 4]);
    expect(memo.get([a, 1], compute)).to.equal(first);
    expect(runs).to.equal(1);
    expect(memo.get([[...a], 1], compute)).to.not.equal(first);
    expect(memo.get([a, 2], compute)).to.deep.equal([2, 4]);
    expect(memo.get([a, 2, 3], compute)).to.deep.equal([2, 4]);
    expect(runs).to.equal(4);
  });

  it('should compare inputs with Object.is: undefined stays undefined, NaN equals NaN', () => {
    const memo = new Memo<string>();
    let runs = 0;
    memo.get([undefined], () => String(runs++));
    memo.get([undefined], () => String(runs++));
    memo.get([NaN], () => String(runs++));
    expect(memo.get([NaN], () => String(runs++))).to.equal('1');
    expect(runs).to.equal(2);
  });
});
