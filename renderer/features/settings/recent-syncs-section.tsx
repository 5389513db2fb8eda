import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import type { SyncRun } from '../../../shared/domain/sync-run';
import { ErrorNotice } from '../../components/error-notice';
import { formatCount, formatTime } from '../../lib/format';
import { useAccounts } from '../accounts/accounts-state';
import { useSync } from '../sync/sync-status-state';
import { useSyncHistory } from './use-sync-history';
import './recent-syncs.css';

/**
 * Settings > Recent syncs: when each account's latest syncs started and ended, and how (completed,
 * failed and why, cancelled, interrupted by the app stopping). Times are in the account's zone,
 * named once above its table.
 */
export function RecentSyncsSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const accounts = useAccounts((state) => state.accounts);
  const statuses = useSync((state) => state.statuses);
  // A run starting or ending changes the account's state; progress ticks do not.
  const revision = accounts.map((account) => `${account.id}:${statuses[account.id]?.state ?? ''}`).join(',');
  const { runs, errorKey } = useSyncHistory(
    accounts.map((account) => account.id),
    revision,
  );

  return (
    <section className="card settings-section recent-syncs" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('syncHistory.title')}</h2>
      <p>{t('syncHistory.description')}</p>
      {errorKey ? <ErrorNotice messageKey={errorKey} /> : null}
      {accounts.map((account) => (
        <AccountRuns key={account.id} account={account} runs={runs[account.id] ?? []} />
      ))}
    </section>
  );
}

function AccountRuns({ account, runs }: { account: AccountSummary; runs: SyncRun[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const at = (iso: string) => formatTime(iso, 'date-time', { locale: i18n.language, timeZone: account.timezone, zoneLabel: 'never' });
  return (
    <div className="recent-syncs__account" data-account-id={account.id}>
      <h3 id={headingId}>{account.name}</h3>
      <p className="recent-syncs__zone">{t('syncHistory.timesIn', { timezone: account.timezone })}</p>
      {runs.length === 0 ? (
        <p>{t('syncHistory.none')}</p>
      ) : (
        <table className="recent-syncs__table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('syncHistory.started')}</th>
              <th scope="col">{t('syncHistory.ended')}</th>
              <th scope="col">{t('syncHistory.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id} data-outcome={run.outcome}>
                <td>{at(run.startedAt)}</td>
                <td>{endedText(run, at, t)}</td>
                <td>{outcomeText(run, t, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function endedText(run: SyncRun, at: (iso: string) => string, t: Translate): string {
  if (run.endedAt === null) return '—';
  // An interrupted run's end is when the app found it open: it stopped at some point before.
  return run.outcome === 'interrupted' ? t('syncHistory.endedBefore', { when: at(run.endedAt) }) : at(run.endedAt);
}

function outcomeText(run: SyncRun, t: Translate, locale: string): string {
  switch (run.outcome) {
    case 'completed':
      return run.rowsWritten > 0 ? t('syncHistory.completedRows', { count: run.rowsWritten, rows: formatCount(run.rowsWritten, locale) }) : t('syncHistory.completed');
    case 'failed':
      return t('syncHistory.failed', {
        reason: t(`errors.${run.errorCode ?? 'internal'}`, { defaultValue: t('errors.internal'), operation: '', scope: '' }),
      });
    case 'cancelled':
      return t('syncHistory.cancelled');
    case 'interrupted':
      return t('syncHistory.interrupted');
    case 'running':
      return t('syncHistory.running');
  }
}
