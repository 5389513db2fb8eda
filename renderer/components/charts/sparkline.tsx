import { useMemo } from 'react';
import { Area, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import { downsampleForChart } from './downsample-series';
import './charts.css';
import { expectedBand } from './expected-band';

export interface SparklinePoint {
  /** Bucket start, epoch milliseconds. */
  t: number;
  /** The count; null leaves a gap (no data for that bucket, e.g. not synced yet). */
  value: number | null;
  /** The detector's expected count, when the band is wanted; null where it has none. */
  expected?: number | null;
}

export interface SparklineProps {
  /** Points in time order. Longer series are thinned with LTTB for drawing. */
  points: readonly SparklinePoint[];
  /**
   * Accessible name, read instead of the picture (the sparkline has no text of its own), e.g.
   * "Added to Cart, last 7 days: 68% below expected since Tuesday". Required.
   */
  label: string;
  /** Pixels; defaults to 120 × 32. */
  width?: number;
  height?: number;
  /** Shades expected ±20% behind the line (needs `expected` on the points). Off by default. */
  showExpectedBand?: boolean;
  /** Line colour: any CSS colour, custom properties included. Defaults to the theme's accent. */
  color?: string;
  className?: string;
}

interface SparkRow {
  t: number;
  value: number | null;
  band: [number, number] | null;
}

/**
 * A small line without axes, grid or tooltip, for lists and cards (Home's alert cards, metric
 * rows). It is one image to assistive technology, named by `label`.
 */
export function Sparkline({
  points,
  label,
  width = 120,
  height = 32,
  showExpectedBand = false,
  color = 'var(--accent)',
  className,
}: SparklineProps) {
  const rows = useMemo<readonly SparkRow[]>(() => {
    // A sparkline a hundred pixels wide cannot show more points than it has pixel columns.
    const thinned = downsampleForChart(points, (p) => p.t, (p) => p.value ?? 0, Math.max(3, width));
    return thinned.map((p) => ({ t: p.t, value: p.value, band: showExpectedBand ? expectedBand(p.expected ?? null) : null }));
  }, [points, width, showExpectedBand]);

  return (
    <div className={['sparkline', className].filter(Boolean).join(' ')} role="img" aria-label={label}>
      <ComposedChart
        width={width}
        height={height}
        data={rows as SparkRow[]}
        margin={{ top: 2, right: 2, bottom: 2, left: 2 }}
        accessibilityLayer={false}
      >
        <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} hide />
        <YAxis domain={[0, 'auto']} hide />
        {showExpectedBand ? (
          <Area
            dataKey="band"
            stroke="none"
            fill="var(--text-muted)"
            fillOpacity={0.18}
            isAnimationActive={false}
            connectNulls={false}
          />
        ) : null}
        <Line
          dataKey="value"
          stroke={color}
          strokeWidth={1.5}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
      </ComposedChart>
    </div>
  );
}
