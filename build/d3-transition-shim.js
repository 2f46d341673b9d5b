// d3-zoom and d3-brush import d3-transition only to interrupt running transitions before a
// gesture. The component never starts a d3 transition (its glides are its own rAF tweens), so in
// the bundle `interrupt` has nothing to stop: this stands in for d3-transition, d3-timer and
// d3-ease (about 4.5 KB gzipped). Tests run against the real module.
import { selection } from 'd3-selection';

export function interrupt() {}

selection.prototype.interrupt = function () {
  return this;
};
