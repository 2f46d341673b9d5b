// What a TypeScript user of the package writes: compiled by .ci/check-pack.mjs against the
// shipped .d.ts files, resolved through package.json `exports` (any type error fails the check).
import { CocirTimeline, type TimelineEvent, type TimelineDocument } from 'cocir-timeline';
import 'cocir-timeline/bundle';

const events: TimelineEvent[] = [
  { id: 'draft', title: 'First draft', category: 'standards', start: '2020-06-15' },
  { id: 'pilot', title: 'Pilot', category: 'projects', start: '2021', end: 'ongoing' },
];
export const doc: TimelineDocument = { asOf: '2024-01', events };

// The tag map types queries and createElement.
export const found: CocirTimeline | null = document.querySelector('cocir-timeline');
export const created: CocirTimeline = document.createElement('cocir-timeline');
created.events = events;
created.label = 'Our standards work';
created.locale = 'fr';

// The event map types listeners and their details.
created.addEventListener('cocir-load', (e) => {
  const count: number = e.detail.count;
  return count;
});
created.addEventListener('cocir-error', (e) => {
  const { code, message, issues } = e.detail;
  return [code.length, message.length, issues.map((i) => `${i.index} ${i.field} ${i.message}`)];
});

// @ts-expect-error `events` takes event records, not a string.
created.events = 'not events';
// @ts-expect-error `count` is a number.
created.addEventListener('cocir-load', (e) => e.detail.count.toUpperCase());

// The events bubble out of shadow roots (composed): listeners on the document and the window are typed too.
document.addEventListener('cocir-select', (e) => e.detail.event.title.length);
window.addEventListener('cocir-range-change', (e) => e.detail.from.getTime() - e.detail.to.getTime());
