// A page that fetches its own data, in its own shape, and hands it to the timeline as `events`.
// The element is created once the data is in, with `events` set before it is connected, so it
// never draws the embedded COCIR events first.
const status = document.getElementById('status');

try {
  const response = await fetch('programme.json');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const { programme, milestones } = await response.json();
  const timeline = document.createElement('cocir-timeline');
  timeline.label = programme;
  timeline.events = milestones.map((m) => ({
    id: m.ref,
    title: m.name,
    category: m.stream,
    start: m.date,
    end: m.until,
  }));
  timeline.addEventListener('cocir-load', (event) => {
    status.textContent = `Loaded ${event.detail.count} milestones.`;
  });
  document.getElementById('programme').append(timeline);
} catch (error) {
  status.textContent = `Could not load the programme (${error.message}).`;
}
