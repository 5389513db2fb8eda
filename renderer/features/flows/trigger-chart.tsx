import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { expectedBand } from '../../components/charts/expected-band';
import { usePointerIntent } from '../../components/charts/use-pointer-intent';
import { chartTotals, type ChartPoint } from './trigger-chart-data';
import { formatCount, formatDateTime } from '../../lib/format';
import { bucketFigureText } from '../alerts/alert-figure-text';

/**
 * The trigger metric's hourly counts over the last seven days against the detector's expected
 * line and the usual range around it (the Metrics chart's band), with the same reading in words
 * underneath for those who do not see the drawing.
 */
export function TriggerChart({ points, label, timeZone }: { points: ChartPoint[]; label: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const dayTicks = useMemo(() => localMidnights(points, timeZone), [points, timeZone]);
  const dayFormat = useMemo(() => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', timeZone }), [locale, timeZone]);
  const totals = chartTotals(points);
  const drawn = useMemo(() => points.map((point) => ({ ...point, band: expectedBand(point.expected) })), [points]);
  // The panel opens where the pointer rests: the tooltip waits for a real move.
  const { active, onPointerMove, onPointerLeave } = usePointerIntent();

  return (
    <figure className="flows-chart">
      <div className="flows-chart__drawing" aria-hidden="true" onPointerMove={onPointerMove} onPointerLeave={onPointerLeave}>
        <ComposedChart responsive width="100%" height={180} data={drawn} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" vertical={false} verticalCoordinatesGenerator={noLines} />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            ticks={dayTicks}
            interval={0}
            tickFormatter={(time: number) => dayFormat.format(time)}
            stroke="var(--text-muted)"
            fontSize={11}
          />
          <YAxis width={48} allowDecimals={false} stroke="var(--text-muted)" fontSize={11} tickFormatter={(value: number) => formatCount(value, locale)} />
          <Tooltip
            active={active}
            separator=": "
            labelFormatter={(time, payload) => {
              if (typeof time !== 'number') return '';
              const point = payload[0]?.payload as ChartPoint | undefined;
              // The hour's own reading, labelled as such, under its time: not the alert's figures.
              const own = point ? bucketFigureText(t, locale, 'hour', point.count, point.expected) : null;
              return (
                <>
                  {formatDateTime(new Date(time).toISOString(), locale, timeZone)}
                  {own ? <span className="flows-chart__own">{own}</span> : null}
                </>
              );
            }}
            formatter={(value) =>
              typeof value === 'number'
                ? formatCount(value, locale)
                : Array.isArray(value)
                  ? value.map((bound) => (typeof bound === 'number' ? formatCount(Math.round(bound), locale) : '')).join('–')
                  : ''
            }
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
          />
          <Legend verticalAlign="top" height={24} iconSize={10} wrapperStyle={{ fontSize: 12 }} />
          <Area
            name={t('metricsScreen.legend.band')}
            dataKey="band"
            stroke="none"
            fill="var(--text-muted)"
            fillOpacity={0.2}
            legendType="square"
            isAnimationActive={false}
            connectNulls={false}
            activeDot={false}
          />
          <Line
            name={t('flowsScreen.panel.legendObserved')}
            dataKey="count"
            type="monotone"
            stroke="var(--accent)"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
          <Line
            name={t('flowsScreen.panel.legendExpected')}
            dataKey="expected"
            type="monotone"
            stroke="var(--text-muted)"
            strokeDasharray="5 4"
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
        </ComposedChart>
      </div>
      <figcaption className="flows-chart__caption">
        <strong>{label}</strong>{' '}
        {t('flowsScreen.panel.chartSummary', { count: totals.observed, observed: formatCount(totals.observed, locale) })}{' '}
        {totals.judged
          ? t('flowsScreen.panel.chartSummaryJudged', {
              observed: formatCount(totals.judged.observed, locale),
              expected: formatCount(totals.judged.expected, locale),
            })
          : null}
      </figcaption>
    </figure>
  );
}

/** No vertical grid lines, so recharts need not lay out a tick per hour to place them. */
const noLines = (): number[] => [];

/** The hours that start a day where the store counts its days: one tick per day. */
function localMidnights(points: readonly ChartPoint[], timeZone: string): number[] {
  const hourOf = new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone });
  return points.filter((point) => Number(hourOf.format(point.time)) === 0).map((point) => point.time);
}
