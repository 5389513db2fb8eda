import { DateTime, type DurationLike } from 'luxon';
import type { TimeWindow } from './chart-range';

/** Tick spacings from an hour to a quarter, each starting on a round boundary of the account's clock. */
const steps: { size: number; step: DurationLike; unit: 'hour' | 'day' | 'month'; every: number; kind: TickKind }[] = [
  { size: 3_600_000, step: { hours: 1 }, unit: 'hour', every: 1, kind: 'time' },
  { size: 3 * 3_600_000, step: { hours: 3 }, unit: 'hour', every: 3, kind: 'time' },
  { size: 6 * 3_600_000, step: { hours: 6 }, unit: 'hour', every: 6, kind: 'time' },
  { size: 12 * 3_600_000, step: { hours: 12 }, unit: 'hour', every: 12, kind: 'time' },
  { size: 86_400_000, step: { days: 1 }, unit: 'day', every: 1, kind: 'weekday' },
  { size: 2 * 86_400_000, step: { days: 2 }, unit: 'day', every: 2, kind: 'weekday' },
  { size: 7 * 86_400_000, step: { days: 7 }, unit: 'day', every: 7, kind: 'date' },
  { size: 14 * 86_400_000, step: { days: 14 }, unit: 'day', every: 14, kind: 'date' },
  { size: 30 * 86_400_000, step: { months: 1 }, unit: 'month', every: 1, kind: 'month' },
  { size: 91 * 86_400_000, step: { months: 3 }, unit: 'month', every: 3, kind: 'month' },
  { size: 365 * 86_400_000, step: { months: 12 }, unit: 'month', every: 12, kind: 'month' },
];

/** How a tick reads: a time of day, a weekday and date, a date, or a month. */
export type TickKind = 'time' | 'weekday' | 'date' | 'month';

/**
 * Axis ticks at round moments of the account's clock (midnights, month starts, every third
 * hour), at most `maxTicks` of them. The chart's own time scale would round on the computer's
 * clock instead, which puts ticks at odd hours when the two timezones differ.
 */
export function chartTicks(window: TimeWindow, timezone: string, maxTicks = 8): { ticks: number[]; kind: TickKind } {
  const span = window.to - window.from;
  const choice = steps.find((s) => span / s.size <= maxTicks) ?? steps[steps.length - 1]!;
  const ticks: number[] = [];
  for (let t = firstTick(DateTime.fromMillis(window.from, { zone: timezone }), choice); t.toMillis() <= window.to; t = t.plus(choice.step)) {
    if (t.toMillis() >= window.from) ticks.push(t.toMillis());
  }
  return { ticks, kind: choice.kind };
}

/** The round moment at or before `from` the ticks count from: a multiple of the step, a Monday, a quarter's first day. */
function firstTick(from: DateTime, choice: (typeof steps)[number]): DateTime {
  if (choice.unit === 'hour') {
    const hour = from.startOf('hour');
    return hour.set({ hour: Math.floor(hour.hour / choice.every) * choice.every });
  }
  if (choice.unit === 'day') return choice.every >= 7 ? from.startOf('week') : from.startOf('day');
  const month = from.startOf('month');
  return month.set({ month: Math.floor((month.month - 1) / choice.every) * choice.every + 1 });
}
