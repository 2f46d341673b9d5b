// The self-contained bundle, as a page loads it with one script tag: nothing else is imported.
// Loaded twice (two URLs are two module instances, as when two scripts on a page both include
// it): the second copy must neither throw nor redefine the tag.
import { expect, fixture, html } from '@open-wc/testing';

type BundleModule = typeof import('../src/index.js');

const BUNDLE = '/dist/cocir-timeline.js';
const load = (url: string): Promise<BundleModule> => import(/* @vite-ignore */ url);

describe('the self-contained bundle (dist/cocir-timeline.js)', () => {
  let first: BundleModule;
  let second: BundleModule;
  before(async () => {
    first = await load(BUNDLE);
    second = await load(`${BUNDLE}?v=2`);
  });

  it('should be the only script the page loads for the element', () => {
    const scripts = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.pathname.endsWith('.js') && !/__web-(test-runner|dev-server)__/.test(u.pathname));
    const ours = scripts.filter((u) => !/\/node_modules\/|\/test\//.test(u.pathname));
    expect(ours.map((u) => u.pathname + u.search)).to.have.members([BUNDLE, `${BUNDLE}?v=2`]);
  });

  it('should import nothing and contain no React', async () => {
    const text = await (await fetch(BUNDLE)).text();
    // A bare specifier in an import statement or expression (not the word "from" in a string).
    expect(text).not.to.match(/\bimport\s*(?:[\w$*\s{},]+\bfrom\s*)?\(?\s*["'](?![./])/);
    expect(text).not.to.match(/\bimport\s*\(?\s*["'](?![./])/);
    expect(text).not.to.match(/\breact(-dom)?\b|react\.(transitional\.)?element/i);
  });

  it('should define the tag once, with the class of the copy that loaded first', () => {
    expect(first.CocirTimeline).not.to.equal(second.CocirTimeline);
    expect(customElements.get('cocir-timeline')).to.equal(first.CocirTimeline);
  });

  it('should draw the embedded events', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.style.width = '800px';
    const el = document.createElement('cocir-timeline');
    box.append(el);
    await el.updateComplete;
    expect(el).to.be.instanceOf(first.CocirTimeline);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('COCIR cooperation timeline');
    expect(el.shadowRoot!.querySelectorAll('g.mark')).to.have.length(14);
  });
});
