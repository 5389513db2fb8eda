import { describe, expect, it } from 'vitest';
import { buildSeriesRows } from '../../../../renderer/features/metrics/series-rows';

const hour = 3_600_000;
const t0 = Date.parse('2026-11-20T00:00:00Z');
const at = (i: number) => new Date(t0 + i * hour).toISOString();
const point = (i: number, count: number) => ({ start: at(i), count, sumValue: 0, unique: 0 });

describe('buildSeriesRows', () => {
  const grid = [0, 1, 2, 3].map((i) => t0 + i * hour);

  it('puts every bucket of the grid in order, with gaps as null rather than skipped', () => {
    const rows = buildSeriesRows(grid, [point(0, 5), point(2, 0), point(3, 7)], [
      { start: at(0), expected: 6.5 },
      { start: at(1), expected: null },
      { start: at(2), expected: 4 },
    ]);
    expect(rows).toEqual([
      { t: grid[0], count: 5, expected: 6.5, previous: null },
      { t: grid[1], count: null, expected: null, previous: null },
      { t: grid[2], count: 0, expected: 4, previous: null },
      { t: grid[3], count: 7, expected: null, previous: null },
    ]);
  });

  it('ignores points outside the grid', () => {
    expect(buildSeriesRows(grid.slice(0, 1), [point(0, 1), point(9, 2)], [])).toHaveLength(1);
  });

  it('aligns the previous period by position', () => {
    const previousGrid = [-4, -3, -2, -1].map((i) => t0 + i * hour);
    const rows = buildSeriesRows(grid, [], [], { grid: previousGrid, series: [point(-4, 10), point(-1, 40)] });
    expect(rows.map((r) => r.previous)).toEqual([10, null, null, 40]);
  });

  it('leaves the previous value null past the end of a shorter previous grid', () => {
    const rows = buildSeriesRows(grid, [], [], { grid: [t0 - hour], series: [point(-1, 3)] });
    expect(rows.map((r) => r.previous)).toEqual([3, null, null, null]);
  });
});
