/** What a cluster says: its accessible name ("12 events, 2008"; the renderer adds the lane) and its visible count ("12", "1.2K"). */
import { stringsFor } from '../i18n/strings.js';
import type { Cluster } from '../layout/clusters.js';
import { windowName } from '../model/status.js';

export interface ClusterText {
  name(cluster: Cluster): string;
  count(cluster: Cluster): string;
}

/** Period names, shared by every lane's cluster of the period (Intl range formatting is slow). */
const periods = new Map<string, string>();

/** The name of the part of the cluster's period in view: what it counts. */
function periodName({ shownFromMs: fromMs, shownToMs: toMs }: Cluster, locale: string): string {
  const key = `${locale}|${fromMs}|${toMs}`;
  let name = periods.get(key);
  if (name === undefined) {
    if (periods.size > 5000) periods.clear();
    periods.set(key, (name = windowName(fromMs, toMs, locale)));
  }
  return name;
}

const texts = new Map<string, ClusterText>();

/** The cluster text of a locale (made once per locale: number formats are costly to make). */
export function clusterText(locale: string): ClusterText {
  let text = texts.get(locale);
  if (!text) texts.set(locale, (text = makeClusterText(locale)));
  return text;
}

function makeClusterText(locale: string): ClusterText {
  const t = stringsFor(locale);
  const compact = new Intl.NumberFormat(locale, { notation: 'compact' });
  return {
    name: (c) => t.clusterName(c.events.length, periodName(c, locale)),
    count: (c) => compact.format(c.events.length),
  };
}
