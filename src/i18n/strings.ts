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
  download: string;
  downloadSvg: string;
  downloadPng: string;
  legend: string;
  showAll: string;
  showNone: string;
  only: string;
  showOnly(category: string): string;
  chipName(category: string, count: number): string;
  noneShown: string;
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
  download: 'Download',
  downloadSvg: 'SVG image',
  downloadPng: 'PNG image',
  legend: 'Categories',
  showAll: 'Show all',
  showNone: 'Show none',
  only: 'only',
  showOnly: (c) => `Show only ${c}`,
  chipName: (c, n) => `${c}, ${n} ${n === 1 ? 'event' : 'events'}`,
  noneShown: 'No category is shown: choose categories above.',
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
  download: 'Télécharger',
  downloadSvg: 'Image SVG',
  downloadPng: 'Image PNG',
  legend: 'Catégories',
  showAll: 'Tout afficher',
  showNone: 'Tout masquer',
  only: 'seulement',
  showOnly: (c) => `Afficher seulement ${c}`,
  chipName: (c, n) => `${c}, ${n} ${n <= 1 ? 'événement' : 'événements'}`,
  noneShown: 'Aucune catégorie n’est affichée : choisissez-en ci-dessus.',
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
  download: 'Herunterladen',
  downloadSvg: 'SVG-Bild',
  downloadPng: 'PNG-Bild',
  legend: 'Kategorien',
  showAll: 'Alle anzeigen',
  showNone: 'Keine anzeigen',
  only: 'nur',
  showOnly: (c) => `Nur ${c} anzeigen`,
  chipName: (c, n) => `${c}, ${n} ${n === 1 ? 'Ereignis' : 'Ereignisse'}`,
  noneShown: 'Keine Kategorie wird angezeigt: wählen Sie oben Kategorien aus.',
};

const byLanguage: Record<string, Strings> = { en, fr, de };

/** The strings for a BCP 47 locale, by its language; English when we have none. */
export function stringsFor(locale: string): Strings {
  return byLanguage[locale.toLowerCase().split('-')[0]] ?? en;
}
