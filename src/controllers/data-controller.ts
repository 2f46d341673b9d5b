/**
 * The data a timeline draws. Three sources, in order of precedence: the `events` property, the
 * `src` URL (loaded with @lit/task, aborted when `src` changes or the host disconnects) and the
 * embedded default. Each data set is checked and validated once; one that cannot be used at all
 * leaves the previous good data in place. `cocir-error` and `cocir-load` fire once per settled
 * data set, from `announce()`, which the host calls after drawing.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stringsFor } from '../i18n/strings.js';
import { issuesSummary } from '../ui/notice.js';
import { checkDocument, LoadError, type LoadErrorCode } from '../model/document.js';
import type { NormalizedData, ValidationIssue } from '../model/types.js';
import { normalizeData } from '../model/validate.js';
import { fetchDocument } from './fetch-document.js';

/** Detail of `cocir-load`. */
export interface TimelineLoadDetail {
  count: number;
}

/** `invalid-events`: some events were skipped; any other code: the data set could not be used. */
export type TimelineErrorCode = 'invalid-events' | LoadErrorCode;

/** Detail of `cocir-error`. */
export interface TimelineErrorDetail {
  code: TimelineErrorCode;
  message: string;
  issues: ValidationIssue[];
}

/** Why a data set could not be used. */
export interface DataFailure {
  readonly code: LoadErrorCode;
  readonly message: string;
  /** The HTTP status, for `http`. */
  readonly status?: number;
  /** Whether loading again may help (the data came from `src`). */
  readonly retryable: boolean;
}

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  events?: unknown;
  src: string;
}

type Announcement = { data: NormalizedData } | { failure: DataFailure };

export class DataController implements ReactiveController {
  /** The data drawn: the last data set that could be used (empty until one could). */
  data: NormalizedData = normalizeData([]);
  /** Whether any data set could be used yet. */
  hasData = false;
  /** Why the latest data set could not be used (`data` is then the previous one). */
  failure?: DataFailure;

  private readonly task: Task<[string], unknown>;
  /** The `src` the task was last started for ('' when not loading from `src`). */
  private requested = '';
  /** The input (or load error) last settled, by identity: each is settled once. */
  private settledInput?: unknown;
  /** A load cut short by disconnecting, to start again on reconnecting. */
  private interrupted = false;
  private announcement?: Announcement;
  private settle = deferred();

  constructor(
    private readonly host: DataHost,
    private readonly fallback: unknown,
  ) {
    host.addController(this);
    this.task = new Task<[string], unknown>(host, {
      task: ([src], { signal }) => fetchDocument(src, signal),
      autoRun: false,
    });
  }

  /** Whether a `src` load is in flight. */
  get loading(): boolean {
    return this.requested !== '' && this.task.status === TaskStatus.PENDING;
  }

  /** Whether a `src` data set is still to come: in flight, or to start once the element is connected again. */
  get pending(): boolean {
    return this.loading || this.interrupted;
  }

  /** Resolves once the data set current at the time of the call has settled (loaded or failed). */
  get loadComplete(): Promise<void> {
    return this.host.updateComplete.then(() => this.settle.promise);
  }

  /**
   * Call from `willUpdate`: starts or stops the `src` load the inputs ask for and takes any data
   * set that has arrived. True when a data set settled (`data` or `failure` changed).
   */
  sync(): boolean {
    const { events } = this.host;
    // (Spaces alone are no URL: fetched, they would load the page itself. A framework may set null.)
    const src = typeof this.host.src === 'string' ? this.host.src.trim() : '';
    if (events != null || !src) {
      const abandoned = this.requested !== '';
      this.stop();
      const settled = this.take(events ?? this.fallback, false);
      // A load given up for the data set already shown: nothing new settles, nothing is left to wait for.
      if (abandoned && !settled && !this.announcement) this.settle.resolve();
      return settled;
    }
    if (src !== this.requested) {
      // Never fetch for a detached element: the load starts when it is connected again.
      if (!this.host.isConnected) {
        this.interrupted = true;
        this.begin(); // `loadComplete` waits for it, not for the data set already shown
        return false;
      }
      this.start(src);
    } else if (this.interrupted && !this.host.isConnected && this.task.status === TaskStatus.COMPLETE) {
      // Back, while detached, to the src whose data is shown: nothing to load, nothing to wait for.
      this.interrupted = false;
      this.settle.resolve();
    }
    if (this.task.status === TaskStatus.COMPLETE) return this.take(this.task.value, true);
    const error = this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
    if (error === undefined || isAbort(error) || error === this.settledInput) return false;
    this.settledInput = error;
    this.fail(error, true);
    return true;
  }

  /** Loads `src` again (after a failure). */
  retry(): void {
    this.requested = '';
    this.host.requestUpdate();
  }

  /** Call after drawing: fires the events of a newly settled data set, once. */
  announce(): void {
    const announcement = this.announcement;
    if (!announcement) return;
    this.announcement = undefined;
    if ('failure' in announcement) {
      const { code, message } = announcement.failure;
      this.dispatch<TimelineErrorDetail>('cocir-error', { code, message, issues: [] });
    } else {
      const { events, issues } = announcement.data;
      if (issues.length) {
        const message = issuesSummary(issues, stringsFor('en'));
        this.dispatch<TimelineErrorDetail>('cocir-error', { code: 'invalid-events', message, issues: [...issues] });
      }
      this.dispatch<TimelineLoadDetail>('cocir-load', { count: events.length });
    }
    this.settle.resolve();
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    this.requested = '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.loading) return;
    this.interrupted = true;
    this.task.abort();
  }

  private start(src: string): void {
    this.requested = src;
    this.failure = undefined;
    this.begin();
    void this.task.run([src]);
  }

  private stop(): void {
    if (this.loading) this.task.abort();
    this.requested = '';
    this.interrupted = false;
  }

  private take(input: unknown, fromSrc: boolean): boolean {
    if (input === this.settledInput) return false;
    this.settledInput = input;
    this.begin();
    let data: NormalizedData;
    try {
      checkDocument(input);
      data = normalizeData(input);
    } catch (e) {
      this.fail(e, fromSrc);
      return true;
    }
    this.data = data;
    this.hasData = true;
    this.failure = undefined;
    this.announcement = { data };
    return true;
  }

  private fail(error: unknown, fromSrc: boolean): void {
    const e =
      error instanceof LoadError
        ? error
        : new LoadError(fromSrc ? 'network' : 'bad-shape', `the data could not be read (${describe(error)})`);
    this.failure = { code: e.code, message: e.message, status: e.status, retryable: fromSrc };
    this.announcement = { failure: this.failure };
  }

  /** A new data set is on its way: `loadComplete` now waits for it. */
  private begin(): void {
    if (this.settle.done) this.settle = deferred();
  }

  private dispatch<T>(type: string, detail: T): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

const describe = (e: unknown) => (e instanceof Error ? e.message : typeof e);

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  const d = {
    promise,
    done: false,
    resolve() {
      d.done = true;
      resolve();
    },
  };
  return d;
}
