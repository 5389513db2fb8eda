import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { FlowAlertBadge } from './flow-alert-badge';
import { metricLabel, statusLabel, triggerTypeLabel } from './flow-labels';
import type { FlowRow, FlowSort, SortKey } from './flow-rows';
import { formatDay } from './flows-format';

interface Props {
  caption: string;
  rows: FlowRow[];
  sort: FlowSort;
  timeZone: string;
  highlightedFlowId: string | null;
  onSort: (key: SortKey) => void;
  onOpenTrigger: (row: FlowRow, opener: HTMLButtonElement) => void;
}

/** The account's flows, one row each, with the trigger as the button that opens its side panel. */
export function FlowsTable({ caption, rows, sort, timeZone, highlightedFlowId, onSort, onOpenTrigger }: Props) {
  const { t, i18n } = useTranslation();
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? sort.direction : undefined}>
      <button type="button" className="flows-table__sort" onClick={() => onSort(key)}>
        {label}
        <span className="flows-table__sort-mark" aria-hidden="true">
          {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );

  return (
    <table className="flows-table">
      <caption className="flows-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {header('name', t('flowsScreen.columns.name'))}
          {header('status', t('flowsScreen.columns.status'))}
          <th scope="col">{t('flowsScreen.columns.triggerType')}</th>
          <th scope="col">{t('flowsScreen.columns.trigger')}</th>
          {header('updated', t('flowsScreen.columns.updated'))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const { flow } = row;
          const trigger = triggerText(row, t);
          return (
            <tr
              key={flow.id}
              data-flow-id={flow.id}
              className={flow.id === highlightedFlowId ? 'flows-table__row flows-table__row--highlighted' : 'flows-table__row'}
            >
              <th scope="row" className="flows-table__name">
                <span>{flow.name}</span>
                {flow.archived ? <span className="flows-tag">{t('flowsScreen.archived')}</span> : null}
                {row.drops.map((drop) => (
                  <FlowAlertBadge key={drop.alertId} drop={drop} timeZone={timeZone} />
                ))}
              </th>
              <td>
                <span className={`flows-status flows-status--${(flow.status ?? 'none').toLowerCase()}`}>{statusLabel(flow.status, t)}</span>
              </td>
              <td>{triggerTypeLabel(flow.triggerType, t)}</td>
              <td>
                <button
                  type="button"
                  className="flows-table__trigger"
                  aria-label={t('flowsScreen.openTrigger', { trigger, flow: flow.name })}
                  aria-haspopup="dialog"
                  onClick={(event) => onOpenTrigger(row, event.currentTarget)}
                >
                  {trigger}
                </button>
              </td>
              <td>{flow.updated ? formatDay(flow.updated, i18n.language, timeZone) : t('flowsScreen.neverUpdated')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** What the trigger button says: the metric(s) when there are any, the trigger type otherwise. */
function triggerText(row: FlowRow, t: TFunction): string {
  if (row.metrics.length > 0) return row.metrics.map((metric) => metricLabel(metric, t)).join(', ');
  if (row.flow.triggerMetricIds.length > 0) return t('flowsScreen.unknownMetric');
  return triggerTypeLabel(row.flow.triggerType, t);
}
