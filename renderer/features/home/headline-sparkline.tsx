import { Area, ComposedChart, Line, YAxis } from 'recharts';
import { expectedBand } from '../../components/charts/expected-band';
import type { HourPoint } from './headline-metrics';

const WIDTH = 220;
const HEIGHT = 56;

/**
 * The 24 hours at a glance: the count as a line over the band of what the account usually sees
 * (the same band as the Metrics chart, so one picture means one thing across screens).
 * Decorative: the card states the same figures in words, so the chart is hidden from assistive
 * technology and takes no focus (recharts' keyboard layer would nest inside the card's button).
 */
export function HeadlineSparkline({ points }: { points: readonly HourPoint[] }) {
  const data = points.map((point) => ({
    start: point.start,
    observed: point.observed,
    band: expectedBand(point.expected),
  }));
  return (
    <div className="home-sparkline" aria-hidden="true">
      <ComposedChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 4, right: 2, bottom: 2, left: 2 }} accessibilityLayer={false}>
        <YAxis hide domain={[0, 'auto']} />
        <Area className="home-sparkline__band" dataKey="band" isAnimationActive={false} connectNulls={false} />
        <Line className="home-sparkline__line" dataKey="observed" dot={false} isAnimationActive={false} />
      </ComposedChart>
    </div>
  );
}
