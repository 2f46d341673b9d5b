/**
 * The package entry: defines `<cocir-timeline>` once (safe if this module loads twice) and
 * exports the element class and the data types.
 */
import {
  CocirTimeline,
  type RangeChangeDetail,
  type TimelineErrorCode,
  type TimelineErrorDetail,
  type TimelineLoadDetail,
  type TimelineRange,
} from './cocir-timeline.js';
import type { TimelineFilterChangeDetail } from './ui/category-filter.js';
import type { TimelineSelectDetail } from './controllers/details-controller.js';

export { CocirTimeline };
export type {
  RangeChangeDetail,
  TimelineErrorCode,
  TimelineErrorDetail,
  TimelineFilterChangeDetail,
  TimelineLoadDetail,
  TimelineRange,
  TimelineSelectDetail,
};
export type { TimelineEvent, TimelineCategory, TimelineDocument, ValidationIssue } from './model/types.js';

if (!customElements.get('cocir-timeline')) customElements.define('cocir-timeline', CocirTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'cocir-timeline': CocirTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'cocir-load': CustomEvent<TimelineLoadDetail>;
    'cocir-error': CustomEvent<TimelineErrorDetail>;
    'cocir-filter-change': CustomEvent<TimelineFilterChangeDetail>;
    'cocir-select': CustomEvent<TimelineSelectDetail>;
    'cocir-range-change': CustomEvent<RangeChangeDetail>;
  }
}
