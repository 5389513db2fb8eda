import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import type { AccountStatus, SyncProgress } from '../../../shared/domain/sync';
import { formatRelative } from '../../lib/format';
import { useRouter } from '../../lib/router-state';
import { useSync } from '../sync/sync-status-state';
import { formatDateTime, formatPercent, formatTime } from '../../lib/format';

/**
 * The account's sync on Home, with absolute times in the account's timezone. The sidebar keeps the
 * live, announced line and the sync buttons; this one is a quiet summary so neither is doubled.
 */
export function HomeSyncSummary({ account, now }: { account: AccountSummary; now: Date }) {
  const { t, i18n } = useTranslation();
  const navigate = useRouter((state) => state.navigate);
  const status = useSync((state) => state.statuses[account.id]);
  const progress = useSync((state) => state.progress[account.id]);
  if (!status) return null;
  const locale = i18n.language;
  const describe = summaryText(status, progress, { t, locale, timeZone: account.timezone, now });

  return (
    <section className={`home-sync home-sync--${status.state}`} aria-labelledby="home-sync-heading">
      <h2 id="home-sync-heading" className="home-section__title">
        {t('homeScreen.sync.heading')}
      </h2>
      {describe.map((line) => (
        <p key={line} className="home-sync__text">
          {line}
        </p>
      ))}
      {status.state === 'syncing' ? (
        <progress className="home-sync__bar" max={100} value={status.percent} aria-label={t('homeScreen.sync.progressLabel')} />
      ) : null}
      {status.state === 'needs-attention' ? (
        <button type="button" className="button button--small" onClick={() => navigate('settings')}>
          {t('homeScreen.sync.fixInSettings')}
        </button>
      ) : null}
    </section>
  );
}

interface SummaryContext {
  t: TFunction;
  locale: string;
  timeZone: string;
  now: Date;
}

function summaryText(status: AccountStatus, progress: SyncProgress | undefined, { t, locale, timeZone, now }: SummaryContext): string[] {
  const at = (iso: string) => formatDateTime(iso, locale, timeZone);
  switch (status.state) {
    case 'syncing': {
      const lines = [t('homeScreen.sync.syncing', { percent: formatPercent(status.percent / 100, locale) })];
      if (status.waitingUntil !== undefined) lines.push(t('sync.waitingRateLimit', { time: formatTime(status.waitingUntil, 'time', { locale, timeZone }) }));
      if (progress?.currentMetric) lines.push(t('homeScreen.sync.fetching', { metric: progress.currentMetric }));
      return lines;
    }
    case 'up-to-date':
      return [t('homeScreen.sync.upToDate', { when: at(status.lastSyncedAt) })];
    case 'never-synced':
      return [t('homeScreen.sync.neverSynced')];
    case 'offline': {
      if (!status.lastSyncedAt) return [t('homeScreen.sync.offlineEmpty')];
      const age = status.cacheAgeSeconds ?? (now.getTime() - Date.parse(status.lastSyncedAt)) / 1000;
      return [t('homeScreen.sync.offline', { when: at(status.lastSyncedAt), age: formatRelative(new Date(now.getTime() - age * 1000).toISOString(), now, locale) })];
    }
    case 'needs-attention':
      if (status.reason === 'missing-scope') return [t('sync.missingScope', { scope: status.scope ?? '' })];
      if (status.reason === 'key-unreadable') return [t('sync.keyUnreadable')];
      return [status.reason === 'missing-key' ? t('sync.missingKey') : t('sync.invalidKey')];
    case 'error': {
      const reason = t(`errors.${status.code}`, { defaultValue: t('errors.internal'), operation: '', scope: '' });
      const lines = [t('homeScreen.sync.failed', { reason })];
      if (status.nextRetryAt) lines.push(t('homeScreen.sync.nextTry', { when: at(status.nextRetryAt) }));
      return lines;
    }
  }
}
