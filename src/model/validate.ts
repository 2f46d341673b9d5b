/**
 * Unknown input → normalized events plus a list of issues. Invalid records are skipped, never
 * fatal; nothing is copied from the input by key enumeration, so `__proto__` or `constructor`
 * keys are inert data.
 */
import { civilDateAt, parseCivilDate } from './civil-date.js';
import { LIMITS, tooLarge } from './document.js';
import { paletteColor } from './palette.js';
import type {
  CivilDate,
  NormalizedData,
  NormalizedEvent,
  ResolvedCategory,
  TimelineEvent,
  ValidationIssue,
} from './types.js';

export interface NormalizeOptions {
  /** The instant `ongoing` runs to when the data has no `asOf` (default: now). */
  now?: number;
}

type Bag = Record<string, unknown>;

const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Bag, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/** Validates a document (`{asOf?, categories?, events}`) or a bare array of events. */
export function normalizeData(input: unknown, options: NormalizeOptions = {}): NormalizedData {
  const issues: ValidationIssue[] = [];
  let records: unknown[] = [];
  let asOf: CivilDate | undefined;
  let declared: unknown[] = [];

  if (Array.isArray(input)) {
    records = input;
  } else if (isBag(input) && Array.isArray(own(input, 'events'))) {
    records = own(input, 'events') as unknown[];
    // null, as serialisers write an absent value, is absent.
    const rawAsOf = own(input, 'asOf');
    if (rawAsOf != null) {
      asOf = typeof rawAsOf === 'string' ? parseCivilDate(rawAsOf.trim()) : undefined;
      if (!asOf) issues.push({ index: -1, field: 'asOf', message: 'asOf is not a date (YYYY, YYYY-MM or YYYY-MM-DD)' });
    }
    const cats = own(input, 'categories');
    if (Array.isArray(cats)) declared = cats;
    else if (cats != null) issues.push({ index: -1, field: 'categories', message: 'categories is not a list' });
  } else {
    issues.push({
      index: -1,
      field: 'events',
      message: 'expected a list of events or a document with an "events" list',
    });
  }

  // `ongoing` runs to the end of the asOf day (or of today).
  const asOfMs = (asOf ?? civilDateAt(options.now ?? Date.now())).endMs;
  const categories = new Map<string, ResolvedCategory>();
  const declare = (c: unknown, field: string) => {
    const id = isBag(c) ? text(own(c, 'id')) : undefined;
    if (!isBag(c) || !id) {
      issues.push({ index: -1, field, message: 'a category needs a non-empty id' });
      return;
    }
    if (categories.has(id)) {
      issues.push({ index: -1, field, message: `duplicate category "${clip(id)}": the first is used` });
      return;
    }
    const color = own(c, 'color');
    const valid = typeof color === 'string' && isColor(color.trim());
    if (color != null && !valid)
      issues.push({ index: -1, field: `${field}.color`, message: 'color is not a CSS colour: the palette gives one' });
    categories.set(id, {
      id,
      label: text(own(c, 'label')) ?? id,
      color: valid ? color.trim() : paletteColor(categories.size),
    });
  };
  for (let i = 0; i < declared.length; i++) {
    try {
      declare(declared[i], `categories[${i}]`);
    } catch {
      // A getter or proxy that throws: that category is unreadable, never the whole data set.
      issues.push({ index: -1, field: `categories[${i}]`, message: 'the category could not be read' });
    }
  }

  const events: NormalizedEvent[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < records.length; index++) {
    const found: ValidationIssue[] = [];
    const fail = (field: string, message: string) => found.push({ index, field, message });
    let event: NormalizedEvent | undefined;
    try {
      event = normalizeEvent(records[index], asOfMs, fail);
    } catch {
      // A getter or proxy that throws: the record is unreadable, never fatal.
      fail('', 'the event could not be read');
    }
    if (event && seen.has(event.id)) fail('id', `duplicate id "${clip(event.id)}"`);
    if (!event || found.length) {
      issues.push(...found);
      continue;
    }
    seen.add(event.id);
    if (!categories.has(event.category)) {
      categories.set(event.category, {
        id: event.category,
        label: event.category,
        color: paletteColor(categories.size),
      });
    }
    events.push(event);
  }
  // A legend of tens of thousands of chips, and as many lanes, would freeze the page.
  if (categories.size > LIMITS.maxCategories) throw tooLarge(`${categories.size} categories`);

  return { events, categories: [...categories.values()], issues, asOf, asOfMs };
}

/**
 * A colour as the browser reads it (hex, named, rgb(), hsl(), oklch() …), and nothing more: no
 * `var()` or other reference, no keyword that takes a colour from elsewhere.
 */
