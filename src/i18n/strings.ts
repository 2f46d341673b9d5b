/** The component's own words, per language. Date labels come from Intl, not from here. */

export interface Strings {
  since(date: string): string;
  until(date: string): string;
  ongoing: string;
  undated: string;
  undatedHeading: string;
  undatedIntro: string;
  datedEvents(count: number, range: string): string;
  asOf(date: string): string;
  skipped(count: number): string;
  details: string;
  dismiss: string;
  empty: string;
  eventsLayer: string;
  zoomControls: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  reset: string;
  /** The hint on a plain wheel; `apple`: ⌘ rather than Ctrl. */
  wheelHint(apple: boolean): string;
}

const en: Strings = {
  since: (d) => `since ${d}`,
  until: (d) => `until ${d}`,
  ongoing: 'ongoing',
  undated: 'undated',
  undatedHeading: 'Undated relationships',
  undatedIntro: 'Cooperation the source describes without a date.',
  datedEvents: (n, range) => `${n} dated ${n === 1 ? 'event' : 'events'}, ${range}`,
  asOf: (d) => `as of ${d}`,
  skipped: (n) => `${n} ${n === 1 ? 'event' : 'events'} skipped`,
  details: 'details',
  dismiss: 'Dismiss',
  empty: 'No events to show.',
  eventsLayer: 'Events',
  zoomControls: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Reset zoom',
  reset: 'Reset',
  wheelHint: (apple) => `${apple ? '⌘' : 'Ctrl'} + scroll to zoom`,
};

const fr: Strings = {
  since: (d) => `depuis ${d}`,
  until: (d) => `jusqu’en ${d}`,
  ongoing: 'en cours',
  undated: 'sans date',
  undatedHeading: 'Relations sans date',
  undatedIntro: 'Coopérations que la source décrit sans date.',
  datedEvents: (n, range) => `${n} ${n === 1 ? 'événement daté' : 'événements datés'}, ${range}`,
  asOf: (d) => `au ${d}`,
  skipped: (n) => `${n} ${n === 1 ? 'événement ignoré' : 'événements ignorés'}`,
  details: 'détails',
  dismiss: 'Fermer',
  empty: 'Aucun événement à afficher.',
  eventsLayer: 'Événements',
  zoomControls: 'Zoom',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  resetZoom: 'Réinitialiser le zoom',
  reset: 'Réinitialiser',
  wheelHint: (apple) => `${apple ? '⌘' : 'Ctrl'} + molette pour zoomer`,
};

const de: Strings = {
  since: (d) => `seit ${d}`,
  until: (d) => `bis ${d}`,
  ongoing: 'laufend',
  undated: 'ohne Datum',
  undatedHeading: 'Beziehungen ohne Datum',
  undatedIntro: 'Zusammenarbeit, die die Quelle ohne Datum beschreibt.',
  datedEvents: (n, range) => `${n} ${n === 1 ? 'datiertes Ereignis' : 'datierte Ereignisse'}, ${range}`,
  asOf: (d) => `Stand ${d}`,
  skipped: (n) => `${n} ${n === 1 ? 'Ereignis' : 'Ereignisse'} übersprungen`,
  details: 'Details',
  dismiss: 'Schließen',
  empty: 'Keine Ereignisse.',
  eventsLayer: 'Ereignisse',
  zoomControls: 'Zoom',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  resetZoom: 'Zoom zurücksetzen',
  reset: 'Zurücksetzen',
  wheelHint: (apple) => `${apple ? '⌘' : 'Strg'} + Mausrad zum Zoomen`,
};

const byLanguage: Record<string, Strings> = { en, fr, de };

/** The strings for a BCP 47 locale, by its language; English when we have none. */
export function stringsFor(locale: string): Strings {
  return byLanguage[locale.toLowerCase().split('-')[0]] ?? en;
}
