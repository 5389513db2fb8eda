import { describe, expect, it } from 'vitest';
import { bucketStartsOf, seriesWithExpected } from '../../../../renderer/lib/series-with-expected';

const hour = 3_600_000;
const t0 = Date.parse('2026-11-20T00:00:00Z');
const at = (i: number) => new Date(t0 + i * hour).toISOString();
const point = (i: number, count: number) => ({ start: at(i), count, sumValue: 0, unique: 0 });

describe('seriesWithExpected', () => {
  const grid = [0, 1, 2, 3].map((i) => t0 + i * hour);

  it('gives every bucket of the grid, in its order, with what the cache and the detector lack as null', () => {
    const rows = seriesWithExpected(grid, [point(3, 7), point(0, 5), point(2, 0)], [
      { start: at(0), expected: 6.5 },
      { start: at(1), expected: null },
      { start: at(2), expected: 4 },
    ]);
    expect(rows).toEqual([
      { t: grid[0], count: 5, expected: 6.5 },
      { t: grid[1], count: null, expected: null },
      { t: grid[2], count: 0, expected: 4 },
      { t: grid[3], count: 7, expected: null },
    ]);
  });

  it('leaves out points outside the grid', () => {
    expect(seriesWithExpected(grid.slice(0, 1), [point(0, 1), point(9, 2)], [{ start: at(8), expected: 3 }])).toEqual([
      { t: grid[0], count: 1, expected: null },
    ]);
  });

  it('matches the same instant written with another offset', () => {
    const rows = seriesWithExpected([t0], [{ start: '2026-11-20T01:00:00+01:00', count: 3, sumValue: 0, unique: 3 }], [{ start: at(0), expected: 5 }]);
    expect(rows).toEqual([{ t: t0, count: 3, expected: 5 }]);
  });
});

describe('bucketStartsOf', () => {
  it('is every bucket either side names, once, oldest first, unreadable starts left out', () => {
    expect(
      bucketStartsOf([point(2, 1), point(0, 1), { start: 'not a date', count: 1, sumValue: 0, unique: 1 }], [
        { start: at(1), expected: 2 },
        { start: '2026-11-20T01:00:00+01:00', expected: 2 },
      ]),
    ).toEqual([t0, t0 + hour, t0 + 2 * hour]);
  });
});
