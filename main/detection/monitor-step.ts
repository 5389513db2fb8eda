import {
  DISPERSION,
  DISPERSION_MIN_HISTORY_HOURS,
  DISPERSION_WINDOWS,
  MIN_HISTORY_HOURS,
  RECOVERY_MIN_HOURS,
  RECOVERY_RATIO,
  RING_HOURS,
  SENSITIVITY_RULES,
  SPIKE_JUDGED_FROM_HOURS,
  RHYTHM,
  SURGE,
  type SensitivityRules,
  type WindowRule,
} from './detection-thresholds';
import { negativeBinomialCdf } from './count-tails';
import { followingDayFrame, frameContains, slotInFrame } from './local-clock';
import { fitDispersion } from './monitor-dispersion';
import { exceedsSpike } from './monitor-spike';
import { refitBaseline } from './monitor-fit';
import { hoursFed, roundExpected } from './monitor-ring';
import type { MonitorEvent, MonitorState } from './monitor-types';
import type { Sensitivity } from '../../shared/domain/sensitivity';

const FLAG_INCIDENT = 1;
const FLAG_SPIKE = 2;
const LONGEST_WINDOW = DISPERSION_WINDOWS[DISPERSION_WINDOWS.length - 1]!;
const SHAPE_DAILY_UNTIL_HOURS = 21 * 24;
/** An episode's first hour is searched this far back from the hour that fired. */
const ONSET_SEARCH_HOURS = LONGEST_WINDOW;

/** Trailing sums ending at the current hour, one entry per `DISPERSION_WINDOWS` window. */
export interface WindowSums {
  observed: number[];
  expected: number[];
  /** The window lies inside the fed, held history and after the previous episode. */
  complete: boolean[];
  /** ...and contains no incident or spike hour. */
  clean: boolean[];
}

/**
 * Feeds one complete hour to a working copy of a monitor: predicts it, stores it, then either
 * tests recovery (inside an episode) or tests every trailing window for a drop. At each new
 * local day the baseline and the dispersion are refitted first. Events are appended to `events`.
 */
export function feedHour(
  state: MonitorState,
  hourStart: number,
  count: number,
  watch: HourWatch,
  events: MonitorEvent[],
  sums: WindowSums,
): void {
  if (!state.day || !frameContains(state.day, hourStart)) {
    const newDay = state.day !== null && hourStart >= state.day.end;
    state.day = followingDayFrame(state.day, hourStart, state.timezone);
    const weekly = shapeDue(state);
    if (newDay && hoursFed(state) >= 24) refitBaseline(state, weekly);
    if (newDay && weekly && hoursFed(state) >= DISPERSION_MIN_HISTORY_HOURS) fitDispersion(state);
  }
  const index = hoursFed(state);
  if (!state.fitted) state.level = index > 0 ? state.totalCount / index : 0;
  const slot = slotInFrame(state.day, hourStart);
  const expected = roundExpected(state.level * (state.shape[slot] ?? 1));
  const pos = index % RING_HOURS;
  const { ring } = state;
  ring.count[pos] = count;
  ring.expected[pos] = expected;
  ring.level[pos] = state.level;
  ring.slot[pos] = slot;
  ring.flag[pos] = state.episode ? FLAG_INCIDENT : isSpike(state, count, expected) ? FLAG_SPIKE : 0;
  if (ring.flag[pos] !== 0) state.lastFlaggedIndex = index;
  trackSurge(state, hourStart, ring.flag[pos] === FLAG_SPIKE ? count - expected : null);
  slideWindows(state, index);
  state.nextHour = hourStart + 3600;
  state.totalCount += count;
  if (count > 0) {
    state.firstEventHour ??= hourStart;
    state.lastEventHour = hourStart;
  }

  windowSums(state, sums);
  const rules = SENSITIVITY_RULES[watch.sensitivity];
  if (state.episode) {
    if (hasRecovered(state, hourStart, rules)) {
      state.episode = null;
      state.lastEpisodeEnd = hourStart;
      events.push({ type: 'resolved', at: hourStart });
    }
    return;
  }
  if (index < MIN_HISTORY_HOURS) return;
  if (!watchedDaily(state, watch)) {
    judge(state, hourStart, sums, rules, events);
  } else if (hourStart + 3600 >= state.day.end) {
    judge(state, hourStart, sums, dailyRules(rules), events);
  }
}

