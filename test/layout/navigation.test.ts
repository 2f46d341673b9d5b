import { expect } from '@open-wc/testing';
import { assignLanes } from '../../src/layout/lanes.js';
import { nextEvent } from '../../src/layout/navigation.js';
import { normalizeData } from '../../src/model/validate.js';

// Two lanes: "a" holds 2001 and 2003, "b" holds 2002 and 2010.
const data = normalizeData([
  { id: 'a1', title: 'A1', category: 'a', start: '2001' },
  { id: 'b1', title: 'B1', category: 'b', start: '2002' },
  { id: 'a2', title: 'A2', category: 'a', start: '2003' },
  { id: 'b2', title: 'B2', category: 'b', start: '2010' },
]);
const { placed } = assignLanes(data.events, data.categories, {
  x: (ms) => ms / 1e9,
  width: 1e6,
  openStartMs: 0,
  labelWidth: () => 1,
});
const byId = (id: string) => placed.find((p) => p.event.id === id)!;
const ids = (p: ReturnType<typeof nextEvent>) => p?.event.id;

describe('nextEvent', () => {
  it('should walk events in time order with ←/→ and stop at the ends', () => {
    expect(ids(nextEvent(placed, byId('a1'), 'ArrowRight'))).to.equal('b1');
    expect(ids(nextEvent(placed, byId('b1'), 'ArrowRight'))).to.equal('a2');
    expect(ids(nextEvent(placed, byId('b1'), 'ArrowLeft'))).to.equal('a1');
    expect(ids(nextEvent(placed, byId('a1'), 'ArrowLeft'))).to.equal('a1');
    expect(ids(nextEvent(placed, byId('b2'), 'ArrowRight'))).to.equal('b2');
  });

  it('should go to the first and last event with Home/End, and start at the first', () => {
    expect(ids(nextEvent(placed, byId('a2'), 'Home'))).to.equal('a1');
    expect(ids(nextEvent(placed, byId('a1'), 'End'))).to.equal('b2');
    expect(ids(nextEvent(placed, undefined, 'ArrowRight'))).to.equal('a1');
    expect(nextEvent([], undefined, 'Home')).to.be.undefined;
  });

  it('should move ↑/↓ to the nearest event in time on the next row', () => {
    expect(ids(nextEvent(placed, byId('a2'), 'ArrowDown'))).to.equal('b1');
    expect(ids(nextEvent(placed, byId('b2'), 'ArrowUp'))).to.equal('a2');
    expect(ids(nextEvent(placed, byId('a1'), 'ArrowUp'))).to.equal('a1');
  });
});
