// The benchmark's generated events: `?n=` sets how many (10,000 by default).
import { generateEvents } from '../bench/data.mjs';

const n = Number(new URLSearchParams(location.search).get('n') ?? 10000);
document.getElementById('dense').events = generateEvents(n);
