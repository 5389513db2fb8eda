import { createLocalHourLookup } from './local-time';
import { poisson, standardNormal, uniform } from './prng';
import { expectedHourlyCount, valueShare } from './rate-model';
import { hourMs } from './time';
import type { SimAccount, SimMetric, World } from './world';

/** One UTC hour of one metric, as seen at `nowMs`. */
export interface HourActivity {
  readonly count: number;
  /** Rounded to cents. */
  readonly sumValue: number;
  /** Distinct profiles; never more than `count`. */
  readonly unique: number;
}

const noActivity: HourActivity = { count: 0, sumValue: 0, unique: 0 };

/**
 * Hourly activity of one metric. Every draw is keyed by (seed, metric id, hour index), so an hour
 * is the same whichever range asked for it and however far the clock has moved since. Hours that
 * have not started are empty. The hour in progress shows the events whose (drawn) minute has
 * passed, so its count only grows until the hour is complete.
 */
export function createHourlyGenerator(world: World, account: SimAccount, metric: SimMetric) {
  const localHour = createLocalHourLookup(account.timezone);
  const model = metric.model;
  const seed = world.seed;

  return function hourActivity(hourIndex: number, nowMs: number): HourActivity {
    const hourStartMs = hourIndex * hourMs;
    if (hourStartMs > nowMs) return noActivity;
    const expected = expectedHourlyCount(world, account, metric, hourStartMs, localHour);
    const fullCount = poisson(expected, seed, metric.id, hourIndex, 'count');
    if (fullCount === 0) return noActivity;

    let count = fullCount;
    if (hourStartMs + hourMs > nowMs) {
      const elapsed = (nowMs - hourStartMs) / hourMs;
      count = 0;
      for (let event = 0; event < fullCount; event += 1) {
        if (uniform(seed, metric.id, hourIndex, 'minute', event) < elapsed) count += 1;
      }
      if (count === 0) return noActivity;
    }
    const late = account.source.lateArrival;
    if (late && nowMs - hourStartMs < late.hours * hourMs) {
      // Each event has its own arrival draw, so an event once visible stays visible: counts only
      // grow as the hour ages, up to the full count when it leaves the late window.
      const visible = 1 - late.delayedShare * (1 - (nowMs - hourStartMs) / (late.hours * hourMs));
      let arrived = 0;
      for (let event = 0; event < count; event += 1) {
        if (uniform(seed, metric.id, hourIndex, 'arrival', event) < visible) arrived += 1;
      }
      count = arrived;
      if (count === 0) return noActivity;
    }

    // One draw per hour for the average value and the share of repeat profiles, so the hour in
    // progress grows in proportion. An incident on the value (a broken discount code) scales the
    // average without a draw of its own: the count and every other hour stay as they were.
    const valueFactor = Math.max(0, 1 + model.valueNoise * standardNormal(seed, metric.id, hourIndex, 'value'));
    const uniqueShare = Math.min(1, model.uniqueRatio * (0.95 + 0.1 * uniform(seed, metric.id, hourIndex, 'unique')));
    return {
      count,
      sumValue: Math.round(count * model.valuePerEvent * valueFactor * valueShare(account, metric, hourStartMs) * 100) / 100,
      unique: Math.min(count, Math.max(1, Math.round(count * uniqueShare))),
    };
  };
}
