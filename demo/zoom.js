// The zoom API from a page: a "jump to year" form calls zoomToYear(); `?from=2008&to=2013` in the
// address opens the first timeline on a period; the page logs what the reader zooms to.
const timeline = document.getElementById('cocir');
const form = document.getElementById('jump');
const log = document.getElementById('range-log');

const params = new URLSearchParams(location.search);
if (params.has('from')) timeline.setAttribute('from', params.get('from'));
if (params.has('to')) timeline.setAttribute('to', params.get('to'));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  timeline.zoomToYear(Number(form.elements.year.value));
});
document.getElementById('show-all').addEventListener('click', () => timeline.resetZoom());

const year = (date) => date.getUTCFullYear();
timeline.addEventListener('cocir-range-change', ({ detail: { from, to } }) => {
  const last = new Date(to.getTime() - 1);
  log.value = `You zoomed to ${from.toISOString().slice(0, 10)} – ${last.toISOString().slice(0, 10)}`;
  if (year(from) === year(last)) form.elements.year.value = year(from);
});
