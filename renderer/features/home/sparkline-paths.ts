import { expectedBand } from '../../components/charts/expected-band';
import type { HourPoint } from './headline-metrics';

export interface SparklineBox {
  width: number;
  height: number;
  /** Inner margin, so the line's stroke is not clipped at the edges. */
  margin: number;
}

export interface SparklinePaths {
  /** The observed counts, one vertex per hour. */
  line: string;
  /** The usual range around what was expected, one closed shape per run of hours that have it. */
  bands: string[];
}

const fixed = (value: number) => Number(value.toFixed(2));

/**
 * SVG path data for Home's sparklines: the hours laid evenly from left to right, counts from zero
 * at the bottom to the highest count or band edge at the top. Drawn by hand rather than with the
 * charting library: 24 points need no axes or interaction, and Home is the first screen painted.
 */
export function sparklinePaths(points: readonly HourPoint[], box: SparklineBox): SparklinePaths {
  if (points.length === 0) return { line: '', bands: [] };
  const bands = points.map((point) => expectedBand(point.expected));
  const top = Math.max(1, ...points.map((point) => point.observed), ...bands.map((band) => band?.[1] ?? 0));
  const innerWidth = box.width - 2 * box.margin;
  const innerHeight = box.height - 2 * box.margin;
  const x = (index: number) => fixed(box.margin + (points.length === 1 ? innerWidth / 2 : (index / (points.length - 1)) * innerWidth));
  const y = (value: number) => fixed(box.margin + innerHeight - (Math.max(0, value) / top) * innerHeight);

  const line = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index)},${y(point.observed)}`).join('');
  const runs: { index: number; band: [number, number] }[][] = [];
  let run: { index: number; band: [number, number] }[] = [];
  bands.forEach((band, index) => {
    if (band) {
      run.push({ index, band });
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  const shapes = runs
    .filter((stretch) => stretch.length >= 2)
    .map((stretch) => {
      const upper = stretch.map(({ index, band }, i) => `${i === 0 ? 'M' : 'L'}${x(index)},${y(band[1])}`).join('');
      const lower = [...stretch].reverse().map(({ index, band }) => `L${x(index)},${y(band[0])}`).join('');
      return `${upper}${lower}Z`;
    });
  return { line, bands: shapes };
}
