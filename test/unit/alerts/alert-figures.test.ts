import { describe, expect, it } from 'vitest';
import { alertFigures, percentBelow } from '../../../main/alerts/alert-figures';
import type { AlertRecord } from '../../../main/db/repositories/alerts-repository';
import { advanceMonitor, expectedAt } from '../../../main/detection/monitor';
import type { HourCount, MonitorContext, MonitorState } from '../../../main/detection/monitor-types';

const HOUR = 3600;
const START = Date.parse('2026-10-01T00:00:00Z') / 1000;
const DROP_AT = START + 21 * 24 * HOUR;
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** Three steady weeks, then the metric keeps 20% of its activity. */
function hours(from: number, to: number): HourCount[] {
  const out: HourCount[] = [];
  for (let t = from; t < to; t += HOUR) out.push({ start: t, count: t >= DROP_AT ? 12 : 60 });
  return out;
}

function context(watermark: number): MonitorContext {
  return { timezone: 'UTC', sensitivity: 'normal', watermark, now: watermark, metric: 'Added to Cart', integration: 'Shopify' };
}

/** Feeds the monitor up to `until` and returns the alert it fired, as the lifecycle stores it. */
function fire(until: number): { state: MonitorState; alert: AlertRecord } {
  const result = advanceMonitor(null, hours(START, until), context(until));
  const event = result.events.find((candidate) => candidate.type === 'fired');
  if (!event || event.type !== 'fired') throw new Error('the drop did not fire');
  const alert: AlertRecord = {
    id: 'a1',
    accountId: 'acc',
    metricId: 'm1',
    kind: 'count-down',
    state: 'active',
    start: iso(event.start),
    firedAt: iso(event.firedAt),
    resolvedAt: null,
    expected: event.expected,
    observed: event.observed,
    depth: event.depth,
    probability: event.probability,
    dismissedAt: null,
    snoozedUntil: null,
  };
  return { state: result.state, alert };
}

describe('alertFigures: "now" and "when it fired" for one alert', () => {
  it('gives the same reading for both at the moment the alert fires', () => {
    const { state, alert } = fire(DROP_AT + 3 * HOUR);
    const figures = alertFigures(alert, { kind: 'count-down', state });
    expect(figures.fired).toEqual({
      observed: alert.observed,
      expected: alert.expected,
      percentBelow: Math.round(alert.depth * 100),
      through: iso(Date.parse(alert.firedAt) / 1000 + HOUR),
    });
    expect(figures.fired.percentBelow).toBeGreaterThan(50);
    expect(figures.now?.percentBelow).toBe(figures.fired.percentBelow);
    expect(figures.now?.through).toBe(iso(state.nextHour));
  });

  it('carries the evidence of the fired span: its first hour, its length and the detector\'s chance', () => {
    const { state, alert } = fire(DROP_AT + 3 * HOUR);
    const figures = alertFigures(alert, { kind: 'count-down', state });
    const hours = (Date.parse(alert.firedAt) - Date.parse(alert.start)) / 3_600_000 + 1;
    expect(figures.evidence).toEqual({ start: alert.start, hours, probability: alert.probability });
    expect(alert.probability).toBeGreaterThan(0);
    expect(alert.probability).toBeLessThan(1e-4);
    // An alert stored before the detector stated its chance shows no sentence.
    expect(alertFigures({ ...alert, probability: null }, { kind: 'count-down', state }).evidence).toBeNull();
  });

  it('extends "now" over the hours judged since, against the predictions the chart draws, and keeps "when it fired" frozen', () => {
    const { state: atFire, alert } = fire(DROP_AT + 3 * HOUR);
    const firedAt = Date.parse(alert.firedAt) / 1000;
    // Activity comes half back for five hours, the drop still open.
    const later = Array.from({ length: 5 }, (_, i) => ({ start: atFire.nextHour + i * HOUR, count: 36 }));
    const until = atFire.nextHour + 5 * HOUR;
    const { state } = advanceMonitor(structuredClone(atFire), later, context(until));
    const figures = alertFigures(alert, { kind: 'count-down', state });

    let observed = 0;
    let expected = 0;
    const counts = new Map([...hours(START, DROP_AT + 3 * HOUR), ...later].map((h) => [h.start, h.count]));
    for (let t = Date.parse(alert.start) / 1000; t < until; t += HOUR) {
      observed += counts.get(t) ?? 0;
      expected += expectedAt(state, t) ?? 0;
    }
    expect(figures.now).toEqual({ observed, expected: Math.round(expected * 100) / 100, percentBelow: percentBelow(observed, expected), through: iso(until) });
    expect(figures.now!.percentBelow).toBeLessThan(figures.fired.percentBelow);
    expect(figures.fired.through).toBe(iso(firedAt + HOUR));
  });

  it('has no "now" once the drop has ended, or without the monitor', () => {
    const { state, alert } = fire(DROP_AT + 3 * HOUR);
    expect(alertFigures({ ...alert, state: 'resolved' }, { kind: 'count-down', state }).now).toBeNull();
    expect(alertFigures(alert, null).now).toBeNull();
    expect(alertFigures(alert, null).fired.percentBelow).toBe(Math.round(alert.depth * 100));
  });

  it('rounds the missing share once, never to "-0"', () => {
    expect(percentBelow(12, 60)).toBe(80);
    expect(percentBelow(0, 0)).toBe(100);
    expect(Object.is(percentBelow(60.1, 60), 0)).toBe(true);
    expect(percentBelow(90, 60)).toBe(-50);
  });
});
