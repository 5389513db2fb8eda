import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';
import { formatLongDate } from '../../lib/format';
import { useToasts } from '../../lib/toast-state';
import { useLoad } from '../../lib/use-load';
import { ErrorNotice } from '../../components/error-notice';
import { useAccounts } from '../accounts/accounts-state';
import './muted-incidents.css';

interface MutedMetric {
  account: AccountSummary;
  metricId: string;
  name: string;
  integrationName: string | null;
  mutedUntil: string;
}

/** Every muted metric of every account, read from main: the mutes live in the cache, not here. */
async function loadMutedMetrics(accounts: readonly AccountSummary[]): Promise<MutedMetric[]> {
  const perAccount = await Promise.all(
    accounts.map(async (account) => {
      const monitors = (await unwrap(bridge().monitors.list({ accountId: account.id }))).filter((monitor) => monitor.mutedUntil !== null);
      if (monitors.length === 0) return [];
      const metrics = await unwrap(bridge().metrics.list({ accountId: account.id }));
      return monitors.map((monitor): MutedMetric => {
        const metric = metrics.find((candidate) => candidate.id === monitor.metricId);
        return { account, metricId: monitor.metricId, name: metric?.name ?? monitor.metricId, integrationName: metric?.integrationName ?? null, mutedUntil: monitor.mutedUntil! };
      });
    }),
  );
  return perAccount.flat().sort((a, b) => a.mutedUntil.localeCompare(b.mutedUntil));
}

/** Settings > Muted metrics: each muted metric with when its mute ends, and Unmute. */
export function MutedMetricsSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const accounts = useAccounts((state) => state.accounts);
  const { state, refresh } = useLoad<MutedMetric[]>(accounts.map((account) => account.id).join(','), () => loadMutedMetrics(accounts));

  return (
    <section className="card settings-section muted-incidents" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('metricMonitor.mutedTitle')}
      </h2>
      {state.status === 'loading' || state.status === 'idle' ? (
        <p role="status">{t('app.loading')}</p>
      ) : state.status === 'error' ? (
        <ErrorNotice messageKey={state.errorKey} onRetry={refresh} />
      ) : state.value.length === 0 ? (
        <p className="muted-incidents__empty">{t('metricMonitor.mutedEmpty')}</p>
      ) : (
        <>
          <p>{t('metricMonitor.mutedDescription')}</p>
          <ul className="muted-incidents__list">
            {state.value.map((muted) => (
              <MutedMetricItem
                key={`${muted.account.id}/${muted.metricId}`}
                muted={muted}
                onUnmuted={() => {
                  refresh();
                  headingRef.current?.focus();
                }}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function MutedMetricItem({ muted, onUnmuted }: { muted: MutedMetric; onUnmuted(): void }) {
  const { t, i18n } = useTranslation();
  const showToast = useToasts((state) => state.show);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // "Placed Order (Shopify)": the integration always named, as no other metric is listed beside it.
  const label = muted.integrationName ? t('homeScreen.metricWithIntegration', { metric: muted.name, integration: muted.integrationName }) : muted.name;
  const unmute = async () => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(bridge().monitors.set({ accountId: muted.account.id, metricId: muted.metricId, mute: null }));
      showToast({ message: t('metricMonitor.unmutedToast', { metric: label }) });
      onUnmuted();
    } catch (failure) {
      setError(t(errorMessageKey(failure)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="muted-incidents__item" data-metric-id={muted.metricId}>
      <div className="muted-incidents__text">
        <span className="muted-incidents__metric">{label}</span>
        <span className="muted-incidents__detail">{muted.account.name}</span>
        <span className="muted-incidents__status">{t('metricMonitor.mutedUntil', { date: formatLongDate(muted.mutedUntil, i18n.language, muted.account.timezone) })}</span>
        {error ? (
          <span className="muted-incidents__status" role="alert">
            {error}
          </span>
        ) : null}
      </div>
      <button type="button" className="button button--small" disabled={busy} aria-label={t('metricMonitor.unmuteNamed', { metric: label })} onClick={() => void unmute()}>
        {t('metricMonitor.unmute')}
      </button>
    </li>
  );
}
