import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metric } from '../../../shared/domain/metric';
import { filterMetrics, integrationChoices, isHeadline, NO_INTEGRATION } from './metric-ordering';

interface MetricListProps {
  /** Already in display order (headline metrics first). */
  metrics: readonly Metric[];
  /** Metrics with an active drop alert. */
  alertingIds: ReadonlySet<string>;
  selectedId: string | null;
  onSelect: (metricId: string) => void;
}

/** The master side: search, integration filter, headline metrics then the others. */
export function MetricList({ metrics, alertingIds, selectedId, onSelect }: MetricListProps) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [integration, setIntegration] = useState('');
  const searchId = useId();
  const filterId = useId();
  const headingId = useId();
  const choices = useMemo(() => integrationChoices(metrics, i18n.language), [metrics, i18n.language]);
  // A filter on an integration that disappeared after a sync would hide everything for no visible reason.
  const activeIntegration = integration === '' || choices.includes(integration) ? integration : '';
  const shown = useMemo(
    () => filterMetrics(metrics, { query, integration: activeIntegration }, i18n.language),
    [metrics, query, activeIntegration, i18n.language],
  );
  const groups = [
    { key: 'headline', title: t('metricsScreen.headlineGroup'), items: shown.filter(isHeadline) },
    { key: 'other', title: t('metricsScreen.otherGroup'), items: shown.filter((metric) => !isHeadline(metric)) },
  ].filter((group) => group.items.length > 0);

  return (
    <section className="metrics-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="metrics-list__title">
        {t('metricsScreen.listTitle')}
      </h2>
      <div className="metrics-list__filters">
        <label className="metrics-field" htmlFor={searchId}>
          <span>{t('metricsScreen.search')}</span>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={t('metricsScreen.searchPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <label className="metrics-field" htmlFor={filterId}>
          <span>{t('metricsScreen.integration')}</span>
          <select id={filterId} value={activeIntegration} onChange={(event) => setIntegration(event.target.value)}>
            <option value="">{t('metricsScreen.allIntegrations')}</option>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice === NO_INTEGRATION ? t('metricsScreen.noIntegration') : choice}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="metrics-list__count" role="status">
        {t('metricsScreen.shownCount', { count: shown.length })}
      </p>
      {groups.length === 0 ? <p className="metrics-list__none">{t('metricsScreen.noMatch')}</p> : null}
      {groups.map((group) => (
        <div key={group.key} className="metrics-list__group">
          <h3 className="metrics-list__group-title">{group.title}</h3>
          <ul className="metrics-list__items">
            {group.items.map((metric) => (
              <li key={metric.id}>
                <MetricRow
                  metric={metric}
                  alerting={alertingIds.has(metric.id)}
                  selected={metric.id === selectedId}
                  onSelect={onSelect}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function MetricRow({
  metric,
  alerting,
  selected,
  onSelect,
}: {
  metric: Metric;
  alerting: boolean;
  selected: boolean;
  onSelect: (metricId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="metric-row"
      aria-current={selected ? 'true' : undefined}
      data-metric-id={metric.id}
      onClick={() => onSelect(metric.id)}
    >
      <span className="metric-row__name">{metric.name}</span>
      <span className="metric-row__integration">{metric.integrationName ?? t('metricsScreen.noIntegration')}</span>
      <span className="metric-row__badges">
        {alerting ? <span className="metrics-badge metrics-badge--alert">{t('metricsScreen.alertBadge')}</span> : null}
        {metric.gone ? <span className="metrics-badge">{t('metricsScreen.goneBadge')}</span> : null}
      </span>
    </button>
  );
}
