/** The component's own words, per language. Date labels come from Intl, not from here. */
import type { LoadErrorCode } from '../model/document.js';

export interface Strings {
  /** `day`: the date is a day (French writes "depuis le 1 janvier 2013", "jusqu’au …"; German "seit dem …", "bis zum …"). */
  since(date: string, day: boolean): string;
  until(date: string, day: boolean): string;
  ongoing: string;
  undated: string;
  undatedHeading: string;
  undatedIntro: string;
  datedEvents(count: number, range: string): string;
  asOf(date: string): string;
  skipped(count: number): string;
  details: string;
  dismiss: string;
  problems(count: number): string;
  moreIssues(count: number): string;
  loading: string;
  loadFailed: string;
  /** Why a load failed, by `cocir-error` code (an HTTP status is added after it). */
  loadErrors: Record<LoadErrorCode, string>;
  keptPrevious: string;
  retry: string;
  opensInNewTab: string;
  empty: string;
  eventsLayer: string;
  /** A cluster's name: "12 events, 2008"; activating it zooms in. */
  clusterName(n: number, period: string): string;
  /** A count as the language writes it ("10,000"). */
  count(n: number): string;
  download: string;
  downloadSvg: string;
  downloadPng: string;
  /** The PNG could not be made (a strict `img-src` policy blocks the image it is drawn from). */
  pngFailed: string;
  legend: string;
  showAll: string;
  showNone: string;
  only: string;
  showOnly(category: string): string;
  chipName(category: string, count: number): string;
  noneShown: string;
  status(range: string, shown: number, total: number): string;
  /** Added to the status while some categories are hidden: a filter change is heard even where the view's counts stay. */
  categoriesShown(shown: number, total: number): string;
  close: string;
  category: string;
  organisations: string;
  location: string;
  /** A label and its value: "Organisations: HOPE, ESR" (French sets a thin space before the colon). */
  labelled(label: string, value: string): string;
  link: string;
  listView: string;
  chartView: string;
  listCaption(range: string, count: number): string;
  /** Under a list cut short: how many it lists of how many, and its button for more. */
  listMore(listed: number, total: number): string;
  listNext(count: number): string;
  earlier: string;
  later: string;
  date: string;
  title: string;
  description: string;
  chart: string;
  zoomControls: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  reset: string;
  /** The hint on a plain wheel; `apple`: ⌘ rather than Ctrl. */
  wheelHint(apple: boolean): string;
}

/** A count as the locale writes it ("10,000", "10 000", "10.000", de-CH "10’000"): each language's strings take one. */
type Count = (n: number) => string;

const en = ($: Count): Strings => ({
  since: (d) => `since ${d}`,
  until: (d) => `until ${d}`,
  ongoing: 'ongoing',
  undated: 'undated',
  undatedHeading: 'Undated relationships',
  undatedIntro: 'Cooperation the source describes without a date.',
  datedEvents: (n, range) => `${$(n)} dated ${n === 1 ? 'event' : 'events'}, ${range}`,
  asOf: (d) => `as of ${d}`,
  skipped: (n) => `${$(n)} ${n === 1 ? 'event' : 'events'} skipped`,
  details: 'details',
  dismiss: 'Dismiss',
  problems: (n) => `${$(n)} ${n === 1 ? 'problem' : 'problems'} in the data`,
  moreIssues: (n) => `… and ${$(n)} more`,
  loading: 'Loading events…',
  loadFailed: 'The events could not be loaded.',
  loadErrors: {
    network: 'The network request failed.',
    http: 'The server answered with an error.',
    timeout: 'The server did not answer in time.',
    'not-json': 'The response is not JSON.',
    'bad-shape': 'The data is not a list of events.',
    'too-large': 'The data is too large (over 5 MB, 100,000 events or 1,000 categories).',
  },
  keptPrevious: 'The previous data is still shown.',
  retry: 'Retry',
  opensInNewTab: '(opens in a new tab)',
  empty: 'No events to show.',
  eventsLayer: 'Events',
  count: $,
  clusterName: (n, period) => `${$(n)} ${n === 1 ? 'event' : 'events'}, ${period}`,
  download: 'Download',
  downloadSvg: 'SVG image',
  downloadPng: 'PNG image',
  pngFailed:
    'The PNG image could not be made on this page (its security policy may block it). The SVG image can still be downloaded.',
  legend: 'Categories',
  showAll: 'Show all',
  showNone: 'Show none',
  only: 'only',
  showOnly: (c) => `Show only ${c}`,
  chipName: (c, n) => `${c}, ${$(n)} ${n === 1 ? 'event' : 'events'}`,
  noneShown: 'No category is shown: choose categories above.',
  status: (range, shown, total) => `${range}: ${$(shown)} of ${$(total)} ${total === 1 ? 'event' : 'events'} shown`,
  categoriesShown: (shown, total) => `${$(shown)} of ${$(total)} ${total === 1 ? 'category' : 'categories'}`,
  close: 'Close',
  category: 'Category',
  organisations: 'Organisations',
  location: 'Location',
  labelled: (label, value) => `${label}: ${value}`,
  link: 'More information',
  listView: 'List view',
  chartView: 'Chart view',
  listCaption: (range, n) => `${$(n)} ${n === 1 ? 'event' : 'events'} shown, ${range}`,
  listMore: (n, total) => `${$(n)} of ${$(total)} listed.`,
  listNext: (n) => `List ${$(n)} more`,
  earlier: 'Earlier',
  later: 'Later',
  date: 'Date',
  title: 'Event',
  description: 'Description',
  chart: 'timeline',
  zoomControls: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Reset zoom',
  reset: 'Reset',
  wheelHint: (apple) => `${apple ? '⌘' : 'Ctrl'} + scroll to zoom`,
});

