import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesRow } from './series-rows';

/**
 * Above this many buckets (a year of hours is 8,760) only the rows in view are in the page:
 * laying out tens of thousands of cells froze the screen for seconds. Smaller tables stay whole,
 * so find-in-page and screen readers see every row.
 */
const WINDOWED_ABOVE = 1000;
const ROW_HEIGHT = 33;

interface MetricDataTableProps {
  /** The measured column's heading, when it is not a count (a value, in money). */
  countLabel?: string;
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
export function MetricDataTable({ rows, comparing, timezone, formatBucket, formatCount, onExport, countLabel }: MetricDataTableProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const windowed = rows.length > WINDOWED_ABOVE;
  const virtualizer = useVirtualizer({
    count: windowed ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const items = windowed ? virtualizer.getVirtualItems() : [];
  const visible = windowed ? items.map((item) => ({ row: rows[item.index]!, index: item.index })) : rows.map((row, index) => ({ row, index }));
  const paddingTop = windowed ? (items[0]?.start ?? 0) : 0;
  const paddingBottom = windowed ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  const columns = comparing ? 4 : 3;
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
      <div className="metrics-table__scroll" role="region" aria-labelledby={headingId} tabIndex={0} ref={scrollRef}>
        <table aria-rowcount={rows.length + 1}>
          <thead>
            <tr>
              <th scope="col">{t('metricsScreen.columns.bucket', { timezone })}</th>
              <th scope="col">{countLabel ?? t('metricsScreen.columns.count')}</th>
              <th scope="col">{t('metricsScreen.columns.expected')}</th>
              {comparing ? <th scope="col">{t('metricsScreen.columns.previous')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {paddingTop > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={columns} style={{ height: paddingTop, padding: 0, border: 0 }} />
              </tr>
            ) : null}
            {visible.map(({ row, index }) => (
              <tr key={row.t} data-start={new Date(row.t).toISOString()} aria-rowindex={index + 2}>
                <th scope="row">{formatBucket(row.t)}</th>
                <td data-column="count">{cell(row.count)}</td>
                <td data-column="expected">{cell(row.expected)}</td>
                {comparing ? <td data-column="previous">{cell(row.previous)}</td> : null}
              </tr>
            ))}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={columns} style={{ height: paddingBottom, padding: 0, border: 0 }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}