/** How one metric is watched: its sensitivity, and the volume below which it is watched daily. */
export interface HourWatch {
  sensitivity: Sensitivity;
  /** Events per hour (the fitted level); 0: always hourly. */
  minHourlyVolume: number;
}

/** A metric whose level is below its minimum hourly volume is judged on whole days. */
export function watchedDaily(state: Pick<MonitorState, 'fitted' | 'level'>, watch: HourWatch): boolean {
  return watch.minHourlyVolume > 0 && state.fitted && state.level < watch.minHourlyVolume;
}

/** The sensitivity's rules, minus the windows shorter than a day. */
function dailyRules(rules: SensitivityRules): SensitivityRules {
  return { ...rules, windows: rules.windows.filter((rule) => rule.hours >= 24) };
}

/**
 * The weekly shape and the dispersion move slowly (weeks of data, one more day changes little):
 * they are refitted every day for the first three weeks, then on Mondays. The level is refitted
 * every day.
 */
function shapeDue(state: MonitorState): boolean {
  return hoursFed(state) < SHAPE_DAILY_UNTIL_HOURS || state.day!.weekday === 1;
}

function isSpike(state: MonitorState, count: number, expected: number): boolean {
  return state.fitted && hoursFed(state) >= SPIKE_JUDGED_FROM_HOURS && exceedsSpike(state, count, expected);
}

/** `surplus` is the spike hour's count above expected, or null for an ordinary hour. */
function trackSurge(state: MonitorState, hourStart: number, surplus: number | null): void {
  if (state.surge && hourStart >= state.surge.until) state.surge = null;
  if (surplus === null) return;
  // Until the end of the next local day (a DST hour more or less does not matter here).
  const until = state.day!.end + 86_400;
  if (state.surge && hourStart - state.surge.lastSpike <= SURGE.joinHours * 3600) {
    state.surge.lastSpike = hourStart;
    state.surge.until = until;
    state.surge.surplus += surplus;
  } else {
    state.surge = { start: hourStart, lastSpike: hourStart, until, surplus };
  }
}

/** A surge only shields what follows if its surplus was a real share of a day's volume. */
function shieldingSurge(state: MonitorState): boolean {
  return state.surge !== null && state.surge.surplus >= SURGE.minShareOfDay * 24 * state.level;
}

/** Adds the hour just written to every running window sum and drops the hour that left it. */
function slideWindows(state: MonitorState, index: number): void {
  const { count, expected } = state.ring;
  const pos = index % RING_HOURS;
  const addObserved = count[pos]!;
  const addExpected = Math.round(expected[pos]! * 1e4);
  for (let j = 0; j < DISPERSION_WINDOWS.length; j += 1) {
    const leaving = index - DISPERSION_WINDOWS[j]!;
    let observed = state.windowObserved[j]! + addObserved;
    let expectedSum = state.windowExpected[j]! + addExpected;
    if (leaving >= 0) {
      const out = leaving % RING_HOURS;
      observed -= count[out]!;
      expectedSum -= Math.round(expected[out]! * 1e4);
    }
    state.windowObserved[j] = observed;
    state.windowExpected[j] = expectedSum;
  }
}

