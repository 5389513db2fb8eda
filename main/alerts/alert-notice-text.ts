import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import type { AlertFigures } from '../../shared/domain/alert';
import type { Language } from '../../shared/domain/settings';
import type { AlertNotice } from '../ports';
import type { MainText } from './main-text';

/**
 * The words of a drop notification in the operator's language: which metric, which account, how
 * deep now (the alert's own "now" figure, the one every screen shows, labelled as such), since
 * when (in the machine's own time zone, where the operator reads it).
 */
export function alertNoticeText(text: MainText, notice: AlertNotice, language: Language, zone?: string): { title: string; body: string } {
  const t = text(language);
  const since = DateTime.fromISO(notice.start, { zone: zone ?? 'local' })
    .setLocale(language)
    .toLocaleString({ weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  const title = notice.integrationName
    ? t('notifications.dropTitleWithIntegration', { metric: notice.metricName, integration: notice.integrationName })
    : t('notifications.dropTitle', { metric: notice.metricName });
  const body = t('notifications.dropBody', { account: notice.accountName, figure: nowFigureText(t, notice.figures, language), since });
  return { title, body };
}

/** The live figure as the screens word it; the figure at firing time when there is no live one. */
function nowFigureText(t: TFunction, figures: AlertFigures, language: Language): string {
  const figure = figures.now ?? figures.fired;
  if (figure.observed === 0) return t('alertFigures.nowStopped');
  if (figure.percentBelow <= 0) return t('alertFigures.nowAtExpected');
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(figure.percentBelow / 100);
  return t('alertFigures.now', { percent });
}

/**
 * One notification for several drops of one account seen together (a sync often finds a whole
 * integration down at once): how many, where, and which metrics.
 */
export function alertSummaryText(text: MainText, notices: readonly AlertNotice[], language: Language): { title: string; body: string } {
  const t = text(language);
  const first = notices[0];
  if (!first) throw new Error('a summary needs at least one alert');
  const names = [...new Set(notices.map((notice) => notice.metricName))];
  const metrics = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
  return {
    title: t('desktop.summaryTitle', { count: notices.length, account: first.accountName }),
    body: t('desktop.summaryBody', { metrics }),
  };
}
