/** A link taken from data: http(s) only, opened in a new tab with neither opener nor referrer. */
import { html, nothing } from 'lit';
import type { Strings } from '../i18n/strings.js';
import { isWebUrl } from '../model/validate.js';

export function renderLink(url: string | undefined, t: Strings) {
  if (!url || !isWebUrl(url)) return nothing;
  return html`<a class="link" href=${url} target="_blank" rel="noopener noreferrer"
    >${new URL(url).host}<span class="visually-hidden"> ${t.opensInNewTab}</span></a
  >`;
}