/** The trailing window sums ending at the last fed hour, with whether each may be judged / learnt from. */
function windowSums(state: MonitorState, sums: WindowSums): void {
  const last = hoursFed(state) - 1;
  const floor = state.lastEpisodeEnd === null ? 0 : (state.lastEpisodeEnd - state.firstHour) / 3600 + 1;
  for (let j = 0; j < DISPERSION_WINDOWS.length; j += 1) {
    const first = last - DISPERSION_WINDOWS[j]! + 1;
    sums.observed[j] = state.windowObserved[j]!;
    sums.expected[j] = state.windowExpected[j]! / 1e4;
    sums.complete[j] = first >= floor;
    sums.clean[j] = first >= floor && state.lastFlaggedIndex < first;
  }
}

export function newWindowSums(): WindowSums {
  const zeros = (): number[] => DISPERSION_WINDOWS.map(() => 0);
  return { observed: zeros(), expected: zeros(), complete: DISPERSION_WINDOWS.map(() => false), clean: DISPERSION_WINDOWS.map(() => false) };
}

/** Fires when any window of the sensitivity is deep enough, large enough and improbable enough. */
function judge(state: MonitorState, hourStart: number, sums: WindowSums, rules: SensitivityRules, events: MonitorEvent[]): void {
  let best = Infinity;
  let bestRatio = 1;
  for (const rule of rules.windows) {
    const j = DISPERSION_WINDOWS.indexOf(rule.hours as (typeof DISPERSION_WINDOWS)[number]);
    if (j < 0 || !sums.complete[j]) continue;
    const tail = dropTail(sums.observed[j]!, sums.expected[j]!, rule, state.dispersion[j] ?? DISPERSION.initial, rules);
    if (tail === null || tail >= best) continue;
    const ratio = sums.observed[j]! / sums.expected[j]!;
    if (ratio > SURGE.outageRatio && rule.hours <= RHYTHM.maxWindowHours && lowYesterdayToo(state, rule.hours)) continue;
    best = tail;
    bestRatio = ratio;
  }
  if (best === Infinity) return;
  if (shieldingSurge(state) && bestRatio > SURGE.outageRatio && !deficitSinceSurge(state, hourStart, rules)) return;
  const start = onset(state, hourStart);
  let observed = 0;
  let expected = 0;
  for (let t = start; t <= hourStart; t += 3600) {
    const pos = ((t - state.firstHour) / 3600) % RING_HOURS;
    observed += state.ring.count[pos] ?? 0;
    expected += state.ring.expected[pos] ?? 0;
    state.ring.flag[pos] = FLAG_INCIDENT;
  }
  state.lastFlaggedIndex = hoursFed(state) - 1;
  const episode = {
    start,
    firedAt: hourStart,
    expected: roundExpected(expected),
    observed,
    depth: expected > 0 ? roundExpected(1 - observed / expected) : 1,
    windowHours: (hourStart - start) / 3600 + 1,
  };
  state.episode = episode;
  refitBaseline(state, true);
  events.push({ type: 'fired', ...episode });
}

/**
 * The same hours yesterday were low too (and raised no alert): a change of daily rhythm (the
 * week between Christmas and New Year, a seasonal slowdown), not a sudden drop. Only short,
 * partial drops are held to this; a real incident seldom starts at the same hour two days running,
 * and one that lasts shows on the longer windows anyway.
 */
function lowYesterdayToo(state: MonitorState, hours: number): boolean {
  const last = hoursFed(state) - 1;
  const from = last - 24 - hours + 1;
  if (from < 0) return false;
  let observed = 0;
  let expected = 0;
  for (let index = from; index <= last - 24; index += 1) {
    const pos = index % RING_HOURS;
    if (state.ring.flag[pos] === FLAG_INCIDENT) return false;
    observed += state.ring.count[pos]!;
    expected += state.ring.expected[pos]!;
  }
  return expected > 0 && observed <= RHYTHM.yesterdayMaxRatio * expected;
}