const NOT_A_COLOR =
  /^(inherit|initial|unset|revert|revert-layer|transparent|-webkit-\w+)$|currentcolor|[;{}\\]|(var|env|attr|if)\s*\(/i;
const isColor = (v: string) =>
  !NOT_A_COLOR.test(v) &&
  typeof CSS !== 'undefined' &&
  CSS.supports('color', v) &&
  !CSS.supports('width', v); /* a colour is no length: what is both takes its value from elsewhere */

/** Control characters: no XML, so no SVG download, may hold them. A word processor's line break (U+000B) and the like read as a space. */
const CONTROL = /[\0-\x08\x0e-\x1b\ufffe\uffff]/g;
const BREAK = /[\x0b\x0c\x1c-\x1f]/g;

/** Either of the two: a string without any is kept as it is. */
const UNPRINTABLE = new RegExp(`${CONTROL.source}|${BREAK.source}`);

/** A string as text to show: without control characters, trimmed; undefined when nothing is left or it is no string. */
export function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  // Test first: replacing in a clean string, as nearly every one is, still costs.
  const t = (UNPRINTABLE.test(v) ? v.replace(CONTROL, '').replace(BREAK, ' ') : v).trim();
  return t || undefined;
}

function normalizeEvent(
  record: unknown,
  asOfMs: number,
  fail: (field: string, message: string) => void,
): NormalizedEvent | undefined {
  if (!isBag(record)) {
    fail('', 'an event must be an object');
    return undefined;
  }
  const required = (field: string): string | undefined => {
    const v = text(own(record, field));
    if (!v) fail(field, `${field} must be a non-empty string`);
    return v;
  };
  const optional = (field: string): string | undefined => {
    const v = own(record, field);
    if (v !== undefined && v !== null && typeof v !== 'string') fail(field, `${field} must be a string`);
    return text(v);
  };
  const date = (field: 'start' | 'end'): CivilDate | 'ongoing' | undefined => {
    const v = own(record, field);
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string') return void fail(field, `${field} must be text such as "2008" (got ${typeof v})`);
    const s = v.trim();
    if (field === 'end' && s.toLowerCase() === 'ongoing') return 'ongoing';
    const d = parseCivilDate(s);
    const forms = field === 'end' ? 'YYYY, YYYY-MM, YYYY-MM-DD or "ongoing"' : 'YYYY, YYYY-MM or YYYY-MM-DD';
    if (!d) fail(field, `${field} "${clip(v)}" is not a date (${forms}) or does not exist`);
    return d;
  };

  const id = required('id');
  const title = required('title');
  const category = required('category');
  const start = date('start') as CivilDate | undefined;
  const end = date('end');
  const description = optional('description');
  const location = optional('location');
  const source = optional('source');
  const url = optional('url');
  if (url && !isWebUrl(url)) fail('url', 'url must be an http: or https: address');

  const orgs = own(record, 'organisations');
  let organisations: string[] = [];
  if (orgs !== undefined && orgs !== null) {
    if (Array.isArray(orgs) && orgs.every((o) => typeof o === 'string')) {
      organisations = orgs.flatMap((o: string) => text(o) ?? []);
    } else fail('organisations', 'organisations must be a list of strings');
  }

  if (start && end && end !== 'ongoing' && end.endMs <= start.startMs) fail('end', 'end is before start');
  if (!id || !title || !category) return undefined;

  const openEnd = end === 'ongoing';
  const endMs = openEnd ? Math.max(asOfMs, start?.endMs ?? asOfMs) : ((end ?? start)?.endMs ?? NaN);
  const kind = !start && !end ? 'undated' : start && !end ? 'point' : 'span';
  // Only the fields present, in the documented order; assigned rather than spread, which costs.
  const record_: TimelineEvent = { id, title, category };
  if (start) record_.start = start.text;
  if (end) record_.end = end === 'ongoing' ? end : end.text;
  if (description) record_.description = description;
  if (location) record_.location = location;
  if (organisations.length) record_.organisations = Object.freeze(organisations) as string[];
  if (url) record_.url = url;
  if (source) record_.source = source;

  return Object.freeze({
    id,
    title,
    category,
    kind,
    start,
    end,
    startMs: start?.startMs ?? NaN,
    endMs,
    openStart: !start && !!end,
    openEnd,
    description,
    location,
    organisations,
    url,
    source,
    record: Object.freeze(record_),
  });
}

/** Values quoted in messages are cut short: a message stays readable whatever the data holds. */
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** Whether `value` is an absolute `http:` or `https:` URL. */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
