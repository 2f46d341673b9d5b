/**
 * The data's state as the reader meets it, held for the element (a plain object: it owns no
 * resource): the notice above the chart (events skipped as invalid, or a reload that failed while
 * the previous data stays) until the reader dismisses it, and in place of the chart until a data
 * set could be shown, the skeleton or why loading failed, with Retry.
 */
import { nothing, type ReactiveControllerHost } from 'lit';
import type { DataController } from '../controllers/data-controller.js';
import type { Strings } from '../i18n/strings.js';
import type { ValidationIssue } from '../model/types.js';
import { renderFailurePanel, renderSkeleton } from './load-state.js';
import { renderFailureNotice, renderIssuesNotice } from './notice.js';

export class DataState {
  /** The notice is shown: each data set that settles opens it again. */
  private noticeOpen = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly loader: DataController,
  ) {}

  /** Call from `willUpdate`: syncs the loader (see `DataController.sync`); a data set that settled opens the notice. */
  sync(): void {
    if (this.loader.sync()) this.noticeOpen = true;
  }

  /** The notice, but none while a load is in flight: it would speak of the data that is going. */
  renderNotice(issues: readonly ValidationIssue[], t: Strings) {
    const { failure, hasData, loading } = this.loader;
    if (!this.noticeOpen || loading) return nothing;
    const onDismiss = () => {
      this.noticeOpen = false;
      this.host.requestUpdate();
      void this.keepFocus();
    };
    if (failure && hasData) return renderFailureNotice(failure, t, { onRetry: this.retry, onDismiss });
    return renderIssuesNotice(issues, t, onDismiss);
  }

  /** In place of the chart until a data set could be shown: the skeleton, or why loading failed. */
  renderLoadState(t: Strings) {
    const { failure, hasData, loading } = this.loader;
    if (hasData) return nothing;
    if (failure) return renderFailurePanel(failure, t, this.retry);
    return loading ? renderSkeleton(t) : nothing;
  }

  /** Loads the data set again (the Retry button of a failure). */
  private retry = (): void => {
    this.loader.retry();
    void this.keepFocus();
  };

  /** After a notice's button went away with the notice: focus on the heading, not lost to the page. */
  private async keepFocus(): Promise<void> {
    await this.host.updateComplete;
    const root = this.host.shadowRoot;
    if (!root?.activeElement) root?.querySelector<HTMLElement>('#heading')?.focus();
  }
}
