import { DateTime } from 'luxon';
import { advanceMonitor } from '../../../main/detection/monitor';
import type { AdvanceResult, HourCount, MonitorContext, MonitorEvent, MonitorState } from '../../../main/detection/monitor-types';
import type { Sensitivity } from '../../../shared/domain/sensitivity';
import { generateStoreSeries, localTime, type RateModifier, type StoreSeriesSpec } from '../../eval/store-series';

/** Shared helpers for the detection unit tests: seeded stores, and monitors fed the way the app feeds them. */
export const ZONE = 'America/New_York';
export const START_DATE = '2026-01-05';
export const HOUR = 3600;

export function at(localIso: string, zone = ZONE): number {
  return DateTime.fromISO(localIso, { zone }).toSeconds();
}

export function dayHour(day: number, hour: number, zone = ZONE, startDate = START_DATE): number {
  return localTime(zone, startDate, hour, day);
}

export function store(options: Partial<StoreSeriesSpec> & { rate: number; days: number }): HourCount[] {
  return generateStoreSeries({ seed: 7, timezone: ZONE, startDate: START_DATE, ...options }).hours;
}

export function outage(from: number, hours: number | null, factor = 0): RateModifier {
  return { from, to: hours === null ? null : from + hours * HOUR, factor };
}

export function context(watermark: number, overrides: Partial<MonitorContext> = {}): MonitorContext {
  return {
    timezone: ZONE,
    sensitivity: 'normal' as Sensitivity,
    watermark,
    now: watermark,
    metric: 'Placed Order',
    integration: 'Shopify',
    ...overrides,
  };
}

/** All hours in one call, up to the end of the last one. */
export function runAll(hours: readonly HourCount[], overrides: Partial<MonitorContext> = {}): AdvanceResult {
  return advanceMonitor(null, hours, context(hours.at(-1)!.start + HOUR, overrides));
}

/** One call per hour, as a replay (or an app syncing hourly) does; returns the last state and every event. */
export function runHourly(hours: readonly HourCount[], overrides: Partial<MonitorContext> = {}): { state: MonitorState; events: MonitorEvent[] } {
  let state: MonitorState | null = null;
  const events: MonitorEvent[] = [];
  for (const hour of hours) {
    const result = advanceMonitor(state, [hour], context(hour.start + HOUR, overrides));
    state = result.state;
    events.push(...result.events);
  }
  return { state: state!, events };
}

export const fired = (events: readonly MonitorEvent[]) => events.filter((e) => e.type === 'fired');
export const resolved = (events: readonly MonitorEvent[]) => events.filter((e) => e.type === 'resolved');
