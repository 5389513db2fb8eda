import {
  DISPERSION_MIN_HISTORY_HOURS,
  DISPERSION_WINDOWS,
  MIN_HISTORY_HOURS,
  RECOVERY_MIN_HOURS,
  RECOVERY_RATIO,
  RING_HOURS,
  SENSITIVITY_RULES,
  SPIKE_JUDGED_FROM_HOURS,
  RHYTHM,
  GRADUAL,
  SURGE,
  maxRatioFor,
  scanThreshold,
  type SensitivityRules,
} from './detection-thresholds';
import { chanceWithNothingWrong, scanForDrop, spanEvidence, type ScanLimits } from './drop-scan';
import { followingDayFrame, frameContains, slotInFrame } from './local-clock';
import { isRetailDay } from './retail-calendar';
import { fitDispersion } from './monitor-dispersion';
import { exceedsSpike } from './monitor-spike';
import { refitBaseline } from './monitor-fit';
import { FLAG_INCIDENT, FLAG_SPIKE, hoursFed, roundExpected } from './monitor-ring';
import type { MonitorEvent, MonitorState } from './monitor-types';
import type { Sensitivity } from '../../shared/domain/sensitivity';

const LONGEST_WINDOW = DISPERSION_WINDOWS[DISPERSION_WINDOWS.length - 1]!;
const SHAPE_DAILY_UNTIL_HOURS = 21 * 24;
/** An episode's first hour is searched this far back from the hour that fired. */
const ONSET_SEARCH_HOURS = LONGEST_WINDOW;

/**
 * Feeds one complete hour to a working copy of a monitor: predicts it, stores it, then either
 * tests recovery (inside an episode) or scans the spans ending now for a drop. At each new
 * local day the baseline and the dispersion are refitted first. Events are appended to `events`.
 */
export function feedHour(
  state: MonitorState,
  hourStart: number,
  count: number,
  watch: HourWatch,
  events: MonitorEvent[],
): void {
  if (!state.day || !frameContains(state.day, hourStart)) {
    const newDay = state.day !== null && hourStart >= state.day.end;
    state.day = followingDayFrame(state.day, hourStart, state.timezone);
    // The local date from the frame's own offset: no time-zone lookup per metric-day.
    state.retailDay = isRetailDay(new Date((state.day.start + state.day.startOffset * 60) * 1000).toISOString().slice(0, 10), watch.country);
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
  ring.calendar[pos] = state.retailDay ? 1 : 0;
  if (ring.flag[pos] !== 0) state.lastFlaggedIndex = index;
  trackSurge(state, hourStart, ring.flag[pos] === FLAG_SPIKE ? count - expected : null);
  state.nextHour = hourStart + 3600;
  state.totalCount += count;
  if (count > 0) {
    state.firstEventHour ??= hourStart;
    state.lastEventHour = hourStart;
  }

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
  const limits: ScanLimits = { minHours: 1, depth: rules.depth, threshold: scanThreshold(rules) };
  if (!watchedDaily(state, watch)) {
    judge(state, hourStart, limits, events);
  } else if (hourStart + 3600 >= state.day.end) {
    judge(state, hourStart, { ...limits, minHours: 24 }, events);
  }
}

/** How one metric is watched: its sensitivity, and the volume below which it is watched daily. */
export interface HourWatch {
  sensitivity: Sensitivity;
  /** Events per hour (the fitted level); 0: always hourly. */
  minHourlyVolume: number;
  /** The account's country, whose holidays widen the band (null: only the days shared everywhere). */
  country: string | null;
}

/** A metric whose level is below its minimum hourly volume is judged on whole days. */
export function watchedDaily(state: Pick<MonitorState, 'fitted' | 'level'>, watch: Pick<HourWatch, 'minHourlyVolume'>): boolean {
  return watch.minHourlyVolume > 0 && state.fitted && state.level < watch.minHourlyVolume;
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

/**
 * Fires when the drop scan (drop-scan.ts) finds a span ending now with enough evidence, unless the
 * span is a short partial dip the same hours yesterday shared (a change of rhythm) or a shallow
 * lull in the shadow of a surge that is no drop counted from the surge's start.
 */
function judge(state: MonitorState, hourStart: number, limits: ScanLimits, events: MonitorEvent[]): void {
  const hit = scanForDrop(state, limits);
  if (hit === null) return;
  const ratio = hit.observed / hit.expected;
  if (ratio > SURGE.outageRatio && hit.hours <= RHYTHM.maxWindowHours && lowYesterdayToo(state, hit.hours)) return;
  if (shieldingSurge(state) && ratio > SURGE.outageRatio && !deficitSinceSurge(state, hourStart, limits)) return;
  if (ratio > SURGE.outageRatio && continuesDecline(state, hit.hours, ratio)) return;
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
  const windowHours = (hourStart - start) / 3600 + 1;
  // The chance is stated for the span the alert reports (onset to firing), so its sentence and
  // its figures describe the same hours.
  const episode = {
    start,
    firedAt: hourStart,
    expected: roundExpected(expected),
    observed,
    depth: expected > 0 ? roundExpected(1 - observed / expected) : 1,
    windowHours,
    probability: roundProbability(chanceWithNothingWrong(state, observed, expected, windowHours)),
  };
  state.episode = episode;
  refitBaseline(state, true);
  events.push({ type: 'fired', ...episode });
}

/**
 * The days before the span were already below expected, and the span is not much deeper: the
 * metric is sliding (a store losing a little volume every day), not dropping. Spike hours are left
 * out of the comparison; hours of an earlier episode count, as the trend check counts them.
 */
function continuesDecline(state: MonitorState, hours: number, ratio: number): boolean {
  const last = hoursFed(state) - 1;
  const to = last - hours;
  const from = to - GRADUAL.priorHours + 1;
  if (from < 0) return false;
  let observed = 0;
  let expected = 0;
  for (let index = from; index <= to; index += 1) {
    const pos = index % RING_HOURS;
    if (state.ring.flag[pos] === FLAG_SPIKE) continue;
    observed += state.ring.count[pos]!;
    expected += state.ring.expected[pos]!;
  }
  if (expected <= 0) return false;
  const prior = observed / expected;
  return prior <= 1 - GRADUAL.minPriorShortfall && ratio >= prior - GRADUAL.maxStep;
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

/**
 * In a surge's shadow a shallow drop counts only if it is a drop from the surge's first hour on
 * too: the span since then must carry the scan's evidence on its own.
 */
function deficitSinceSurge(state: MonitorState, hourStart: number, limits: ScanLimits): boolean {
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
  if (expected <= 0 || observed > maxRatioFor(limits, span) * expected) return false;
  return spanEvidence(state, span, observed, expected) >= limits.threshold;
}

/** Probabilities are kept to three significant figures (they are shown as "about 1 in N"). */
function roundProbability(value: number): number {
  return Number.isFinite(value) && value > 0 ? Number(value.toPrecision(3)) : 0;
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
