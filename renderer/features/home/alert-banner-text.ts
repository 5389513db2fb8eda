import type { TFunction } from 'i18next';
import type { Alert } from '../../../shared/domain/alert';
import type { Metric } from '../../../shared/domain/metric';
import { formatSince } from './home-format';
import { metricLabel } from './metric-label';

export interface BannerContext {
  t: TFunction;
  locale: string;
  timeZone: string;
  now: Date;
  /** The account's metrics, to tell whether the integration must be named. */
  metrics: readonly Pick<Metric, 'name' | 'integrationName'>[] | null;
}

/**
 * The sentence at the top of Home for one active alert: which metric, and since when. How far
 * below expected is left to the alert's figures ("now", "when it fired"), shown under it as on
 * every other surface. A metric that went silent says so.
 */
export function alertBannerText(alert: Alert, { t, locale, timeZone, now, metrics }: BannerContext): string {
  const metric = metricLabel(t, { name: alert.metricName, integrationName: alert.integrationName }, metrics);
  const since = formatSince(alert.start, now, locale, timeZone);
  const live = alert.figures.now ?? alert.figures.fired;
  if (live.observed === 0) return t('homeScreen.bannerStopped', { metric, since });
  return t('homeScreen.bannerDrop', { metric, since });
}
