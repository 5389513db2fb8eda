import { describe, expect, it } from 'vitest';
import { CHART_POINT_LIMIT, downsampleForChart } from '../../../../renderer/components/charts/downsample-series';
import { expectedBand } from '../../../../renderer/components/charts/expected-band';

interface P {
  t: number;
  v: number;
}

/** A year of hours with a daily rhythm. */
function yearOfHours(): P[] {
  return Array.from({ length: 8760 }, (_, i) => ({ t: i * 3_600_000, v: 50 + 30 * Math.sin((i / 24) * 2 * Math.PI) }));
}

const x = (p: P) => p.t;
const y = (p: P) => p.v;

describe('downsampleForChart (LTTB)', () => {
  it('leaves a series at or under the limit untouched', () => {
    const points = yearOfHours().slice(0, CHART_POINT_LIMIT);
    expect(downsampleForChart(points, x, y)).toBe(points);
  });

  it('thins a year of hours to the limit, keeping the first and last points, in time order', () => {
    const points = yearOfHours();
    const thinned = downsampleForChart(points, x, y);
    expect(thinned).toHaveLength(CHART_POINT_LIMIT);
    expect(thinned[0]).toBe(points[0]);
    expect(thinned.at(-1)).toBe(points.at(-1));
    for (let i = 1; i < thinned.length; i++) expect(thinned[i]!.t).toBeGreaterThan(thinned[i - 1]!.t);
  });

  it('keeps a one-hour spike and a one-hour outage that averaging would flatten', () => {
    const points = yearOfHours().map((p) => ({ ...p, v: 50 }));
    points[4321] = { t: points[4321]!.t, v: 900 };
    points[6000] = { t: points[6000]!.t, v: 0 };
    const thinned = downsampleForChart(points, x, y, 200);
    expect(thinned).toHaveLength(200);
    expect(thinned).toContain(points[4321]);
    expect(thinned).toContain(points[6000]);
  });

  it('returns the original objects, so each drawn point keeps its other fields', () => {
    const points = yearOfHours().map((p, i) => ({ ...p, id: i }));
    const thinned = downsampleForChart(points, x, y, 100);
    for (const point of thinned) expect(points[point.id]).toBe(point);
  });
});

describe('expectedBand', () => {
  it('spans 80% to 120% of expected, never below zero', () => {
    expect(expectedBand(100)).toEqual([80, 120]);
    expect(expectedBand(0)).toEqual([0, 0]);
    expect(expectedBand(10, 1.5)).toEqual([0, 25]);
  });

  it('has no band where nothing was expected', () => {
    expect(expectedBand(null)).toBeNull();
    expect(expectedBand(Number.NaN)).toBeNull();
  });
});
