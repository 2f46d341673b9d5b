// Real input the stock commands lack: wheel (with or without Ctrl), double-click, a one-finger
// swipe and a two-finger pinch, sent by Chromium's input pipeline (DevTools protocol), never built as DOM events.
// Also `forced-colors` ({ active }), which the stock emulateMedia does not emulate.
const sessions = new Map();

/** One DevTools session per test page: touch emulation lasts as long as the session. */
async function cdp(page, id) {
  if (!sessions.has(id)) sessions.set(id, await page.createCDPSession());
  return sessions.get(id);
}

const touch = (cdpSession, type, points) =>
  cdpSession.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map(([x, y], id) => ({ x, y, id, radiusX: 1, radiusY: 1, force: 1 })),
  });

export function inputPlugin() {
  return {
    name: 'input-commands',
    async executeCommand({ command, payload, session }) {
      if (!['wheel', 'dblclick', 'touch-emulation', 'pinch', 'swipe', 'forced-colors'].includes(command))
        return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command}: needs the Chrome launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'wheel') {
        const { x, y, deltaX = 0, deltaY = 0, ctrlKey = false } = payload;
        await page.mouse.move(x, y);
        if (ctrlKey) await page.keyboard.down('Control');
        try {
          await page.mouse.wheel({ deltaX, deltaY });
        } finally {
          if (ctrlKey) await page.keyboard.up('Control');
        }
        return true;
      }
      if (command === 'dblclick') {
        await page.mouse.click(payload.x, payload.y, { count: 2 });
        return true;
      }
      const client = await cdp(page, session.id);
      if (command === 'forced-colors') {
        const value = payload.active ? 'active' : 'none';
        await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
        return true;
      }
      if (command === 'touch-emulation') {
        await client.send('Emulation.setTouchEmulationEnabled', { enabled: payload.enabled, maxTouchPoints: 5 });
        return true;
      }
      if (command === 'swipe') {
        // One finger from `from` to `to` ([x, y] each).
        const { from, to, steps = 8 } = payload;
        await touch(client, 'touchStart', [from]);
        for (let i = 1; i <= steps; i++)
          await touch(client, 'touchMove', [from.map((v, k) => v + ((to[k] - v) * i) / steps)]);
        await touch(client, 'touchEnd', []);
        return true;
      }
      // pinch: two fingers on a horizontal line through (x, y), `from` px apart, spread to `to` px.
      const { x, y, from, to, steps = 8 } = payload;
      const at = (gap) => [
        [x - gap / 2, y],
        [x + gap / 2, y],
      ];
      await touch(client, 'touchStart', at(from));
      for (let i = 1; i <= steps; i++) await touch(client, 'touchMove', at(from + ((to - from) * i) / steps));
      await touch(client, 'touchEnd', []);
      return true;
    },
  };
}
