// The React 19 demo: React passes `events` as a property and listens to `cocir-load` natively
// (`oncocir-load`). The element is imported by its package name before anything renders, so the
// tag is defined when React first sets its properties. Bundled on its own into
// dist/demo/react-app.js (see rollup.config.mjs): React never enters the component's bundle.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'cocir-timeline';

const FIRST = [
  { id: 'kickoff', title: 'Working group formed', category: 'governance', start: '2019-03' },
  { id: 'draft', title: 'First draft', category: 'standards', start: '2020-06-15' },
  { id: 'consultation', title: 'Public consultation', category: 'standards', start: '2021-01', end: '2021-04' },
  { id: 'pilot', title: 'Pilot in three hospitals', category: 'projects', start: '2021', end: 'ongoing' },
];

const LATER = [
  { id: 'adopted', title: 'Standard adopted', category: 'standards', start: '2022-11-30' },
  { id: 'rollout', title: 'National roll-out', category: 'projects', start: '2023-04', end: '2024-06' },
  { id: 'review', title: 'First review', category: 'governance', start: '2024' },
];

function App() {
  const [events, setEvents] = useState(FIRST);
  const [loaded, setLoaded] = useState(null);
  const next = LATER[events.length - FIRST.length];
  return (
    <>
      <p>
        <button type="button" disabled={!next} onClick={() => setEvents([...events, next])}>
          {next ? `Add “${next.title}”` : 'All events added'}
        </button>
      </p>
      <p className="status" role="status">
        {loaded === null ? 'Loading…' : `The timeline drew ${loaded} events.`}
      </p>
      <cocir-timeline
        label="Our standards work, from React"
        events={events}
        oncocir-load={(event) => setLoaded(event.detail.count)}
      ></cocir-timeline>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
