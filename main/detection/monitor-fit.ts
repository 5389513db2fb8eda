import { FIT, LEVEL_DAYS, RING_HOURS, SPIKE_JUDGED_FROM_HOURS } from './detection-thresholds';
import { HOURS_PER_WEEK } from './local-clock';
import { FLAG_ORDINARY, FLAG_SPIKE, hoursFed, median, oldestHeldIndex, round6 } from './monitor-ring';
import { exceedsSpike } from './monitor-spike';
import { flagSpikeDays } from './monitor-spike-days';
import type { MonitorState } from './monitor-types';

/**
 * Refits the baseline (weekly shape if asked, then level) from the hours the ring holds, leaving
 * out incident hours (drop episodes) and spike hours (campaigns, holiday peaks; with the shape,
 * first-week hours and whole campaign days are judged again after the fact). Runs once per
 * local day, and when an episode starts (its hours become incident hours retroactively). Mutates
 * the working copy it is given.
 */
export function refitBaseline(state: MonitorState, withShape: boolean): void {
  if (withShape) {
    flagEarlySpikes(state);
    flagSpikeDays(state);
  }
  const shape = withShape ? fitShape(state) : null;
  if (shape) state.shape = shape;
  const level = fitLevel(state, state.shape);
  if (level !== null) state.level = level;
  state.fitted = true;
}

/**
 * Spikes from the monitor's first week, flagged after the fact. Live, an hour is judged a spike
 * only once the baseline has seen a week; a sale in the first week was kept as ordinary and taught
 * the shape that its weekday is busy, for as long as the ring held it. Once two weeks are in,
 * the same hours of the later weeks (judged live, so free of flagged spikes) are a baseline the
 * sale cannot have moved: a first-week hour far above their median, at today's level, by the live
 * test (1.5 times and 4 deviations) is flagged as a spike.
 */
function flagEarlySpikes(state: MonitorState): void {
  const { ring } = state;
  const end = hoursFed(state);
  const first = oldestHeldIndex(state);
  if (first >= SPIKE_JUDGED_FROM_HOURS || end < SPIKE_JUDGED_FROM_HOURS + HOURS_PER_WEEK || !(state.level > 0)) return;
  const later: number[][] = Array.from({ length: HOURS_PER_WEEK }, () => []);
  for (let index = SPIKE_JUDGED_FROM_HOURS; index < end; index += 1) {
    const pos = index % RING_HOURS;
    const level = ring.level[pos] ?? 0;
    if (ring.flag[pos] === FLAG_ORDINARY && level > 0) later[ring.slot[pos] ?? 0]!.push((ring.count[pos] ?? 0) / level);
  }
  for (let index = first; index < SPIKE_JUDGED_FROM_HOURS; index += 1) {
    const pos = index % RING_HOURS;
    const ratios = later[ring.slot[pos] ?? 0]!;
    if (ring.flag[pos] !== FLAG_ORDINARY || ratios.length === 0) continue;
    // At today's level: the level held then was a running mean that the sale itself had raised.
    if (exceedsSpike(state, ring.count[pos] ?? 0, median(ratios) * state.level)) {
      ring.flag[pos] = FLAG_SPIKE;
      state.lastFlaggedIndex = Math.max(state.lastFlaggedIndex, index);
    }
  }
}

/**
 * The shape of the week, shrunk where the data are thin. Each hour-of-week slot has its own
 * estimate: its level-normalized rate over the weeks the ring holds (trimmed of its highest and
 * lowest week once there are four). A pooled estimate (hour-of-day curve for weekdays or for
 * weekends, times a day-of-week factor) is far steadier but misses finer interactions. They are
 * mixed by empirical Bayes: each slot's own sampling variance (Poisson plus the week-to-week
 * variation measured across all slots) against the spread of own-vs-pooled differences that
 * sampling does not explain. A quiet metric or a store with a plain weekly rhythm gets a smooth
 * shape; a series with real slot-level structure (taxi rides on Friday nights) keeps it.
 * Returns null when no ordinary hour has a level yet.
 */
