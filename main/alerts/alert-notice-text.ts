import i18next, { type i18n } from 'i18next';
import { DateTime } from 'luxon';
import type { Language } from '../../shared/domain/settings';
import { catalogues } from '../../shared/i18n/catalogues';
import type { AlertNotice } from '../ports';

let translator: i18n | null = null;

function translatorFor(language: Language): i18n {
  if (!translator) {
    translator = i18next.createInstance();
    // Synchronous init: the catalogues are already in memory, and a notification cannot wait.
    void translator.init({
      resources: Object.fromEntries(Object.entries(catalogues).map(([lng, catalogue]) => [lng, { translation: catalogue }])),
      lng: language,
      fallbackLng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }
  return translator;
}

/**
 * The words of a drop notification in the operator's language: which metric, which account, how
 * deep, since when (in the machine's own time zone, where the operator reads it).
 */
export function alertNoticeText(notice: AlertNotice, language: Language, zone?: string): { title: string; body: string } {
  const t = translatorFor(language).getFixedT(language);
  const since = DateTime.fromISO(notice.start, { zone: zone ?? 'local' })
    .setLocale(language)
    .toLocaleString({ weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  const title = notice.integrationName
    ? t('notifications.dropTitleWithIntegration', { metric: notice.metricName, integration: notice.integrationName })
    : t('notifications.dropTitle', { metric: notice.metricName });
  const body = t('notifications.dropBody', {
    account: notice.accountName,
    percent: Math.round(notice.depth * 100),
    since,
  });
  return { title, body };
}
