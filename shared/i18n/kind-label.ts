import type { MonitorKind } from '../domain/monitor-kind';

type Translate = (key: string, options: Record<string, unknown>) => string;

/**
 * A metric's name as an alert of this kind speaks of it: the name itself for a count that fell,
 * "Value of Placed Order" for its value falling, "Marked Email as Spam (rising)" for a harmful
 * rise. One wording for the banner, the notification centre, the incident page and the desktop
 * notification, so a revenue drop is never read as an order drop.
 */
export function kindLabel(t: Translate, kind: MonitorKind | undefined, label: string): string {
  if (kind === 'value-down') return t('kinds.valueOf', { metric: label });
  if (kind === 'rise-harmful') return t('kinds.risingOf', { metric: label });
  return label;
}
