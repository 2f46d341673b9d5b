/**
 * Fetches a data document for `src`: one request, aborted with its caller's signal, refused past
 * a timeout or the size limit (read as a stream, so a huge body is never held whole), and
 * checked for status, content type and JSON before anything validates it.
 */
import { LIMITS, LoadError, parseDocument } from '../model/document.js';

export const FETCH_OPTIONS = {
  /** A load that takes longer fails with `timeout`. */
  timeoutMs: 15_000,
};

/**
 * Types that are clearly not JSON (an HTML error or login page served with status 200, an image,
 * a script): refused as `not-json` without parsing. Anything else, or no type, is parsed.
 */
const NOT_JSON =
  /^(text\/(html|css|javascript|xml|csv)|application\/(xhtml\+xml|xml|javascript|pdf)|(image|audio|video|font)\/)/i;

export async function fetchDocument(url: string, signal: AbortSignal): Promise<unknown> {
  const timeout = new AbortController();
  const abort = () => timeout.abort(signal.reason);
  if (signal.aborted) abort();
  signal.addEventListener('abort', abort);
  const { timeoutMs } = FETCH_OPTIONS;
  const late = () => timeout.abort(new LoadError('timeout', `no answer within ${timeoutMs / 1000} s`));
  const timer = setTimeout(late, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: timeout.signal, credentials: 'same-origin' });
    } catch (e) {
      throw timeout.signal.aborted ? timeout.signal.reason : new LoadError('network', `the request failed (${e})`);
    }
    if (!response.ok) {
      discard(response);
      const status = `${response.status} ${response.statusText}`.trim();
      throw new LoadError('http', `the server answered ${status}`, response.status);
    }
    const type = response.headers.get('content-type') ?? '';
    if (NOT_JSON.test(type.trim())) {
      discard(response);
      throw new LoadError('not-json', `the response is ${type.split(';')[0]}, not JSON`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > LIMITS.maxBytes) {
      discard(response);
      throw new LoadError('too-large', `the document is ${declared} bytes (the limit is ${LIMITS.maxBytes})`);
    }
    return parseDocument(await readText(response, timeout.signal));
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

function discard(response: Response): void {
  void response.body?.cancel().catch(() => {});
}

/** The body as text, refused as soon as it passes the size limit. */
async function readText(response: Response, signal: AbortSignal): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > LIMITS.maxBytes) {
        throw new LoadError('too-large', `the document is over ${LIMITS.maxBytes} bytes`);
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (e) {
    void reader.cancel().catch(() => {});
    if (signal.aborted) throw signal.reason;
    throw e instanceof LoadError ? e : new LoadError('network', `the response broke off (${e})`);
  }
  return text + decoder.decode();
}
