import { describe, expect, it } from 'vitest';
import { addRanges, memberCost, missingRange } from '../../../main/alerts/incident-cost';
import { advanceMonitor } from '../../../main/detection/monitor';
import type { HourCount, MonitorState } from '../../../main/detection/monitor-types';

const HOUR = 3600;
const START = Date.parse('2026-10-01T00:00:00Z') / 1000;
const DROP_AT = START + 21 * 24 * HOUR;
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** Three steady weeks of 60 an hour (a slight, known wobble), then the metric keeps `share` of it until `until`. */
function hours(to: number, share: number, until = Infinity): HourCount[] {
  const out: HourCount[] = [];
  for (let t = START; t < to; t += HOUR) {
    const normal = 60 + ((t / HOUR) % 2 === 0 ? 3 : -3);
    out.push({ start: t, count: t >= DROP_AT && t < until ? Math.round(normal * share) : normal });
  }
  return out;
}

/** What the series truly missed between two instants: the normal count less what came in. */
function trulyMissing(series: readonly HourCount[], from: number, to: number): number {
  return series.filter((h) => h.start >= from && h.start < to).reduce((sum, h) => sum + (60 + ((h.start / HOUR) % 2 === 0 ? 3 : -3)) - h.count, 0);
}

function monitorOver(series: HourCount[], watermark: number): MonitorState {
  return advanceMonitor(null, series, { timezone: 'UTC', sensitivity: 'normal', watermark, now: watermark, metric: 'Placed Order', integration: 'Shopify' }).state;
}

describe('incident cost: events that did not come in', () => {
  it('counts an ongoing outage hour by hour, with a range around a known truth', () => {
    const watermark = DROP_AT + 6 * HOUR;
    const series = hours(watermark, 0);
    const cost = memberCost({ start: iso(DROP_AT), resolvedAt: null }, monitorOver(series, watermark), null)!;
    const truth = trulyMissing(series, DROP_AT, watermark);
    expect(truth).toBe(360);
    expect(cost.observed).toBe(0);
    expect(cost.through).toBe(watermark);
    expect(Math.abs(cost.missingEvents.estimate - truth) / truth).toBeLessThan(0.05);
    expect(cost.missingEvents.low).toBeLessThanOrEqual(truth);
    expect(cost.missingEvents.high).toBeGreaterThanOrEqual(truth);
    expect(cost.missingEvents.low).toBeLessThan(cost.missingEvents.estimate);
  });

  it('counts a partial drop as the share that is missing, not the whole', () => {
    const watermark = DROP_AT + 8 * HOUR;
    const series = hours(watermark, 0.3);
    const cost = memberCost({ start: iso(DROP_AT), resolvedAt: null }, monitorOver(series, watermark), null)!;
    const truth = trulyMissing(series, DROP_AT, watermark);
    expect(truth).toBeGreaterThan(320);
    expect(truth).toBeLessThan(350);
    expect(cost.missingEvents.low).toBeLessThanOrEqual(truth);
    expect(cost.missingEvents.high).toBeGreaterThanOrEqual(truth);
    expect(cost.observed).toBeGreaterThan(0);
  });

  it('stops at recovery: the hours after it add nothing', () => {
    const recovered = DROP_AT + 4 * HOUR;
    const watermark = DROP_AT + 12 * HOUR;
    const series = hours(watermark, 0, recovered);
    const cost = memberCost({ start: iso(DROP_AT), resolvedAt: iso(recovered) }, monitorOver(series, watermark), null)!;
    expect(cost.through).toBe(recovered);
    const truth = trulyMissing(series, DROP_AT, recovered);
    expect(truth).toBe(240);
    expect(cost.missingEvents.low).toBeLessThanOrEqual(truth);
    expect(cost.missingEvents.high).toBeGreaterThanOrEqual(truth);
  });

  it('prices missing orders at the metric’s own usual value per order', () => {
    const watermark = DROP_AT + 5 * HOUR;
    const series = hours(watermark, 0);
    // 100 orders worth 8,600 before the drop: 86 an order; nothing came in since.
    const cost = memberCost({ start: iso(DROP_AT), resolvedAt: null }, monitorOver(series, watermark), { spanValue: 0, baselineCount: 100, baselineValue: 8600 })!;
    expect(cost.missingValue!.estimate).toBeCloseTo(cost.expected * 86, 0);
    expect(cost.missingValue!.low).toBeLessThan(cost.missingValue!.estimate);
    expect(cost.missingValue!.high).toBeGreaterThan(cost.missingValue!.estimate);
    // Without a history of values there is no price to put on it.
    expect(memberCost({ start: iso(DROP_AT), resolvedAt: null }, monitorOver(series, watermark), { spanValue: 0, baselineCount: 0, baselineValue: 0 })!.missingValue).toBeNull();
  });

  it('is null when the monitor no longer holds the span, so the last estimate is kept', () => {
    const watermark = DROP_AT + 3 * HOUR;
    const monitor = monitorOver(hours(watermark, 0), watermark);
    expect(memberCost({ start: iso(START - 30 * 24 * HOUR), resolvedAt: null }, monitor, null)).toBeNull();
  });
});

describe('missing ranges', () => {
  it('never go below zero, and a span above its expectation missed nothing', () => {
    expect(missingRange(100, 140, 0)).toEqual({ estimate: 0, low: 0, high: 0 });
    const range = missingRange(100, 0, 0);
    expect(range.estimate).toBe(100);
    expect(range.low).toBeCloseTo(100 - 1.645 * 10, 1);
    expect(range.high).toBeCloseTo(100 + 1.645 * 10, 1);
  });

  it('widen with the metric’s fitted over-dispersion', () => {
    expect(missingRange(100, 0, 0.05).high - missingRange(100, 0, 0.05).low).toBeGreaterThan(missingRange(100, 0, 0).high - missingRange(100, 0, 0).low);
  });

  it('add up member by member', () => {
    expect(addRanges([{ estimate: 1, low: 0.5, high: 2 }, { estimate: 3, low: 2, high: 4 }])).toEqual({ estimate: 4, low: 2.5, high: 6 });
  });
});
