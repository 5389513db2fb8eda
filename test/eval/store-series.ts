import { DateTime } from 'luxon';
import type { HourCount } from '../../main/detection/monitor-types';
import { seededRandom } from './random';

/**
 * A store's hourly event counts: a daily curve and a weekly rhythm in the account's local time,
 * a day-to-day wobble, an optional trend, negative-binomial noise per hour, and modifiers
 * (drops, peaks, blips) that multiply the rate over a span.
 */
export interface RateModifier {
  /** Epoch seconds, inclusive. */
  from: number;
  /** Epoch seconds, exclusive; null = to the end. */
  to: number | null;
  factor: number;
}

export interface StoreSeriesSpec {
  seed: number;
  timezone: string;
  /** Local date of the first day, `YYYY-MM-DD`. */
  startDate: string;
  days: number;
  /** Mean events per hour over a week. */
  rate: number;
  /** Per-hour over-dispersion (negative binomial alpha). */
  hourlyDispersion?: number;
  /** Standard deviation of the day-to-day multiplicative wobble. */
  dailyNoise?: number;
  /** Rate multiplier per day (1.01 = +1% a day). */
  dailyGrowth?: number;
  modifiers?: RateModifier[];
}

export interface StoreSeries {
  hours: HourCount[];
  /** The rate before modifiers, per hour (what a perfect baseline would expect). */
  baseMean: number[];
  /** The rate after modifiers. */
  mean: number[];
}

// Orders by local hour: quiet nights, a lunch bump, an evening peak (normalized to mean 1 below).
const DAILY = [0.3, 0.18, 0.12, 0.1, 0.1, 0.15, 0.3, 0.55, 0.85, 1.05, 1.2, 1.3, 1.35, 1.3, 1.25, 1.2, 1.25, 1.35, 1.5, 1.65, 1.7, 1.5, 1.05, 0.6];
const DAILY_MEAN = DAILY.reduce((a, b) => a + b, 0) / 24;
// Monday..Sunday.
const WEEKLY = [1.05, 1.0, 1.0, 1.02, 0.95, 0.88, 1.1];

export function localTime(timezone: string, date: string, hour: number, dayOffset = 0): number {
  return DateTime.fromISO(date, { zone: timezone }).plus({ days: dayOffset }).set({ hour }).toSeconds();
}

export function generateStoreSeries(spec: StoreSeriesSpec): StoreSeries {
  const random = seededRandom(spec.seed);
  const start = DateTime.fromISO(spec.startDate, { zone: spec.timezone }).startOf('day').toSeconds();
  const end = DateTime.fromISO(spec.startDate, { zone: spec.timezone }).plus({ days: spec.days }).startOf('day').toSeconds();
  const hours: HourCount[] = [];
  const baseMean: number[] = [];
  const mean: number[] = [];
  const dayFactor = new Map<number, number>();
  for (let t = start; t < end; t += 3600) {
    const local = DateTime.fromSeconds(t, { zone: spec.timezone });
    const dayIndex = Math.floor((t - start) / 86_400);
    if (!dayFactor.has(dayIndex)) dayFactor.set(dayIndex, Math.exp((spec.dailyNoise ?? 0.06) * random.normal()));
    // Weekends start later: mornings are quieter, evenings a little busier.
    const weekend = local.weekday >= 6;
    const shape = (DAILY[local.hour]! / DAILY_MEAN) * (weekend && local.hour >= 6 && local.hour <= 10 ? 0.7 : weekend && local.hour >= 19 ? 1.1 : 1);
    const growth = Math.pow(spec.dailyGrowth ?? 1, (t - start) / 86_400);
    const base = spec.rate * shape * WEEKLY[local.weekday - 1]! * growth * dayFactor.get(dayIndex)!;
    let modified = base;
    for (const modifier of spec.modifiers ?? []) {
      if (t >= modifier.from && (modifier.to === null || t < modifier.to)) modified *= modifier.factor;
    }
    baseMean.push(base);
    mean.push(modified);
    hours.push({ start: t, count: random.negativeBinomial(modified, spec.hourlyDispersion ?? 0.02) });
  }
  return { hours, baseMean, mean };
}
