import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { Screen } from '../../components/screen';
import { useRouter } from '../../lib/router-state';
import { selectCurrentAccount, useAccounts } from '../accounts/accounts-state';
import { useAlerts } from '../alerts/alerts-state';
import { useSettings } from '../settings/settings-state';
import { useSync } from '../sync/sync-status-state';
import { metricLabel } from './flow-labels';
import { buildFlowRows, nextSort, resolveFocus, sortRows, visibleRows, type FlowSort } from './flow-rows';
import { catalogueOf, useFlowsCatalogue } from './flows-state';
import { metricDrops } from './metric-drops';
import { FlowsTable } from './flows-table';
import { TriggerPanel } from './trigger-panel';
import './flows.css';

/**
 * The account's flows with a badge on every flow whose trigger metric has dropped (muted while its
 * incident is snoozed), and the trigger's side panel where the incident is dismissed or snoozed. Home opens this screen with a
 * metric id to show the flows that metric triggers.
 */
export function FlowsScreen() {
  const { t, i18n } = useTranslation();
  const accounts = useAccounts((state) => state.accounts);
  const accountsLoading = useAccounts((state) => state.loading);
  const lastAccountId = useSettings((state) => state.settings?.lastAccountId);
  const account = selectCurrentAccount(accounts, lastAccountId);
  const accountId = account?.id;
  const catalogue = useFlowsCatalogue((state) => catalogueOf(state, accountId));
  const load = useFlowsCatalogue((state) => state.load);
  const alerts = useAlerts((state) => state.alerts);
  const incidents = useAlerts((state) => state.incidents);
  const focusId = useRouter((state) => state.focusId);
  const navigate = useRouter((state) => state.navigate);
  const refreshKey = useSyncRefreshKey(accountId);

  const [showArchived, setShowArchived] = useState(false);
  const [sort, setSort] = useState<FlowSort>({ key: 'name', direction: 'ascending' });
  const [openFlowId, setOpenFlowId] = useState<string | null>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const focusNoticeRef = useRef<HTMLDivElement>(null);
  const archivedId = useId();

  useEffect(() => {
    if (accountId) void load(accountId);
  }, [accountId, refreshKey, load]);

  // A flow's entries follow its trigger's count: a revenue drop (orders still coming) or a harmful
  // rise starves no flow, so only the count's own drops badge a flow.
  const accountAlerts = useMemo(() => alerts.filter((alert) => alert.accountId === accountId && alert.kind === 'count-down'), [alerts, accountId]);
  const accountIncidents = useMemo(() => incidents.filter((incident) => incident.accountId === accountId), [incidents, accountId]);
  const rows = useMemo(
    () => buildFlowRows(catalogue.flows, catalogue.metrics, metricDrops(accountIncidents, accountAlerts, accountId)),
    [catalogue.flows, catalogue.metrics, accountIncidents, accountAlerts, accountId],
  );
  const focus = resolveFocus(focusId, catalogue.flows, catalogue.metrics, accountAlerts);
  const collator = useMemo(() => new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true }), [i18n.language]);
  const visible = visibleRows(rows, { showArchived, focus });
  const sorted = sortRows(visible.rows, sort, collator);
  const openRow = openFlowId ? rows.find((row) => row.flow.id === openFlowId) : undefined;

  // Arriving from Home's "view affected flows": bring the filtered list and its explanation into view.
  const focusKey = focus ? `${focus.kind}:${focus.kind === 'metric' ? focus.metricId : focus.flowId}` : null;
  useEffect(() => {
    if (!focusKey) return;
    const flowId = focusKey.startsWith('flow:') ? focusKey.slice('flow:'.length) : null;
    const target = flowId ? document.querySelector(`[data-flow-id="${CSS.escape(flowId)}"]`) : focusNoticeRef.current;
    target?.scrollIntoView({ block: 'nearest' });
    focusNoticeRef.current?.focus();
  }, [focusKey]);

  // Focus goes back to the trigger button that opened the panel, once the panel is gone.
  useEffect(() => {
    if (openFlowId === null && openerRef.current?.isConnected) openerRef.current.focus();
  }, [openFlowId]);

  const title = t('flows.title');
  if (!account) {
    return (
      <Screen title={title}>
        {accountsLoading ? (
          <p role="status">{t('flowsScreen.loading')}</p>
        ) : (
          <EmptyState icon="⇄" title={t('flowsScreen.noAccountTitle')} body={t('flowsScreen.noAccountBody')} />
        )}
      </Screen>
    );
  }
  if (!catalogue.loaded) {
    return (
      <Screen title={title}>
        {catalogue.errorKey ? (
          <ErrorNotice messageKey={catalogue.errorKey} onRetry={() => void load(account.id)} />
        ) : (
          <p role="status">{t('flowsScreen.loading')}</p>
        )}
      </Screen>
    );
  }
  if (rows.length === 0) {
    return (
      <Screen title={title}>
        {catalogue.errorKey ? <ErrorNotice messageKey={catalogue.errorKey} onRetry={() => void load(account.id)} /> : null}
        <EmptyState icon="⇄" title={t('flows.emptyTitle')} body={t('flows.emptyBody')} />
      </Screen>
    );
  }

  const focusedMetric = focus?.kind === 'metric' ? catalogue.metrics.find((metric) => metric.id === focus.metricId) : undefined;
  const focusedFlow = focus?.kind === 'flow' ? rows.find((row) => row.flow.id === focus.flowId)?.flow : undefined;

  return (
    <Screen title={title}>
      {catalogue.errorKey ? <ErrorNotice messageKey={catalogue.errorKey} onRetry={() => void load(account.id)} /> : null}
      {focus ? (
        <div className="flows-focus" ref={focusNoticeRef} tabIndex={-1}>
          <p>
            {focus.kind === 'metric'
              ? t('flowsScreen.focusNotice', { metric: focusedMetric ? metricLabel(focusedMetric, t) : t('flowsScreen.unknownMetric') })
              : t('flowsScreen.focusNoticeFlow', { flow: focusedFlow?.name ?? '' })}
          </p>
          <button type="button" className="button button--small" onClick={() => navigate('flows')}>
            {t('flowsScreen.clearFocus')}
          </button>
        </div>
      ) : null}

      <div className="flows-toolbar">
        <input id={archivedId} type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
        <label htmlFor={archivedId}>{t('flowsScreen.showArchived')}</label>
        {visible.hiddenArchived > 0 ? (
          <span className="flows-panel__muted">{t('flowsScreen.archivedHidden', { count: visible.hiddenArchived })}</span>
        ) : null}
      </div>

      {sorted.length > 0 ? (
        <FlowsTable
          caption={t('flowsScreen.caption', { account: account.name })}
          rows={sorted}
          sort={sort}
          timeZone={account.timezone}
          highlightedFlowId={focus?.kind === 'flow' ? focus.flowId : null}
          onSort={(key) => setSort((current) => nextSort(current, key))}
          onOpenTrigger={(row, opener) => {
            openerRef.current = opener;
            setOpenFlowId(row.flow.id);
          }}
        />
      ) : (
        <p className="flows-none">{visible.hiddenArchived > 0 ? t('flowsScreen.noneVisibleArchived') : t('flowsScreen.noneVisible')}</p>
      )}

      {openRow ? (
        <TriggerPanel
          key={openRow.flow.id}
          row={openRow}
          accountId={account.id}
          timeZone={account.timezone}
          accountAlerts={accountAlerts}
          accountIncidents={accountIncidents}
          refreshKey={refreshKey}
          onClose={() => setOpenFlowId(null)}
        />
      ) : null}
    </Screen>
  );
}

/**
 * Changes when the account's cache does: after the catalogue step of a sync (flows are known
 * before the series arrive) and after each completed sync.
 */
function useSyncRefreshKey(accountId: string | undefined): string {
  const lastSyncedAt = useSync((state) => {
    const status = accountId ? state.statuses[accountId] : undefined;
    return status && 'lastSyncedAt' in status ? status.lastSyncedAt : null;
  });
  const phase = useSync((state) => (accountId ? state.progress[accountId]?.phase : undefined));
  return `${lastSyncedAt ?? 'never'}|${phase ?? 'idle'}`;
}
