import { useMemo } from 'react';
import type { HourPoint } from './headline-metrics';
import { sparklinePaths } from './sparkline-paths';

const BOX = { width: 220, height: 56, margin: 3 };

/**
 * The 24 hours at a glance: the count as a line over the band of what the account usually sees
 * (the same band as the Metrics chart, so one picture means one thing across screens).
 * Decorative: the card states the same figures in words, so the drawing is hidden from assistive
 * technology.
 */
export function HeadlineSparkline({ points }: { points: readonly HourPoint[] }) {
  const { line, bands } = useMemo(() => sparklinePaths(points, BOX), [points]);
  return (
    <div className="home-sparkline" aria-hidden="true">
      <svg width={BOX.width} height={BOX.height} viewBox={`0 0 ${BOX.width} ${BOX.height}`} focusable="false">
        {bands.map((band, index) => (
          <path key={index} className="home-sparkline__band" d={band} />
        ))}
        <path className="home-sparkline__line" d={line} />
      </svg>
    </div>
  );
}