/** The window's lower-tail probability if it qualifies as a drop, otherwise null. */
function dropTail(observed: number, expected: number, rule: WindowRule, alpha: number, rules: SensitivityRules): number | null {
  if (expected < rules.minExpected || observed > rule.maxRatio * expected) return null;
  const tail = negativeBinomialCdf(observed, expected, alpha);
  return tail <= rules.maxTailProbabilityPerHour * rule.hours ? tail : null;
}

/**
 * In a surge's shadow a shallow drop counts only if it is a drop from the surge's first hour on
 * too, judged like the longest window rule that span covers (dispersion of the nearest window).
 */
function deficitSinceSurge(state: MonitorState, hourStart: number, rules: SensitivityRules): boolean {
  const surge = state.surge!;
  const last = hoursFed(state) - 1;
  const span = (hourStart - surge.start) / 3600 + 1;
  if (span > RING_HOURS) return true;
  let observed = 0;
  let expected = 0;
  for (let index = last - span + 1; index <= last; index += 1) {
    observed += state.ring.count[index % RING_HOURS] ?? 0;
    expected += state.ring.expected[index % RING_HOURS] ?? 0;
  }
  const rule = [...rules.windows].reverse().find((r) => r.hours <= span) ?? rules.windows[0]!;
  let j = 0;
  while (j + 1 < DISPERSION_WINDOWS.length && DISPERSION_WINDOWS[j + 1]! <= span) j += 1;
  return dropTail(observed, expected, { hours: span, maxRatio: rule.maxRatio }, state.dispersion[j] ?? DISPERSION.initial, rules) !== null;
}

/**
 * The first anomalous hour: the start of the trailing span with the largest Poisson
 * log-likelihood ratio for "the rate fell to observed/expected" (the scan statistic), among spans
 * below the recovery share of expected, searched back to the previous episode or a week.
 */
function onset(state: MonitorState, hourStart: number): number {
  const { ring } = state;
  const last = hoursFed(state) - 1;
  const floor = Math.max(
    0,
    last - ONSET_SEARCH_HOURS + 1,
    last - RING_HOURS + 1,
    state.lastEpisodeEnd === null ? 0 : (state.lastEpisodeEnd - state.firstHour) / 3600 + 1,
  );
  let observed = 0;
  let expected = 0;
  let bestScore = -Infinity;
  let bestIndex = last;
  for (let index = last; index >= floor; index -= 1) {
    const pos = index % RING_HOURS;
    observed += ring.count[pos] ?? 0;
    expected += ring.expected[pos] ?? 0;
    const score = observed < expected ? expected - observed + (observed > 0 ? observed * Math.log(observed / expected) : 0) : 0;
    // A span holding at least the recovery share of expected is not part of the drop (recovery
    // would call it normal), however long: without this, a slight bias of the baseline summed
    // over days would pull the onset back to hours that were fine.
    if (observed <= RECOVERY_RATIO * expected && score > bestScore + 1e-9) {
      bestScore = score;
      bestIndex = index;
    }
  }
  return hourStart - (last - bestIndex) * 3600;
}

/**
 * Recovered when the trailing span since the episode began, at least `RECOVERY_MIN_HOURS` long
 * and holding at least `recoveryMinExpected` expected events (a week at most), is back to
 * `RECOVERY_RATIO` of expected.
 */
function hasRecovered(state: MonitorState, hourStart: number, rules: SensitivityRules): boolean {
  const episode = state.episode!;
  const { ring } = state;
  const last = hoursFed(state) - 1;
  let observed = 0;
  let expected = 0;
  for (let k = 0; k < LONGEST_WINDOW; k += 1) {
    const t = hourStart - k * 3600;
    if (t <= episode.start) return false;
    const pos = (last - k) % RING_HOURS;
    observed += ring.count[pos] ?? 0;
    expected += ring.expected[pos] ?? 0;
    if (k + 1 >= RECOVERY_MIN_HOURS && expected >= rules.recoveryMinExpected) break;
  }
  return observed >= RECOVERY_RATIO * expected;
}
