import { describe, expect, it } from 'vitest';
import { chartTotals, chartWindow, mergeChartPoints } from '../../../../renderer/features/flows/trigger-chart-data';

describe('trigger chart data', () => {
  it('covers the last seven days up to the end of the current hour', () => {
    expect(chartWindow(new Date('2025-03-10T14:25:00Z'), 'UTC')).toEqual({
      from: '2025-03-03T15:00:00.000Z',
      to: '2025-03-10T15:00:00.000Z',
    });
    expect(chartWindow(new Date('2025-03-10T14:00:00Z'), 'UTC').to).toBe('2025-03-10T15:00:00.000Z');
  });

  it('ends with the account’s hour under way: in Kathmandu (+05:45) hours start at :15 UTC', () => {
    expect(chartWindow(new Date('2025-03-10T14:25:00Z'), 'Asia/Kathmandu')).toEqual({
      from: '2025-03-03T15:15:00.000Z',
      to: '2025-03-10T15:15:00.000Z',
    });
  });

  it('joins counts and expectations by bucket, leaving unknowns empty rather than zero', () => {
    const points = mergeChartPoints(
      [
        { start: '2025-03-10T01:00:00.000Z', count: 4, sumValue: 0, unique: 4 },
        { start: '2025-03-10T00:00:00.000Z', count: 7, sumValue: 0, unique: 6 },
      ],
      [
        { start: '2025-03-10T00:00:00.000Z', expected: 8.5 },
        { start: '2025-03-10T01:00:00.000Z', expected: null },
        { start: '2025-03-10T02:00:00.000Z', expected: 9 },
      ],
    );
    expect(points).toEqual([
      { time: Date.parse('2025-03-10T00:00:00Z'), count: 7, expected: 8.5 },
      { time: Date.parse('2025-03-10T01:00:00Z'), count: 4, expected: null },
      { time: Date.parse('2025-03-10T02:00:00Z'), count: null, expected: 9 },
    ]);
  });

  it('matches the same instant written with another offset', () => {
    const points = mergeChartPoints(
      [{ start: '2025-03-10T01:00:00+01:00', count: 3, sumValue: 0, unique: 3 }],
      [{ start: '2025-03-10T00:00:00.000Z', expected: 5 }],
    );
    expect(points).toEqual([{ time: Date.parse('2025-03-10T00:00:00Z'), count: 3, expected: 5 }]);
  });

  it('compares with the expectation only over the hours the detector judged', () => {
    expect(
      chartTotals([
        { time: 0, count: 10, expected: 30 },
        { time: 1, count: 5, expected: null },
        { time: 2, count: null, expected: 12 },
        { time: 3, count: 2, expected: 9.6 },
      ]),
    ).toEqual({ observed: 17, judged: { observed: 12, expected: 40 } });
    expect(chartTotals([{ time: 0, count: 3, expected: null }])).toEqual({ observed: 3, judged: null });
    expect(chartTotals([])).toEqual({ observed: 0, judged: null });
  });
});
