import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AccountStatus } from '../../../shared/domain/sync';
import { formatRelative } from '../../lib/format';
import { syncLineText } from './sync-line-text';
import { useSync } from './sync-status-state';

/** The account's sync in one line: progress while syncing, freshness, or what needs fixing. */
export function SyncStatusLine({ accountId, timeZone }: { accountId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const status = useSync((state) => state.statuses[accountId]);
  const progress = useSync((state) => state.progress[accountId]);
  const syncNow = useSync((state) => state.syncNow);
  const cancel = useSync((state) => state.cancel);
  const requestFailure = useSync((state) => state.requestFailures[accountId]);
  const now = useNow();

  if (!status) return null;
  // A past event never reads "in 1 second" because the two clocks differ by a moment.
  const since = (iso: string | null) =>
    iso ? formatRelative(new Date(Math.min(Date.parse(iso), now.getTime())).toISOString(), now, i18n.language) : t('sync.never');
  const until = (iso: string | null) => (iso ? formatRelative(iso, now, i18n.language) : t('sync.never'));

  // A run still trying to get through can be cancelled, not started again.
  const running = status.state === 'syncing' || (status.state === 'offline' && status.retrying);
  const reason = failureReason(status, t);

  return (
    <div className={`sync-line sync-line--${status.state}`}>
      <p className="sync-line__text" role="status" aria-live="polite">
        {syncLineText(status, { t, locale: i18n.language, timeZone, since, until })}
      </p>
      {reason ? <p className="sync-line__detail">{reason}</p> : null}
      {requestFailure ? (
        <p className="sync-line__detail" role="alert">
          {t(requestFailure.key, { operation: '', scope: '', ...requestFailure.params })}
        </p>
      ) : null}
      {running ? (
        <>
          {status.state === 'syncing' ? (
            <progress className="sync-line__bar" max={100} value={status.percent} aria-label={t('sync.progressLabel')} />
          ) : null}
          {status.state === 'syncing' && progress?.currentMetric ? <p className="sync-line__detail">{progress.currentMetric}</p> : null}
          <button type="button" className="button button--small" onClick={() => void cancel(accountId)}>
            {t('sync.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="button button--small" onClick={() => void syncNow(accountId)}>
          {t('sync.now')}
        </button>
      )}
    </div>
  );
}

/** Why the last sync failed, or that it is still trying: the answer a "Sync now" gets. */
function failureReason(status: AccountStatus, t: TFunction): string | null {
  if (status.state === 'offline') return status.retrying ? t('sync.retrying') : null;
  if (status.state !== 'error') return null;
  return t(`errors.${status.code}`, { defaultValue: t('errors.internal'), operation: '', scope: '' });
}

/** Re-renders every 30 s so "5 minutes ago" stays true. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
