// `npm start`: serves the demo and the built bundle on 127.0.0.1.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: { rootDir: new URL('..', import.meta.url).pathname, hostname: '127.0.0.1', port },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`cocir-timeline demo: http://127.0.0.1:${port}/demo/`);
