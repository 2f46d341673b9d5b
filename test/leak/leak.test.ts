/**
 * 100 mount/unmount cycles with 1,000 events: after a full GC the DOM nodes, listeners and heap
 * must come back to where they were. Measured, not timed; the figures are printed.
 * Runs in its own Chromium (group `leak`, started with --js-flags=--expose-gc).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TimelineEvent } from '../../src/model/types.js';

/** Read through the DevTools protocol after a full GC (`performance.memory` is coarse and cached). */
interface Counters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
  heapUsed: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const CYCLES = 100;

const EVENTS: TimelineEvent[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `e${i}`,
  title: `Event number ${i}`,
  category: `c${i % 12}`,
  start: `${1900 + (i % 120)}-${String((i % 12) + 1).padStart(2, '0')}`,
  ...(i % 4 === 0 && { end: i % 8 === 0 ? 'ongoing' : `${2020 + (i % 4)}` }),
  ...(i % 50 === 0 && { start: undefined, end: undefined, url: 'https://example.org/' }),
}));

async function measure(): Promise<Counters> {
  await frames();
  for (let i = 0; i < 3; i++) {
    gc!();
    await new Promise((r) => setTimeout(r, 0));
  }
  performance.clearResourceTimings(); // the browser's record of each `src` fetch
  return (await executeServerCommand('dom-counters')) as Counters;
}

describe('leaks', () => {
  it('should release nodes, listeners and memory after 100 mount/unmount cycles with 1,000 events', async function () {
    this.timeout(180_000);
    expect(gc, 'gc() (Chromium with --js-flags=--expose-gc)').to.be.a('function');
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);

    // Half the cycles pass the events as a property, half load them from `src`.
    const cycle = async (i: number) => {
      const el = document.createElement('cocir-timeline');
      if (i % 2) el.src = '/fixtures/respond?events=1000';
      else el.events = EVENTS;
      let loaded = 0;
      el.addEventListener('cocir-load', (e) => (loaded = e.detail.count));
      box.append(el);
      await el.loadComplete;
      await frames();
      expect(loaded, `cycle ${i}`).to.equal(1000);
      expect(el.shadowRoot!.querySelectorAll('g.mark, .cluster').length, 'marks or clusters drawn').to.be.greaterThan(
        0,
      );
      el.remove();
    };

    // Warm up what is meant to stay: text widths, Intl formats, compiled and optimised code.
    for (let i = 0; i < 20; i++) await cycle(i);
    const before = await measure();
    for (let i = 0; i < CYCLES; i++) await cycle(i);
    const after = await measure();

    const growth = {
      nodes: after.nodes - before.nodes,
      listeners: after.jsEventListeners - before.jsEventListeners,
      documents: after.documents - before.documents,
      heapKB: Math.round((after.heapUsed - before.heapUsed) / 1024),
      heapPerCycleKB: +((after.heapUsed - before.heapUsed) / 1024 / CYCLES).toFixed(2),
    };
    console.log(
      `leak: ${CYCLES} cycles × 1,000 events — before ${JSON.stringify(before)}, after ${JSON.stringify(after)}, ` +
        `growth ${JSON.stringify(growth)}`,
    );
    // One leaked timeline holds thousands of nodes and about a megabyte: these bounds catch one.
    expect(growth.nodes, 'DOM nodes').to.be.at.most(100);
    expect(growth.listeners, 'event listeners').to.be.at.most(20);
    expect(growth.documents, 'documents').to.be.at.most(0);
    expect(growth.heapPerCycleKB, 'heap per cycle, KB').to.be.below(20);
  });
});
