import { DISPERSION, DISPERSION_WINDOWS, RING_HOURS, SPIKE_DAY } from './detection-thresholds';
import { FLAG_INCIDENT, FLAG_ORDINARY, FLAG_SPIKE, hoursFed, median, oldestHeldIndex } from './monitor-ring';
import { exceedsSpikeWith } from './monitor-spike';
import type { MonitorState } from './monitor-types';

const DAY_WINDOW = DISPERSION_WINDOWS.indexOf(24);

interface HeldDay {
  /** Hour indexes [from, to) of the local day's held hours. */
  from: number;
  to: number;
  weekday: number;
  /** Events in the day's hours outside incidents. */
  count: number;
  /** The same hours' weight on the average day's hour-of-day curve (an average full day sums to 24). */
  weight: number;
}

/**
 * Campaign and sale days, judged after the fact as whole local days. The live test judges single
 * hours, and a day-long campaign at a modest rate (the demo's sale email, 1.8 times a normal day
 * at a dozen orders an hour) never clears it hour by hour, yet as a day it is far outside
 * anything ordinary. Kept in the baseline it taught the weekly shape that its weekday is busy, so
 * the same weekday of the next weeks was expected far busier and looked like a drop.
 *
 * A day is a spike when its events, against the average day's hour-of-day curve, clear the spike
 * test (1.5 times and 4 deviations of the day-long window) against the median of the days around
 * it, and also against the median of the same weekday in the other weeks held, if any: a weekday
 * that is busy every week is the store's rhythm, not a campaign. Medians, so the campaign days
 * themselves cannot raise their own reference. Its ordinary hours are flagged as spike hours.
 */
export function flagSpikeDays(state: MonitorState): void {
  const days = heldDays(state);
  const usable = days.filter((day) => day.weight >= SPIKE_DAY.minDayShare * 24);
  if (usable.length < SPIKE_DAY.minNeighbours + 1) return;
  const ratio = (day: HeldDay) => day.count / day.weight;
  const alpha = state.dispersion[DAY_WINDOW] ?? DISPERSION.initial;
  const hoursPerDay = 24;
  for (const day of usable) {
    const around = usable.filter((other) => other !== day && Math.abs(other.from - day.from) <= SPIKE_DAY.neighbourDays * hoursPerDay + 1);
    if (around.length < SPIKE_DAY.minNeighbours) continue;
    if (!exceedsSpikeWith(day.count, median(around.map(ratio)) * day.weight, alpha)) continue;
    const sameWeekday = usable.filter((other) => other !== day && other.weekday === day.weekday);
    if (sameWeekday.length > 0 && !exceedsSpikeWith(day.count, median(sameWeekday.map(ratio)) * day.weight, alpha)) continue;
    for (let index = day.from; index < day.to; index += 1) {
      const pos = index % RING_HOURS;
      if (state.ring.flag[pos] === FLAG_ORDINARY) state.ring.flag[pos] = FLAG_SPIKE;
    }
    state.lastFlaggedIndex = Math.max(state.lastFlaggedIndex, day.to - 1);
  }
}

/**
 * The local days the ring holds, oldest first, with their events outside incidents (spike hours
 * included: a day is judged whole) and the weight of those hours on the hour-of-day curve.
 */
function heldDays(state: MonitorState): HeldDay[] {
  const { ring } = state;
  const end = hoursFed(state);
  const first = oldestHeldIndex(state);
  const byHourSum = new Float64Array(24);
  const byHourN = new Float64Array(24);
  for (let index = first; index < end; index += 1) {
    const pos = index % RING_HOURS;
    if (ring.flag[pos] === FLAG_INCIDENT) continue;
    const hour = (ring.slot[pos] ?? 0) % 24;
    byHourSum[hour]! += ring.count[pos] ?? 0;
    byHourN[hour]! += 1;
  }
  const dayMean = byHourSum.reduce((a, b) => a + b, 0) / 24;
  if (!(dayMean > 0)) return [];
  // Mean events per hour of the day, scaled so an average hour weighs 1; a little pull towards
  // flat so an hour that is almost always empty still has a weight.
  const curve = Array.from({ length: 24 }, (_, h) => {
    const mean = byHourN[h]! > 0 ? byHourSum[h]! / byHourN[h]! : dayMean / 24;
    return (mean + 0.05 * (dayMean / 24)) / (1.05 * (dayMean / 24));
  });

  const days: HeldDay[] = [];
  let current: HeldDay | null = null;
  for (let index = first; index < end; index += 1) {
    const pos = index % RING_HOURS;
    const slot = ring.slot[pos] ?? 0;
    const weekday = Math.floor(slot / 24);
    if (!current || current.weekday !== weekday) {
      if (current) days.push(current);
      current = { from: index, to: index, weekday, count: 0, weight: 0 };
    }
    current.to = index + 1;
    if (ring.flag[pos] === FLAG_INCIDENT) continue;
    current.count += ring.count[pos] ?? 0;
    current.weight += curve[slot % 24]!;
  }
  if (current) days.push(current);
  return days;
}
