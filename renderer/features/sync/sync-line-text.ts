import type { TFunction } from 'i18next';
import type { AccountStatus } from '../../../shared/domain/sync';
import { formatTime } from '../../lib/format';

export interface SyncLineContext {
  t: TFunction;
  locale: string;
  /** The account's zone: the resume time reads as the platform's own clock does. */
  timeZone: string;
  /** The computer's zone (default: Intl's), to name the account's when they differ. */
  computerZone?: string;
  since(iso: string | null): string;
  until(iso: string | null): string;
}

/** The account's sync in one sentence: progress (or the wait for the rate limit), freshness, or what needs fixing. */
export function syncLineText(status: AccountStatus, { t, locale, timeZone, computerZone, since, until }: SyncLineContext): string {
  switch (status.state) {
    case 'syncing':
      if (status.waitingUntil !== undefined) {
        const time = formatTime(status.waitingUntil, 'time', { locale, timeZone, ...(computerZone ? { computerZone } : {}) });
        return t('sync.waitingRateLimit', { time });
      }
      return t('sync.syncing', { percent: status.percent });
    case 'up-to-date':
      return t('sync.upToDate', { when: since(status.lastSyncedAt) });
    case 'never-synced':
      return t('sync.neverSynced');
    case 'offline':
      if (!status.lastSyncedAt) return t('sync.offlineEmpty');
      return t('sync.offline', { when: since(status.lastSyncedAt) });
    case 'needs-attention':
      if (status.reason === 'missing-scope') return t('sync.missingScope', { scope: status.scope ?? '' });
      if (status.reason === 'key-unreadable') return t('sync.keyUnreadable');
      return status.reason === 'missing-key' ? t('sync.missingKey') : t('sync.invalidKey');
    case 'error':
      return status.nextRetryAt ? t('sync.errorRetry', { when: until(status.nextRetryAt) }) : t('sync.error');
  }
}
