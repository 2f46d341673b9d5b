/** Types of the data model: the JSON-shaped input and the normalized form the element draws. */

/** A date at its precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type DateString = string;

/** One event as page authors write it (JSON-shaped; the same for `events`, `src` and the embedded data). */
export interface TimelineEvent {
  /** Stable, unique identity. */
  id: string;
  /** Plain text, never HTML. */
  title: string;
  /** A category id. */
  category: string;
  /** First day at its precision; absent with an `end`: start unknown; absent with no `end`: undated. */
  start?: DateString;
  /** Inclusive at its precision, or `"ongoing"` (still running as of the data's `asOf`). */
  end?: DateString | 'ongoing';
  description?: string;
  location?: string;
  organisations?: string[];
  /** Only `http:` and `https:`. */
  url?: string;
  /** The section of the source document the event comes from. */
  source?: string;
}

export interface TimelineCategory {
  id: string;
  label: string;
  /** A CSS colour; derived from the palette when absent. */
  color?: string;
}

/** A JSON document for `src`, and the shape of the embedded data. */
export interface TimelineDocument {
  asOf?: DateString;
  categories?: TimelineCategory[];
  events: TimelineEvent[];
}

export type Precision = 'year' | 'month' | 'day';

/** A civil date: the interval `[startMs, endMs)` in UTC that its text covers at its precision. */
export interface CivilDate {
  readonly text: string;
  readonly precision: Precision;
  readonly year: number;
  /** 1–12; 1 when the precision is `year`. */
  readonly month: number;
  /** 1–31; 1 when the precision is coarser than `day`. */
  readonly day: number;
  readonly startMs: number;
  readonly endMs: number;
}

export type EventKind = 'point' | 'span' | 'undated';

/** An event after validation: dates parsed, interval resolved, strings trimmed. */
export interface NormalizedEvent {
  readonly id: string;
  readonly title: string;
  readonly category: string;
  readonly kind: EventKind;
  readonly start?: CivilDate;
  /** The end as written; `ongoing` resolves to `asOf` in `endMs`. */
  readonly end?: CivilDate | 'ongoing';
  /** First instant drawn (for an unknown start: NaN — the drawing decides where the fade begins). */
  readonly startMs: number;
  /** Exclusive end instant (NaN when undated). */
  readonly endMs: number;
  readonly openStart: boolean;
  readonly openEnd: boolean;
  readonly description?: string;
  readonly location?: string;
  readonly organisations: readonly string[];
  readonly url?: string;
  readonly source?: string;
  /** A clean, frozen copy of the record as given (for `cocir-select`). */
  readonly record: Readonly<TimelineEvent>;
}

export interface ResolvedCategory {
  readonly id: string;
  readonly label: string;
  readonly color: string;
}

/** One problem found in the input. `index` is the record's position (-1 for the document itself). */
export interface ValidationIssue {
  readonly index: number;
  readonly field: string;
  readonly message: string;
}

export interface NormalizedData {
  readonly events: readonly NormalizedEvent[];
  readonly categories: readonly ResolvedCategory[];
  readonly issues: readonly ValidationIssue[];
  /** The data's own `asOf`, when it gives one. */
  readonly asOf?: CivilDate;
  /** The instant `ongoing` runs to: the end of `asOf`, else of today. */
  readonly asOfMs: number;
}
