import { memo, useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { downsampleForChart } from './downsample-series';
import './charts.css';
import { expectedBand } from './expected-band';
import { usePointerIntent } from './use-pointer-intent';

export interface TimeSeriesPoint {
  /** Bucket start, epoch milliseconds. */
  t: number;
  count: number | null;
  expected: number | null;
  /** The same position in the previous period, when comparing. */
  previous: number | null;
}

/** A stretch to shade (a detected drop), epoch milliseconds. */
export interface ShadedPeriod {
  id: string;
  from: number;
  to: number;
}

export interface TimeSeriesChartLabels {
  count: string;
  expected: string;
  band: string;
  previous: string;
  noValue: string;
}

export interface TimeSeriesChartProps {
  points: readonly TimeSeriesPoint[];
  /** The window drawn, [from, to) in epoch milliseconds: shading is clipped to it. */
  domain: readonly [number, number];
  /** Where the time axis puts its labels (epoch milliseconds); the caller knows the account's clock. */
  ticks: readonly number[];
  showPrevious: boolean;
  shaded: readonly ShadedPeriod[];
  /** Instants to mark with a vertical line (alerts firing). */
  markers: readonly { id: string; t: number }[];
  formatTick: (t: number) => string;
  formatTime: (t: number) => string;
  formatCount: (value: number) => string;
  /**
   * The bucket's own reading (its count against what was expected for it alone), labelled as
   * such by the caller; null where there is none.
   */
  describeBucket?: (count: number | null, expected: number | null) => string | null;
  labels: TimeSeriesChartLabels;
  height?: number;
}

const noLines = (): number[] => [];

interface DrawnPoint extends TimeSeriesPoint {
  band: [number, number] | null;
}

/**
 * A metric's counts over time with the detector's expected line and its ±20% band, shaded drop
 * periods, alert markers and, optionally, the previous period as a faint line. Long series are
 * thinned with LTTB for drawing only. Colours come from the theme's custom properties so light
 * and dark themes both work. The legend is left to the caller (translated HTML reads better than
 * SVG text).
 */
export const TimeSeriesChart = memo(function TimeSeriesChart({
  points,
  domain,
  ticks,
  showPrevious,
  shaded,
  markers,
  formatTick,
  formatTime,
  formatCount,
  describeBucket,
  labels,
  height = 300,
}: TimeSeriesChartProps) {
  const drawn = useMemo<DrawnPoint[]>(
    () =>
      downsampleForChart(points, (p) => p.t, (p) => p.count ?? 0).map((p) => ({ ...p, band: expectedBand(p.expected) })),
    [points],
  );
  const [from, to] = domain;
  const periods = shaded
    .map((period) => ({ ...period, from: Math.max(period.from, from), to: Math.min(period.to, to) }))
    .filter((period) => period.to > period.from);
  const visibleMarkers = markers.filter((marker) => marker.t >= from && marker.t <= to);
  // A detail opening under the resting pointer must not pop the tooltip up by itself.
  const { active, onPointerMove, onPointerLeave } = usePointerIntent();

  return (
    <div className="time-series-chart__frame" onPointerMove={onPointerMove} onPointerLeave={onPointerLeave}>
      <ComposedChart
        className="time-series-chart"
        data={drawn}
        width="100%"
        height={height}
        responsive
        margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
      >
        {/* No vertical lines, so none are computed: recharts would otherwise lay out (and measure
            the labels of) a tick per point to place lines it then does not draw. */}
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} verticalCoordinatesGenerator={noLines} />
        <XAxis
          dataKey="t"
          type="number"
          domain={[from, to]}
          ticks={[...ticks]}
          // Every given tick is shown: the caller picks few enough to fit, so none need measuring.
          interval={0}
          tickFormatter={formatTick}
          stroke="var(--text-muted)"
          tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
        />
        <YAxis
          tickFormatter={formatCount}
          stroke="var(--text-muted)"
          tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
          width="auto"
          allowDecimals={false}
        />
        {periods.map((period) => (
          <ReferenceArea
            key={period.id}
            className="time-series-chart__anomaly"
            x1={period.from}
            x2={period.to}
            fill="var(--danger)"
            fillOpacity={0.14}
            stroke="none"
            ifOverflow="hidden"
          />
        ))}
        <Area
          className="time-series-chart__band"
          dataKey="band"
          name={labels.band}
          stroke="none"
          fill="var(--text-muted)"
          fillOpacity={0.2}
          isAnimationActive={false}
          connectNulls={false}
          activeDot={false}
        />
        <Line
          className="time-series-chart__expected"
          dataKey="expected"
          name={labels.expected}
          stroke="var(--text-muted)"
          strokeWidth={1.5}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        {showPrevious ? (
          <Line
            className="time-series-chart__previous"
            dataKey="previous"
            name={labels.previous}
            stroke="var(--text-muted)"
            strokeOpacity={0.5}
            strokeWidth={1.25}
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
        ) : null}
        <Line
          className="time-series-chart__count"
          dataKey="count"
          name={labels.count}
          stroke="var(--accent)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        {visibleMarkers.map((marker) => (
          <ReferenceLine
            key={marker.id}
            className="time-series-chart__marker"
            x={marker.t}
            stroke="var(--danger)"
            strokeWidth={1.5}
            strokeDasharray="2 2"
          />
        ))}
        <Tooltip
          active={active}
          content={(props: TooltipContentProps) => (
            <ChartTooltip
              {...props}
              showPrevious={showPrevious}
              labels={labels}
              formatTime={formatTime}
              formatCount={formatCount}
              describeBucket={describeBucket}
            />
          )}
          isAnimationActive={false}
        />
      </ComposedChart>
    </div>
  );
});

function ChartTooltip({
  active,
  payload,
  showPrevious,
  labels,
  formatTime,
  formatCount,
  describeBucket,
}: TooltipContentProps & Pick<TimeSeriesChartProps, 'showPrevious' | 'labels' | 'formatTime' | 'formatCount' | 'describeBucket'>) {
  const point = payload[0]?.payload as DrawnPoint | undefined;
  if (!active || !point) return null;
  const value = (n: number | null) => (n === null ? labels.noValue : formatCount(n));
  const own = describeBucket?.(point.count, point.expected) ?? null;
  return (
    <div className="time-series-chart__tooltip">
      <p className="time-series-chart__tooltip-time">{formatTime(point.t)}</p>
      <dl>
        <dt>{labels.count}</dt>
        <dd>{value(point.count)}</dd>
        <dt>{labels.expected}</dt>
        <dd>{value(point.expected)}</dd>
        {showPrevious ? (
          <>
            <dt>{labels.previous}</dt>
            <dd>{value(point.previous)}</dd>
          </>
        ) : null}
      </dl>
      {own ? <p className="time-series-chart__tooltip-own">{own}</p> : null}
    </div>
  );
}
