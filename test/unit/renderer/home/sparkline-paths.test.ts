import { describe, expect, it } from 'vitest';
import type { HourPoint } from '../../../../renderer/features/home/headline-metrics';
import { sparklinePaths } from '../../../../renderer/features/home/sparkline-paths';

const box = { width: 100, height: 50, margin: 0 };
const hour = (observed: number, expected: number | null): HourPoint => ({ start: '2026-11-23T00:00:00Z', observed, expected });
const vertices = (path: string) => [...path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('sparklinePaths', () => {
  it('lays the hours evenly and scales counts from zero at the bottom to the highest value at the top', () => {
    const { line } = sparklinePaths([hour(0, null), hour(5, null), hour(10, null)], box);
    expect(vertices(line)).toEqual([
      [0, 50],
      [50, 25],
      [100, 0],
    ]);
  });

  it('makes room above for the band when it reaches higher than the counts', () => {
    // Expected 10: the band runs from 8 to 12, so 12 is the top.
    const { line, bands } = sparklinePaths([hour(6, 10), hour(6, 10)], box);
    expect(vertices(line).map(([, y]) => y)).toEqual([25, 25]);
    expect(bands).toHaveLength(1);
    expect(vertices(bands[0]!)).toEqual([
      [0, 0],
      [100, 0],
      [100, 16.67],
      [0, 16.67],
    ]);
    expect(bands[0]!.endsWith('Z')).toBe(true);
  });

  it('breaks the band where an hour has no expectation, and draws no band for a lone hour', () => {
    const { bands } = sparklinePaths([hour(1, 5), hour(1, 5), hour(1, null), hour(1, 5), hour(1, null), hour(1, 5), hour(1, 5), hour(1, 5)], box);
    expect(bands.map((band) => vertices(band).length)).toEqual([4, 6]);
  });

  it('draws nothing for no hours, and a flat line at the bottom for hours with no events', () => {
    expect(sparklinePaths([], box)).toEqual({ line: '', bands: [] });
    expect(vertices(sparklinePaths([hour(0, null), hour(0, null)], box).line).map(([, y]) => y)).toEqual([50, 50]);
  });
});
