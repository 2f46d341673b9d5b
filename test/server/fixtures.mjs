// Test-server helpers: a route that answers `src` loads with a chosen fault, and a command that
// reads Chromium's DOM counters for the leak test.
import { Readable } from 'node:stream';
import { setTimeout, clearTimeout } from 'node:timers';

/**
 * Koa middleware for GET /fixtures/respond?…, answering with:
 *   status=N        the HTTP status (200)
 *   type=T          the Content-Type (application/json)
 *   body=TEXT       the body ('[]'); or events=N: N valid events; or pad=N: a valid document of about N bytes
 *   chunked=1       streamed without a Content-Length
 *   delay=MS        wait before answering
 *   drop=1          close the connection without an answer
 *   failOnce=KEY    answer 503 to the first request with this key, normally after
 */
export function fixturesMiddleware() {
  const failed = new Set();
  return async (ctx, next) => {
    if (ctx.path !== '/fixtures/respond') return next();
    const q = ctx.query;
    if (q.delay) {
      const closed = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), Number(q.delay));
        ctx.req.once('close', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (closed) {
        ctx.respond = false;
        return;
      }
    }
    if (q.drop) {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    ctx.set('Cache-Control', 'no-store');
    if (q.failOnce && !failed.has(q.failOnce)) {
      failed.add(q.failOnce);
      ctx.status = 503;
      ctx.type = 'text/plain';
      ctx.body = 'Service unavailable';
      return;
    }
    let body = q.body ?? '[]';
    if (q.events) {
      const events = Array.from({ length: Number(q.events) }, (_, i) => ({
        id: `e${i}`,
        title: `Event ${i}`,
        category: 'c',
        start: '2001',
      }));
      body = JSON.stringify(events);
    }
    if (q.pad) {
      const event = { id: 'p', title: 'Padded', category: 'c', start: '2001', description: '' };
      event.description = 'x'.repeat(Math.max(0, Number(q.pad) - JSON.stringify([event]).length));
      body = JSON.stringify([event]);
    }
    ctx.status = Number(q.status ?? 200);
    ctx.type = q.type ?? 'application/json';
    if (q.chunked) {
      const chunk = 64 * 1024;
      const parts = [];
      for (let i = 0; i < body.length; i += chunk) parts.push(body.slice(i, i + chunk));
      ctx.body = Readable.from(parts);
    } else {
      ctx.body = body;
    }
  };
}

/**
 * Server command `dom-counters`: after preparing for leak detection and a full GC, Chromium's
 * live documents, nodes and JS event listeners, and the page's used JS heap in bytes (`heapUsed`).
 */
export function domCountersPlugin() {
  return {
    name: 'dom-counters',
    async executeCommand({ command, session }) {
      if (command !== 'dom-counters') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        // What Blink's own leak tests do: drop internal caches, finish GCs and sweeping.
        await cdp.send('Memory.prepareForLeakDetection');
        await cdp.send('HeapProfiler.collectGarbage');
        const counters = await cdp.send('Memory.getDOMCounters');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return { ...counters, heapUsed: usedSize };
      } finally {
        await cdp.detach();
      }
    },
  };
}
