/**
 * What stands in place of the chart before any data could be shown: a quiet skeleton while the
 * first `src` load runs, or the reason it failed with a "Retry" button.
 */
import { html, nothing } from 'lit';
import type { DataFailure } from '../controllers/data-controller.js';
import type { Strings } from '../i18n/strings.js';

/** The reason in the reader's language, with the HTTP status when there is one. */
export function failureReason({ code, status }: DataFailure, t: Strings): string {
  return `${t.loadErrors[code]}${status ? ` (HTTP ${status})` : ''}`;
}

export function renderSkeleton(t: Strings) {
  return html`<div class="skeleton" part="skeleton" role="status">
    <p>${t.loading}</p>
    <div class="bars" aria-hidden="true"><span></span><span></span><span></span><span></span></div>
  </div>`;
}

export function renderFailurePanel(failure: DataFailure, t: Strings, onRetry: () => void) {
  return html`<div class="failure" part="failure" role="alert">
    <p><strong>${t.loadFailed}</strong> ${failureReason(failure, t)}</p>
    ${failure.retryable ? html`<button type="button" class="retry" @click=${onRetry}>${t.retry}</button>` : nothing}
  </div>`;
}
