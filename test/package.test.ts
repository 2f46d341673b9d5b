// The package as a bundler user imports it: the bare specifier, resolved through package.json
// `exports` to the ES module build in dist/lib (bare imports of lit and d3 left to the bundler).
import { expect, fixture, html } from '@open-wc/testing';
import type { TimelineEvent } from 'cocir-timeline';

// The page loads more resources (the test framework's modules, then the package's) than the 250
// the resource timing buffer keeps by default, and the entries past it are dropped: make room
// before the package loads (a static import would load it before this line runs).
performance.setResourceTimingBufferSize(1000);
const { CocirTimeline } = await import('cocir-timeline');

const loaded = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('the package entry (import "cocir-timeline")', () => {
  it('should resolve to the ES module build in dist/lib, not to the sources or the bundle', () => {
    const files = loaded();
    // A full buffer drops entries silently, and the checks that a file was not loaded would pass.
    expect(files.length, 'resource entries, all kept').to.be.below(1000);
    expect(files).to.include('/dist/lib/src/index.js');
    expect(files).to.include('/dist/lib/src/cocir-timeline.js');
    expect(files.some((f) => f.startsWith('/src/'))).to.be.false;
    expect(files).not.to.include('/dist/cocir-timeline.js');
    // Its dependencies stay bare imports, resolved by the bundler (here the test server).
    expect(files.some((f) => /\/node_modules\/lit-element\//.test(f))).to.be.true;
    expect(files.some((f) => /\/node_modules\/d3-scale\//.test(f))).to.be.true;
  });

  it('should define <cocir-timeline> as the class it exports', () => {
    expect(customElements.get('cocir-timeline')).to.equal(CocirTimeline);
    expect(document.createElement('cocir-timeline')).to.be.instanceOf(CocirTimeline);
  });

  it('should draw the embedded events and own events', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.style.width = '800px';
    const el = document.createElement('cocir-timeline');
    box.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('g.mark')).to.have.length(14);
    const own: TimelineEvent[] = [{ id: 'a', title: 'Alpha', category: 'one', start: '2001' }];
    el.events = own;
    await el.updateComplete;
    const names = [...el.shadowRoot!.querySelectorAll('g.mark')].map((m) => m.getAttribute('aria-label'));
    expect(names).to.deep.equal(['Alpha, 2001']);
  });
});
