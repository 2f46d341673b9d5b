// The benchmark's generated events: `?n=` sets how many (10,000 by default); `?from=2008&to=2009`
// opens on those years.
import { generateEvents } from '../bench/data.mjs';

const params = new URLSearchParams(location.search);
const timeline = document.getElementById('dense');
timeline.from = params.get('from') ?? undefined;
timeline.to = params.get('to') ?? undefined;
timeline.events = generateEvents(Number(params.get('n') ?? 10000));
