/** Shared test set-up: a timeline mounted in a container of a fixed width. */
import { fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { CocirTimeline } from '../src/cocir-timeline.js';

export interface MountOptions {
  /** A button before the timeline (`#before`), where Tab can start from. */
  readonly buttonBefore?: boolean;
}

/** Mounts a timeline in a container `width` px wide (after `setup`) and waits for it to draw. */
export async function mount(
  width: number,
  setup?: (el: CocirTimeline) => void,
  { buttonBefore = false }: MountOptions = {},
): Promise<CocirTimeline> {
  const box = await fixture<HTMLDivElement>(
    buttonBefore ? html`<div><button id="before">before</button></div>` : html`<div></div>`,
  );
  box.style.width = `${width}px`;
  const el = document.createElement('cocir-timeline');
  setup?.(el);
  box.append(el);
  await el.updateComplete;
  return el;
}
