/**
 * A data document as it arrives (JSON text from `src`, or a value given to `events`): parsed and
 * checked for shape and size before validation. Failures are `LoadError`s with a stable `code`.
 */

/** Codes of `cocir-error` for a data set that could not be used at all. */
export type LoadErrorCode = 'network' | 'http' | 'timeout' | 'not-json' | 'bad-shape' | 'too-large';

/** Refused beyond these: a clear error instead of a frozen page. */
export const LIMITS = {
  /** Bytes of a `src` document. */
  maxBytes: 5 * 1024 * 1024,
  /** Records in one data set, whatever its source. */
  maxEvents: 100_000,
  /** Categories, declared and derived: a chip and a lane each. */
  maxCategories: 1_000,
};

export class LoadError extends Error {
  override readonly name = 'LoadError';

  constructor(
    readonly code: LoadErrorCode,
    message: string,
    /** The HTTP status, for `http`. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Parses JSON text (a leading BOM is allowed) and checks it is a data document. */
export function parseDocument(text: string): unknown {
  if (text.length > LIMITS.maxBytes) throw tooLarge(`${text.length} characters`);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new LoadError('not-json', 'the response is not JSON');
  }
  checkDocument(value);
  return value;
}

/**
 * Throws unless `value` is an array of records or an object with an own `events` array, of at
 * most `LIMITS.maxEvents` records. Reads own properties only.
 */
export function checkDocument(value: unknown): void {
  let events: unknown = value;
  if (!Array.isArray(value)) {
    const isObject = typeof value === 'object' && value !== null;
    events = isObject && Object.hasOwn(value, 'events') ? (value as { events: unknown }).events : undefined;
  }
  if (!Array.isArray(events)) {
    throw new LoadError('bad-shape', 'expected a list of events or a document with an "events" list');
  }
  if (events.length > LIMITS.maxEvents) throw tooLarge(`${events.length} events`);
}

export function tooLarge(what: string): LoadError {
  const { maxBytes, maxEvents, maxCategories } = LIMITS;
  const limit = `${maxBytes / 1024 / 1024} MB, ${maxEvents.toLocaleString('en')} events or ${maxCategories.toLocaleString('en')} categories`;
  return new LoadError('too-large', `the data is too large: ${what} (the limit is ${limit})`);
}
