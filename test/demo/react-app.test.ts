// The React 19 demo (demo/react-app.jsx, bundled to dist/demo/react-app.js): React sets `events`
// as a property and hears `cocir-load` through `oncocir-load`, with no wrapper.
import { expect } from '@open-wc/testing';
import type { CocirTimeline } from '../../src/cocir-timeline.js';

/** Resolves once `check` holds, checking each animation frame (no timed waits). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => requestAnimationFrame(r));
  expect(check(), 'condition never held').to.be.true;
}

const APP = '/dist/demo/react-app.js';

describe('the React 19 demo', () => {
  let root: HTMLElement;
  // The app mounts once into #root, for both tests (a fixture would be removed after the first).
  before(async () => {
    root = document.createElement('div');
    root.id = 'root';
    root.style.width = '800px';
    document.body.append(root);
    await import(/* @vite-ignore */ APP);
  });
  after(() => root.remove());

  const timeline = () => root.querySelector<CocirTimeline>('cocir-timeline')!;
  const status = () => root.querySelector('[role="status"]')!.textContent;
  const names = () =>
    [...timeline().shadowRoot!.querySelectorAll('g.mark')].map((m) => m.getAttribute('aria-label')!.split(',')[0]);

  it('should pass its events as a property and hear cocir-load', async () => {
    await until(() => status() === 'The timeline drew 4 events.');
    const el = timeline();
    expect(el.hasAttribute('events')).to.be.false;
    expect(el.events).to.have.length(4);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Our standards work, from React');
    expect(names()).to.include.members(['Working group formed', 'First draft', 'Pilot in three hospitals']);
  });

  it('should redraw when React passes new events', async () => {
    const add = root.querySelector('button')!;
    expect(add.textContent).to.equal('Add “Standard adopted”');
    add.click();
    await until(() => status() === 'The timeline drew 5 events.');
    expect(names()).to.include('Standard adopted');
  });
});
