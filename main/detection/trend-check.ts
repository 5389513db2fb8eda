import { RING_HOURS } from './detection-thresholds';
import { FLAG_SPIKE, hoursFed } from './monitor-ring';
import type { MonitorState } from './monitor-types';

/**
 * The weekly trend check: a metric that has lost a large share of its volume over the last weeks
 * without any sudden drop (no alert saw it: each day was only a little lower than the one before)
 * gets a quieter "trend" notice. Not an alert: no banner, no OS notification by default.
 *
 * It compares the last 7 days with the 7 days two weeks before them (days 15 to 21 ago), each as
 * counts over the current weekly shape, so the week's rhythm cancels; spike hours are left out of
 * both (a campaign week is not the normal level). Hours of an earlier drop episode count: a
 * decline steep enough to have tripped the drop detector on the way is still a decline. While an
 * alert is open the check is silent: the alert says more.
 */
export interface TrendNotice {
  /** The hour the check ran (start of the first hour of the local week). */
  at: number;
  /** Events per average hour, the last 7 days and the 7 days two weeks earlier. */
  recentPerHour: number;
  earlierPerHour: number;
  /** recent / earlier. */
  ratio: number;
}

export const TREND = {
  /** A notice when the last week holds at most this share of the earlier one. */
  maxRatio: 0.6,
  /** ...and the earlier week held at least this many events (fewer is noise). */
  minEarlierEvents: 60,
  /** ...and at least this share of each week's hours are not spikes. */
  minOrdinaryShare: 0.8,
} as const;

const WEEK = 168;

/** The check at the last fed hour, or null when the metric is steady, too thin, or too new to tell. */
export function trendCheck(state: MonitorState): TrendNotice | null {
  const fed = hoursFed(state);
  if (fed < 3 * WEEK) return null;
  if (state.episode) return null;
  const recent = weekRate(state, fed - WEEK, fed);
  const earlier = weekRate(state, fed - 3 * WEEK, fed - 2 * WEEK);
  if (recent === null || earlier === null || earlier.events < TREND.minEarlierEvents || earlier.rate <= 0) return null;
  const ratio = recent.rate / earlier.rate;
  if (ratio > TREND.maxRatio) return null;
  return {
    at: state.nextHour - 3600,
    recentPerHour: round(recent.rate),
    earlierPerHour: round(earlier.rate),
    ratio: Math.round(ratio * 1000) / 1000,
  };
}

/** Events per average hour over the week [from, to) of hour indices: counts over the current shape. */
function weekRate(state: MonitorState, from: number, to: number): { rate: number; events: number } | null {
  const { count, flag, slot } = state.ring;
  let events = 0;
  let weight = 0;
  let ordinary = 0;
  for (let index = from; index < to; index += 1) {
    const pos = index % RING_HOURS;
    if (flag[pos] === FLAG_SPIKE) continue;
    ordinary += 1;
    events += count[pos] ?? 0;
    weight += state.shape[slot[pos] ?? 0] ?? 1;
  }
  if (ordinary < TREND.minOrdinaryShare * (to - from) || weight <= 0) return null;
  return { rate: events / weight, events };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