/** French counts 0 and 1 in the singular (`n < 2`). */
const fr = ($: Count): Strings => ({
  since: (d, day) => `depuis ${day ? 'le ' : ''}${d}`,
  until: (d, day) => `jusqu’${day ? 'au' : 'en'} ${d}`,
  ongoing: 'en cours',
  undated: 'sans date',
  undatedHeading: 'Relations sans date',
  undatedIntro: 'Coopérations que la source décrit sans date.',
  datedEvents: (n, range) => `${$(n)} ${n < 2 ? 'événement daté' : 'événements datés'}, ${range}`,
  asOf: (d) => `état\u202f: ${d}`,
  skipped: (n) => `${$(n)} ${n < 2 ? 'événement ignoré' : 'événements ignorés'}`,
  details: 'détails',
  dismiss: 'Fermer',
  problems: (n) => `${$(n)} ${n < 2 ? 'problème' : 'problèmes'} dans les données`,
  moreIssues: (n) => `… et ${$(n)} de plus`,
  loading: 'Chargement des événements…',
  loadFailed: 'Les événements n’ont pas pu être chargés.',
  loadErrors: {
    network: 'La requête réseau a échoué.',
    http: 'Le serveur a répondu par une erreur.',
    timeout: 'Le serveur n’a pas répondu à temps.',
    'not-json': 'La réponse n’est pas du JSON.',
    'bad-shape': 'Les données ne sont pas une liste d’événements.',
    'too-large': 'Les données sont trop volumineuses (plus de 5 Mo, de 100 000 événements ou de 1 000 catégories).',
  },
  keptPrevious: 'Les données précédentes restent affichées.',
  retry: 'Réessayer',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  empty: 'Aucun événement à afficher.',
  eventsLayer: 'Événements',
  count: $,
  clusterName: (n, period) => `${$(n)} ${n < 2 ? 'événement' : 'événements'}, ${period}`,
  download: 'Télécharger',
  downloadSvg: 'Image SVG',
  downloadPng: 'Image PNG',
  pngFailed:
    'L’image PNG n’a pas pu être créée sur cette page (sa politique de sécurité la bloque peut-être). L’image SVG peut toujours être téléchargée.',
  legend: 'Catégories',
  showAll: 'Tout afficher',
  showNone: 'Tout masquer',
  only: 'seulement',
  showOnly: (c) => `Afficher seulement ${c}`,
  chipName: (c, n) => `${c}, ${$(n)} ${n < 2 ? 'événement' : 'événements'}`,
  noneShown: 'Aucune catégorie n’est affichée\u202f: choisissez-en ci-dessus.',
  status: (range, shown, total) =>
    `${range}\u202f: ${$(shown)} ${shown < 2 ? 'événement affiché' : 'événements affichés'} sur ${$(total)}`,
  categoriesShown: (shown, total) => `${$(shown)} ${shown < 2 ? 'catégorie' : 'catégories'} sur ${$(total)}`,
  close: 'Fermer',
  category: 'Catégorie',
  organisations: 'Organisations',
  location: 'Lieu',
  labelled: (label, value) => `${label}\u202f: ${value}`,
  link: 'En savoir plus',
  listView: 'Vue en liste',
  chartView: 'Vue en frise',
  listCaption: (range, n) => `${$(n)} ${n < 2 ? 'événement affiché' : 'événements affichés'}, ${range}`,
  listMore: (n, total) => `${$(n)} sur ${$(total)} listés.`,
  listNext: (n) => `En lister ${$(n)} de plus`,
  earlier: 'Plus tôt',
  later: 'Plus tard',
  date: 'Date',
  title: 'Événement',
  description: 'Description',
  chart: 'frise chronologique',
  zoomControls: 'Zoom',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  resetZoom: 'Réinitialiser le zoom',
  reset: 'Réinitialiser',
  wheelHint: (apple) => `${apple ? '⌘' : 'Ctrl'} + molette pour zoomer`,
});