function fitShape(state: MonitorState): number[] | null {
  const { ring } = state;
  const slots = HOURS_PER_WEEK;
  const slotCount = new Float64Array(slots);
  const slotLevel = new Float64Array(slots);
  const slotRatios = new Float64Array(slots);
  const slotRatioSquares = new Float64Array(slots);
  const slotN = new Uint16Array(slots);
  const lowRatio = new Float64Array(slots).fill(Infinity);
  const lowCount = new Float64Array(slots);
  const lowLevel = new Float64Array(slots);
  const highRatio = new Float64Array(slots).fill(-Infinity);
  const highCount = new Float64Array(slots);
  const highLevel = new Float64Array(slots);
  const groupCount = new Float64Array(48);
  const groupLevel = new Float64Array(48);
  let totalLevel = 0;

  const end = hoursFed(state);
  for (let index = oldestHeldIndex(state); index < end; index += 1) {
    const pos = index % RING_HOURS;
    if (ring.flag[pos] !== FLAG_ORDINARY) continue;
    const level = ring.level[pos] ?? 0;
    if (level <= 0) continue;
    const count = ring.count[pos] ?? 0;
    const slot = ring.slot[pos] ?? 0;
    const ratio = count / level;
    slotCount[slot]! += count;
    slotLevel[slot]! += level;
    slotRatios[slot]! += ratio;
    slotRatioSquares[slot]! += ratio * ratio;
    slotN[slot]! += 1;
    if (ratio < lowRatio[slot]!) {
      lowRatio[slot] = ratio;
      lowCount[slot] = count;
      lowLevel[slot] = level;
    }
    if (ratio > highRatio[slot]!) {
      highRatio[slot] = ratio;
      highCount[slot] = count;
      highLevel[slot] = level;
    }
    groupCount[groupHour(slot)]! += count;
    groupLevel[groupHour(slot)]! += level;
    totalLevel += level;
  }
  if (totalLevel === 0) return null;

  // Hour-of-day curve over all days (barely pulled towards flat), then one for weekdays and one
  // for weekends pulled towards it, then a factor per day of the week: each prior is worth a few
  // events, so it matters only where the data are thin.
  const byHour = Array.from({ length: 24 }, (_, h) => {
    const count = groupCount[h]! + groupCount[24 + h]!;
    const exposure = groupLevel[h]! + groupLevel[24 + h]!;
    return (count + FIT.curvePrior) / (exposure + FIT.curvePrior);
  });
  const byGroupHour = Array.from(
    { length: 48 },
    (_, g) => (groupCount[g]! + FIT.groupPrior) / (groupLevel[g]! + FIT.groupPrior / byHour[g % 24]!),
  );
  const byDay = Array.from({ length: 7 }, (_, d) => {
    let count = 0;
    let exposure = 0;
    for (let h = 0; h < 24; h += 1) {
      const slot = d * 24 + h;
      count += slotCount[slot]!;
      exposure += slotLevel[slot]! * byGroupHour[groupHour(slot)]!;
    }
    return (count + FIT.groupPrior) / (exposure + FIT.groupPrior);
  });

  // Week-to-week variation beyond Poisson, relative, pooled over slots with two weeks or more.
  let extraSum = 0;
  let extraN = 0;
  for (let slot = 0; slot < slots; slot += 1) {
    const n = slotN[slot]!;
    if (n < 2 || slotCount[slot]! <= 0) continue;
    const mean = slotRatios[slot]! / n;
    const variance = Math.max(0, (slotRatioSquares[slot]! - n * mean * mean) / (n - 1));
    extraSum += variance / (mean * mean) - n / slotCount[slot]!;
    extraN += 1;
  }
  const weekToWeek = extraN > 0 ? Math.max(0, extraSum / extraN) : FIT.defaultWeekToWeek;

  const pooled = new Float64Array(slots);
  const own = new Float64Array(slots);
  const ownVariance = new Float64Array(slots).fill(Infinity);
  let spreadSum = 0;
  let spreadN = 0;
  for (let slot = 0; slot < slots; slot += 1) {
    pooled[slot] = byDay[Math.floor(slot / 24)]! * byGroupHour[groupHour(slot)]!;
    let count = slotCount[slot]!;
    let exposure = slotLevel[slot]!;
    let n = slotN[slot]!;
    if (n >= 4) {
      count -= lowCount[slot]! + highCount[slot]!;
      exposure -= lowLevel[slot]! + highLevel[slot]!;
      n -= 2;
    }
    if (exposure <= 0 || n === 0) continue;
    own[slot] = count / exposure;
    // Relative variance of the own estimate: Poisson on the expected count, plus week-to-week.
    ownVariance[slot] = 1 / Math.max(pooled[slot]! * exposure, 1e-9) + weekToWeek / n;
    if (slotN[slot]! >= 2) {
      const difference = own[slot]! / pooled[slot]! - 1;
      spreadSum += difference * difference - ownVariance[slot]!;
      spreadN += 1;
    }
  }
  const structure = spreadN > 0 ? Math.max(0, spreadSum / spreadN) : 0;

  const shape = new Array<number>(slots);
  let sum = 0;
  for (let slot = 0; slot < slots; slot += 1) {
    const weight = Number.isFinite(ownVariance[slot]!) ? structure / (structure + ownVariance[slot]!) : 0;
    const value = weight * own[slot]! + (1 - weight) * pooled[slot]!;
    shape[slot] = value;
    sum += value;
  }
  const mean = sum / slots;
  if (!(mean > 0)) return null;
  return shape.map((value) => round6(value / mean));
}

