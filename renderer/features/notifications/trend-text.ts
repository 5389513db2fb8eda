import type { TFunction } from 'i18next';
import type { TrendNotice } from '../../../shared/domain/trend';
import { numberFormat } from '../../lib/intl-formats';

/**
 * A slow decline in words: which metric, how much lower its last week is than the week two weeks
 * before, at what hourly rates, and that it is not an alert. The percentage comes from main.
 */
export function trendText(notice: TrendNotice, t: TFunction, locale: string): string {
  const metric = notice.integrationName ? t('homeScreen.metricWithIntegration', { metric: notice.metricName, integration: notice.integrationName }) : notice.metricName;
  const rate = (value: number) => numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return t('notificationCentre.trend', {
    metric,
    account: notice.accountName,
    percent: String(notice.percentLower),
    recent: rate(notice.recentPerHour),
    earlier: rate(notice.earlierPerHour),
  });
}