const de = ($: Count): Strings => ({
  since: (d, day) => `seit ${day ? 'dem ' : ''}${d}`,
  until: (d, day) => `bis ${day ? 'zum ' : ''}${d}`,
  ongoing: 'laufend',
  undated: 'ohne Datum',
  undatedHeading: 'Beziehungen ohne Datum',
  undatedIntro: 'Zusammenarbeit, die die Quelle ohne Datum beschreibt.',
  datedEvents: (n, range) => `${$(n)} ${n === 1 ? 'datiertes Ereignis' : 'datierte Ereignisse'}, ${range}`,
  asOf: (d) => `Stand: ${d}`,
  skipped: (n) => `${$(n)} ${n === 1 ? 'Ereignis' : 'Ereignisse'} übersprungen`,
  details: 'Details',
  dismiss: 'Schließen',
  problems: (n) => `${$(n)} ${n === 1 ? 'Problem' : 'Probleme'} in den Daten`,
  moreIssues: (n) => `… und ${$(n)} weitere`,
  loading: 'Ereignisse werden geladen…',
  loadFailed: 'Die Ereignisse konnten nicht geladen werden.',
  loadErrors: {
    network: 'Die Netzwerkanfrage ist fehlgeschlagen.',
    http: 'Der Server hat mit einem Fehler geantwortet.',
    timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
    'not-json': 'Die Antwort ist kein JSON.',
    'bad-shape': 'Die Daten sind keine Liste von Ereignissen.',
    'too-large': 'Die Daten sind zu groß (über 5 MB, 100.000 Ereignisse oder 1.000 Kategorien).',
  },
  keptPrevious: 'Die vorherigen Daten werden weiter angezeigt.',
  retry: 'Erneut versuchen',
  opensInNewTab: '(öffnet in einem neuen Tab)',
  empty: 'Keine Ereignisse.',
  eventsLayer: 'Ereignisse',
  count: $,
  clusterName: (n, period) => `${$(n)} ${n === 1 ? 'Ereignis' : 'Ereignisse'}, ${period}`,
  download: 'Herunterladen',
  downloadSvg: 'SVG-Bild',
  downloadPng: 'PNG-Bild',
  pngFailed:
    'Das PNG-Bild konnte auf dieser Seite nicht erstellt werden (ihre Sicherheitsrichtlinie blockiert es womöglich). Das SVG-Bild lässt sich weiterhin herunterladen.',
  legend: 'Kategorien',
  showAll: 'Alle anzeigen',
  showNone: 'Keine anzeigen',
  only: 'nur',
  showOnly: (c) => `Nur ${c} anzeigen`,
  chipName: (c, n) => `${c}, ${$(n)} ${n === 1 ? 'Ereignis' : 'Ereignisse'}`,
  noneShown: 'Keine Kategorie wird angezeigt: wählen Sie oben Kategorien aus.',
  status: (range, shown, total) =>
    `${range}: ${$(shown)} von ${$(total)} ${total === 1 ? 'Ereignis' : 'Ereignissen'} angezeigt`,
  categoriesShown: (shown, total) => `${$(shown)} von ${$(total)} ${total === 1 ? 'Kategorie' : 'Kategorien'}`,
  close: 'Schließen',
  category: 'Kategorie',
  organisations: 'Organisationen',
  location: 'Ort',
  labelled: (label, value) => `${label}: ${value}`,
  link: 'Mehr erfahren',
  listView: 'Listenansicht',
  chartView: 'Zeitleistenansicht',
  listCaption: (range, n) => `${$(n)} ${n === 1 ? 'Ereignis' : 'Ereignisse'} angezeigt, ${range}`,
  listMore: (n, total) => `${$(n)} von ${$(total)} aufgeführt.`,
  listNext: (n) => `${$(n)} weitere auflisten`,
  earlier: 'Früher',
  later: 'Später',
  date: 'Datum',
  title: 'Ereignis',
  description: 'Beschreibung',
  chart: 'Zeitleiste',
  zoomControls: 'Zoom',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  resetZoom: 'Zoom zurücksetzen',
  reset: 'Zurücksetzen',
  wheelHint: (apple) => `${apple ? '⌘' : 'Strg'} + Mausrad zum Zoomen`,
});

const byLanguage: Record<string, ($: Count) => Strings> = { en, fr, de };
const byLocale = new Map<string, Strings>();

const languageOf = (locale: string) => locale.toLowerCase().split('-')[0];

/** Whether the component has its own words in the locale's language (else it speaks English). */
export const speaks = (locale: string): boolean => Object.hasOwn(byLanguage, languageOf(locale));

/** The strings for a BCP 47 locale, by its language (English when we have none), counts by the whole locale. */
export function stringsFor(locale: string): Strings {
  let t = byLocale.get(locale);
  if (!t) {
    const format = new Intl.NumberFormat(locale);
    t = (byLanguage[languageOf(locale)] ?? en)((n) => format.format(n));
    if (byLocale.size > 100) byLocale.clear();
    byLocale.set(locale, t);
  }
  return t;
}