/** Index of (weekday or weekend, hour of day): the pooled curve has one of each. */
function groupHour(slot: number): number {
  return (slot >= 5 * 24 ? 24 : 0) + (slot % 24);
}

/**
 * The level: median over the last `LEVEL_DAYS` local days of (observed / shape), each day using
 * only its ordinary hours and only if those carry at least half of the day's expected volume. A
 * median of two weeks follows a trend within days while a holiday peak of a few days, or the
 * incident days already excluded, cannot move it. If spikes have left fewer than three usable
 * days (a lasting step up rather than a peak), spike hours are counted after all.
 */
function fitLevel(state: MonitorState, shape: readonly number[]): number | null {
  const strict = dayRatios(state, shape, false);
  const ratios = strict.length >= 3 ? strict : dayRatios(state, shape, true);
  if (ratios.length === 0) return null;
  return round6(median(ratios));
}

function dayRatios(state: MonitorState, shape: readonly number[], withSpikes: boolean): number[] {
  const { ring } = state;
  const ratios: number[] = [];
  const oldest = oldestHeldIndex(state);
  let index = hoursFed(state) - 1;
  while (index >= oldest && ratios.length < LEVEL_DAYS) {
    const weekday = Math.floor((ring.slot[index % RING_HOURS] ?? 0) / 24);
    let count = 0;
    let usedShape = 0;
    let allShape = 0;
    for (; index >= oldest; index -= 1) {
      const pos = index % RING_HOURS;
      const slot = ring.slot[pos] ?? 0;
      if (Math.floor(slot / 24) !== weekday) break;
      const weight = shape[slot] ?? 1;
      allShape += weight;
      const flag = ring.flag[pos];
      if (flag === FLAG_ORDINARY || (withSpikes && flag === FLAG_SPIKE)) {
        count += ring.count[pos] ?? 0;
        usedShape += weight;
      }
    }
    if (usedShape > 0 && usedShape >= 0.5 * allShape) ratios.push(count / usedShape);
  }
  return ratios;
}
