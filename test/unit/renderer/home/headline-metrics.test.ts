import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../../shared/domain/metric';
import {
  alignHours,
  headlineWindow,
  pickHeadline,
  summarizeWindow,
  type HourPoint,
} from '../../../../renderer/features/home/headline-metrics';

const metric = (id: string, name: string, integrationName: string | null, patch: Partial<Metric> = {}): Metric => ({
  accountId: 'acc',
  id,
  name,
  integrationName,
  integrationCategory: 'ecommerce',
  created: '2025-01-01T00:00:00Z',
  updated: '2026-11-01T00:00:00Z',
  gone: false,
  ...patch,
});

describe('the 24-hour window', () => {
  it('ends at the last full hour before the anchor and counts 24 hours', () => {
    const window = headlineWindow(Date.parse('2026-11-23T13:33:55Z'), 'UTC');
    expect(window.from).toBe('2026-11-22T13:00:00.000Z');
    expect(window.to).toBe('2026-11-23T13:00:00.000Z');
    expect(window.starts).toHaveLength(24);
    expect(window.starts[0]).toBe(window.from);
    expect(window.starts[23]).toBe('2026-11-23T12:00:00.000Z');
  });

  it('has the account’s hours: in Kathmandu (+05:45) an hour starts at :15 UTC, as the cache’s buckets do', () => {
    const window = headlineWindow(Date.parse('2026-11-23T13:33:55Z'), 'Asia/Kathmandu');
    expect(window.to).toBe('2026-11-23T13:15:00.000Z');
    expect(window.from).toBe('2026-11-22T13:15:00.000Z');
    expect(window.starts[23]).toBe('2026-11-23T12:15:00.000Z');
    const points = alignHours(window, [{ start: '2026-11-23T12:15:00.000Z', count: 7, sumValue: 0, unique: 7 }], []);
    expect(points[23]?.observed).toBe(7);
  });

  it('puts a count of zero where the cache has no row and keeps unknown expectations unknown', () => {
    const window = headlineWindow(Date.parse('2026-11-23T02:00:00Z'), 'UTC');
    const points = alignHours(window, [{ start: '2026-11-23T01:00:00.000Z', count: 5, sumValue: 0, unique: 5 }], [
      { start: '2026-11-23T01:00:00Z', expected: 4 },
    ]);
    expect(points[23]).toEqual({ start: '2026-11-23T01:00:00.000Z', observed: 5, expected: 4 });
    expect(points[0]).toEqual({ start: '2026-11-22T02:00:00.000Z', observed: 0, expected: null });
  });
});

describe('the window summary', () => {
  const hours = (observed: number, expected: number | null, n = 24): HourPoint[] =>
    Array.from({ length: n }, (_, i) => ({ start: new Date(Date.UTC(2026, 10, 23, 0) + i * 3_600_000).toISOString(), observed, expected }));

  it.each([
    ['a drop', hours(3, 10), 72, 240, -0.7],
    ['a steady day', hours(10, 10), 240, 240, 0],
    ['a busier day', hours(12, 10), 288, 240, 0.2],
    ['no expectation yet', hours(10, null), 240, null, null],
    ['an expectation of nothing', hours(0, 0), 0, 0, null],
  ])('%s', (_label, points, observed, expected, change) => {
    const summary = summarizeWindow(points);
    expect(summary.observed).toBe(observed);
    expect(summary.expected).toBe(expected);
    if (change === null) expect(summary.change).toBeNull();
    else expect(summary.change).toBeCloseTo(change, 10);
  });

  it('gives no total when a single hour lacks an expectation, rather than a misleading partial one', () => {
    const points = hours(10, 10);
    points[5] = { ...points[5]!, expected: null };
    expect(summarizeWindow(points).expected).toBeNull();
    expect(summarizeWindow(points).change).toBeNull();
  });
});

describe('the headline metrics', () => {
  const summary = (observed: number) => ({ observed, expected: null, change: null, points: [] });

  it('prefers the integration with recent data (the new platform after a switch)', () => {
    const legacy = { metric: metric('p1', 'Placed Order', 'BigCommerce'), summary: summary(0) };
    const current = { metric: metric('p2', 'Placed Order', 'Shopify'), summary: summary(292) };
    expect(pickHeadline([legacy, current])?.metric.id).toBe('p2');
  });

  it('when all are silent, prefers a metric still listed, then the latest updated', () => {
    const gone = { metric: metric('a', 'Placed Order', 'A', { gone: true, updated: '2026-11-20T00:00:00Z' }), summary: summary(0) };
    const older = { metric: metric('b', 'Placed Order', 'B', { updated: '2026-01-01T00:00:00Z' }), summary: summary(0) };
    const newer = { metric: metric('c', 'Placed Order', 'C', { updated: '2026-10-01T00:00:00Z' }), summary: summary(0) };
    expect(pickHeadline([gone, older, newer])?.metric.id).toBe('c');
    expect(pickHeadline([gone, older])?.metric.id).toBe('b');
    expect(pickHeadline([])).toBeUndefined();
  });
});
