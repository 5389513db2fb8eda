import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesRow } from './series-rows';

interface MetricDataTableProps {
  rows: readonly SeriesRow[];
  comparing: boolean;
  timezone: string;
  formatBucket: (epochMs: number) => string;
  formatCount: (value: number) => string;
  onExport: () => void;
}

/**
 * Every bucket of the chart, none thinned out: the numbers to compare with the source platform
 * day by day, on the account's clock. It is also the chart's text alternative.
 */
export function MetricDataTable({ rows, comparing, timezone, formatBucket, formatCount, onExport }: MetricDataTableProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const cell = (value: number | null) =>
    value === null ? (
      <>
        <span aria-hidden="true">—</span>
        <span className="metrics-sr-only">{t('metricsScreen.noValue')}</span>
      </>
    ) : (
      formatCount(value)
    );

  return (
    <section className="metrics-table" aria-labelledby={headingId}>
      <div className="metrics-table__header">
        <h3 id={headingId}>{t('metricsScreen.tableTitle')}</h3>
        <button type="button" className="button button--small" onClick={onExport} disabled={rows.length === 0}>
          {t('metricsScreen.exportCsv')}
        </button>
      </div>
      {/* Focusable so keyboard users can scroll a long table. */}
      <div className="metrics-table__scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('metricsScreen.columns.bucket', { timezone })}</th>
              <th scope="col">{t('metricsScreen.columns.count')}</th>
              <th scope="col">{t('metricsScreen.columns.expected')}</th>
              {comparing ? <th scope="col">{t('metricsScreen.columns.previous')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.t} data-start={row.start}>
                <th scope="row">{formatBucket(row.t)}</th>
                <td data-column="count">{cell(row.count)}</td>
                <td data-column="expected">{cell(row.expected)}</td>
                {comparing ? <td data-column="previous">{cell(row.previous)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
