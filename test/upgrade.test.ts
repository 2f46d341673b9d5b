// Frameworks and page scripts often set properties before the element's module has run (the tag
// is parsed or created first, the script loads later). Those values must survive the upgrade.
// This file imports the element only inside the test, after the elements exist: no static import
// of src/ here (each test file runs in a page of its own).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CocirTimeline } from '../src/cocir-timeline.js';
import type { TimelineEvent } from '../src/model/types.js';

const OWN: TimelineEvent[] = [
  { id: 'a', title: 'Alpha', category: 'one', start: '2001' },
  { id: 'b', title: 'Beta', category: 'two', start: '2003-06', end: '2004-02' },
];

const names = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('g.mark')].map((m) => m.getAttribute('aria-label')).sort();

describe('<cocir-timeline> set up before it upgrades', () => {
  it('should keep properties and attributes set before the tag was defined', async () => {
    expect(customElements.get('cocir-timeline'), 'not defined yet').to.equal(undefined);

    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.style.width = '800px';
    // A framework rendering before the module loaded: properties on a plain HTMLElement.
    const created = document.createElement('cocir-timeline') as HTMLElement & Partial<CocirTimeline>;
    created.events = OWN;
    created.label = 'Set before the upgrade';
    box.append(created);
    // Markup parsed before the module loaded, then given a property.
    box.insertAdjacentHTML('beforeend', '<cocir-timeline locale="fr" label="From markup"></cocir-timeline>');
    const parsed = box.lastElementChild as HTMLElement & Partial<CocirTimeline>;
    parsed.events = [OWN[0]];
    expect(created.shadowRoot).to.equal(null);

    const loaded = oneEvent(created, 'cocir-load');
    const { CocirTimeline } = await import('../src/index.js');
    expect(created).to.be.instanceOf(CocirTimeline);
    expect(parsed).to.be.instanceOf(CocirTimeline);

    const { detail } = await loaded;
    expect(detail.count).to.equal(2);
    const el = created as CocirTimeline;
    await el.updateComplete;
    expect(el.events).to.equal(OWN);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Set before the upgrade');
    expect(names(el)).to.deep.equal(['Alpha, 2001', 'Beta, June 2003 – February 2004']);

    const other = parsed as CocirTimeline;
    await other.updateComplete;
    expect(other.shadowRoot!.querySelector('h2')!.textContent).to.equal('From markup');
    expect(names(other)).to.deep.equal(['Alpha, 2001']);
    expect(other.shadowRoot!.querySelector('.summary')!.textContent).to.match(/^1 événement daté/);

    // The properties stay reactive after the upgrade.
    el.events = [OWN[1]];
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Beta, June 2003 – February 2004']);
  });
});
