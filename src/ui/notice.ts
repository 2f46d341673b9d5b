/**
 * The notice above the chart: events skipped as invalid, with the list of issues on demand, or a
 * reload that failed while the previous data stays. Dismissible; data in it is text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DataFailure } from '../controllers/data-controller.js';
import type { Strings } from '../i18n/strings.js';
import type { ValidationIssue } from '../model/types.js';
import { failureReason } from './load-state.js';

/** Issues listed in the notice at most; `cocir-error` has them all. */
const MAX_LISTED = 100;

/** Events skipped per list of issues: counted once, not at every render of the open notice. */
const skippedCounts = new WeakMap<readonly ValidationIssue[], number>();

/** "2 events skipped", or for problems of the document only, "1 problem in the data". */
export function issuesSummary(issues: readonly ValidationIssue[], t: Strings): string {
  let skipped = skippedCounts.get(issues);
  if (skipped === undefined) {
    const events = new Set<number>();
    for (const i of issues) if (i.index >= 0) events.add(i.index);
    skippedCounts.set(issues, (skipped = events.size));
  }
  return skipped ? t.skipped(skipped) : t.problems(issues.length);
}

/** Where an issue is, as a path into the data: `events[4].start`, `asOf`, `categories[2]`. */
export function issuePath({ index, field }: ValidationIssue): string {
  if (index < 0) return field;
  return `events[${index}]${field ? `.${field}` : ''}`;
}

export function renderIssuesNotice(issues: readonly ValidationIssue[], t: Strings, onDismiss: () => void) {
  if (!issues.length) return nothing;
  const listed = issues.slice(0, MAX_LISTED);
  return html`<div class="notice" part="notice" role="status">
    <details>
      <summary>${issuesSummary(issues, t)} — ${t.details}</summary>
      <ul>
        ${listed.map((i) => html`<li><code>${issuePath(i)}</code> ${i.message}</li>`)}
        ${issues.length > listed.length ? html`<li>${t.moreIssues(issues.length - listed.length)}</li>` : nothing}
      </ul>
    </details>
    ${dismissButton(t, onDismiss)}
  </div>`;
}

export function renderFailureNotice(
  failure: DataFailure,
  t: Strings,
  { onRetry, onDismiss }: { onRetry: () => void; onDismiss: () => void },
) {
  return html`<div class="notice failure" part="notice" role="alert">
    <p>${t.loadFailed} ${failureReason(failure, t)} ${t.keptPrevious}</p>
    ${failure.retryable ? html`<button type="button" class="retry" @click=${onRetry}>${t.retry}</button>` : nothing}
    ${dismissButton(t, onDismiss)}
  </div>`;
}

export function dismissButton(t: Strings, onDismiss: () => void): TemplateResult {
  return html`<button type="button" class="dismiss" aria-label=${t.dismiss} @click=${onDismiss}>×</button>`;
}
