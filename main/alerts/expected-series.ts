import type { Interval } from '../../shared/domain/metric';
import { expectedAt } from '../detection/monitor';
import { hourIndex, oldestHeldIndex, ringPosition } from '../detection/monitor-ring';
import type { MonitorState } from '../detection/monitor-types';
import type { ValueState } from '../detection/value-monitor';
import { addBuckets, bucketStarts, HOUR_SECONDS } from '../../shared/domain/account-time';

/**
 * What the detector expected for each bucket of [from, to), for the chart's expected band: the
 * prediction it made before seeing each hour (so the band shows what a drop was judged against),
 * a day being the sum of its local hours. Buckets the monitor holds no prediction for (older than
 * its six weeks of memory, or not judged yet) are null rather than a guess.
 */
export function expectedSeries(state: MonitorState | null, interval: Interval, from: number, to: number, timezone: string): { start: number; expected: number | null }[] {
  return bucketStarts(from, to, interval, timezone).map((start) => {
    if (!state) return { start, expected: null };
    if (interval === 'hour') return { start, expected: held(state, start) ? expectedAt(state, start) : null };
    const end = addBuckets(start, 'day', 1, timezone);
    let sum = 0;
    for (let t = start; t < end; t += HOUR_SECONDS) {
      if (!held(state, t)) return { start, expected: null };
      sum += expectedAt(state, t) ?? 0;
    }
    return { start, expected: Math.round(sum * 100) / 100 };
  });
}

function held(state: MonitorState, hourStart: number): boolean {
  const index = hourIndex(state, hourStart);
  return index >= oldestHeldIndex(state) && ringPosition(state, index) >= 0;
}

/**
 * The value band of a metric with values: for each hour the value monitor holds, the value its
 * events should have brought (count × the value per event it learnt), a day the sum of its local
 * hours. Null where the monitor holds no such hour or has learnt nothing yet.
 */
export function expectedValueSeries(state: ValueState | null, interval: Interval, from: number, to: number, timezone: string): { start: number; expected: number | null }[] {
  const held = new Map((state?.hours ?? []).map((hour) => [hour.start, hour.count]));
  const perEvent = state?.perEvent ?? null;
  const at = (hourStart: number): number | null => {
    const count = held.get(hourStart);
    return count === undefined || perEvent === null ? null : count * perEvent;
  };
  return bucketStarts(from, to, interval, timezone).map((start) => {
    if (interval === 'hour') {
      const value = at(start);
      return { start, expected: value === null ? null : Math.round(value * 100) / 100 };
    }
    const end = addBuckets(start, 'day', 1, timezone);
    let sum = 0;
    for (let t = start; t < end; t += HOUR_SECONDS) {
      const value = at(t);
      if (value === null) return { start, expected: null };
      sum += value;
    }
    return { start, expected: Math.round(sum * 100) / 100 };
  });
}
