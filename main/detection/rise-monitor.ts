import { MIN_HISTORY_HOURS, RING_HOURS, SENSITIVITY_RULES, scanThreshold } from './detection-thresholds';
import { negativeBinomialUpperTail } from './count-tails';
import { medianDispersion } from './monitor-dispersion';
import { slotAt } from './local-clock';
import type { Sensitivity } from '../../shared/domain/sensitivity';

/**
 * The rise of a harmful metric (bounces, spam complaints, unsubscribes): the incident is more of
 * it than expected, never less. Where the account has the metric's sends (Received Email), the
 * expectation is the metric's own share of the recent sends, weighted by how long ago they went
 * out (bounces come at once, complaints and unsubscribes over the following hours: an exponential
 * weight with a 4-hour time constant), so a big campaign raises the expectation with it and is
 * not an alarm by itself; a list that complains at eight times the usual rate is. Without sends, the
 * expectation is the metric's usual count at that local hour.
 *
 * The test is the drop scan's mirror: every span ending now, weighed by the Poisson
 * log-likelihood ratio of "the rate rose to observed/expected", divided by the variance inflation
 * 1 + α·expected (α learnt from the monitor's own daily misses), against the same
 * false-alarm-budget threshold as drops.
 */
export interface RiseHour {
  start: number;
  count: number;
  /** The sends metric's count for the same hour; null where the account has none. */
  sends: number | null;
}

export interface RiseEpisode {
  start: number;
  firedAt: number;
  expected: number;
  observed: number;
  windowHours: number;
  /** Chance of this many or more with nothing wrong (negative-binomial upper tail). */
  probability: number;
}

export type RiseEvent = ({ type: 'fired' } & RiseEpisode) | { type: 'resolved'; at: number };

export interface RiseState {
  timezone: string;
  /** The held hours, oldest first (six weeks), with the prediction made before each was seen. */
  hours: RiseHour[];
  expected: number[];
  /** Recent sends, time-weighted (null: no sends metric), per held hour. */
  exposure: (number | null)[];
  /** Local hour of the day of each held hour, read once when it is fed (the refits reuse it). */
  localHour: number[];
  /** Inside an episode: kept out of what is learnt. */
  flagged: boolean[];
  /** Hours fed since the first. */
  fed: number;
  /** Harmful events per send (with sends), or per local hour of the day (without). */
  ratePerSend: number | null;
  hourOfDay: number[];
  dispersion: number;
  episode: RiseEpisode | null;
  lastEpisodeEnd: number | null;
}

export const RISE = {
  /** Hours of history the rates are learnt from. */
  learnHours: 28 * 24,
  /** A rise must also be this many events above expected: two complaints instead of one is not an incident. */
  minExcess: 5,
  /** Observed must reach this multiple of expected, by sensitivity. */
  minRatio: { low: 2, normal: 1.6, high: 1.3 } satisfies Record<Sensitivity, number>,
  /** Dispersion assumed, and blended in as pseudo-samples: harmful counts are lumpy (one bad send). */
  initialDispersion: 0.1,
  priorSamples: 3,
  /** Recovered once the last day (at most, since the episode began) is back under this multiple of expected... */
  recoveryRatio: 1.25,
  /** ...judged no sooner than this many hours after firing. */
  recoveryMinHours: 6,
  /** Pseudo-days pulling each hour of the day towards the flat hourly mean. */
  hourOfDayPrior: 3,
  /** Time constant (hours) of the weight given to past sends. */
  sendsTimeConstantHours: 4,
} as const;

const LONGEST_SPAN = 168;

export function newRiseState(timezone: string): RiseState {
  return {
    timezone,
    hours: [],
    expected: [],
    exposure: [],
    localHour: [],
    flagged: [],
    fed: 0,
    ratePerSend: null,
    hourOfDay: new Array<number>(24).fill(0),
    dispersion: RISE.initialDispersion,
    episode: null,
    lastEpisodeEnd: null,
  };
}

/** Feeds one complete hour: predicts it, stores it, then tests recovery or a rise. */
export function feedRiseHour(state: RiseState, hour: RiseHour, sensitivity: Sensitivity, events: RiseEvent[]): void {
  if (state.fed > 0 && state.fed % 24 === 0) refit(state);
  const previous = state.exposure.length > 0 ? state.exposure[state.exposure.length - 1]! : null;
  const exposure = hour.sends === null ? null : (previous ?? hour.sends) * (1 - SENDS_WEIGHT) + hour.sends * SENDS_WEIGHT;
  const localHour = slotAt(hour.start, state.timezone) % 24;
  const expected = predict(state, localHour, exposure);
  state.hours.push(hour);
  state.expected.push(expected);
  state.exposure.push(exposure);
  state.localHour.push(localHour);
  state.flagged.push(state.episode !== null);
  if (state.hours.length > RING_HOURS) {
    state.hours.shift();
    state.expected.shift();
    state.exposure.shift();
    state.localHour.shift();
    state.flagged.shift();
  }
  state.fed += 1;
  if (state.episode) {
    if (recovered(state, hour.start)) {
      state.episode = null;
      state.lastEpisodeEnd = hour.start;
      events.push({ type: 'resolved', at: hour.start });
    }
    return;
  }
  if (state.fed < MIN_HISTORY_HOURS) return;
  judge(state, hour.start, sensitivity, events);
}

/** The weight of this hour's sends in the running exposure (an exponential average). */
const SENDS_WEIGHT = 1 - Math.exp(-1 / RISE.sendsTimeConstantHours);

function predict(state: RiseState, localHour: number, exposure: number | null): number {
  if (exposure !== null && state.ratePerSend !== null) return state.ratePerSend * exposure;
  return state.hourOfDay[localHour] ?? 0;
}

/** Relearns the rate per send (or the hour-of-day profile) and the dispersion from the clean held hours. */
function refit(state: RiseState): void {
  const from = Math.max(0, state.hours.length - RISE.learnHours);
  let count = 0;
  let sent = 0;
  let all = 0;
  let allHours = 0;
  const byHour = new Array<number>(24).fill(0);
  const hoursByHour = new Array<number>(24).fill(0);
  for (let i = from; i < state.hours.length; i += 1) {
    if (state.flagged[i]) continue;
    const hour = state.hours[i]!;
    const perHour = state.exposure[i];
    if (perHour !== null && perHour !== undefined) {
      count += hour.count;
      sent += perHour;
    }
    const slot = state.localHour[i]!;
    byHour[slot]! += hour.count;
    hoursByHour[slot]! += 1;
    all += hour.count;
    allHours += 1;
  }
  state.ratePerSend = sent > 0 ? count / sent : null;
  const flat = allHours > 0 ? all / allHours : 0;
  state.hourOfDay = byHour.map((sum, slot) => (sum + RISE.hourOfDayPrior * flat) / (hoursByHour[slot]! + RISE.hourOfDayPrior));
  fitDispersion(state);
}

/** Each clean whole day of predictions is a sample of the miss; the median miss sets the dispersion. */
function fitDispersion(state: RiseState): void {
  const means: number[] = [];
  const squares: number[] = [];
  for (let end = state.hours.length; end - 24 >= 0; end -= 24) {
    let observed = 0;
    let expected = 0;
    let clean = true;
    for (let i = end - 24; i < end; i += 1) {
      clean &&= !state.flagged[i];
      observed += state.hours[i]!.count;
      expected += state.expected[i]!;
    }
    if (!clean || expected < 3) continue;
    means.push(expected);
    squares.push((observed - expected) ** 2);
  }
  if (means.length === 0) return;
  const estimate = medianDispersion(means, squares);
  state.dispersion = (means.length * estimate + RISE.priorSamples * RISE.initialDispersion) / (means.length + RISE.priorSamples);
}

/** Poisson log-likelihood ratio of "the rate rose to observed/expected" (0 when nothing rose). */
export function riseLogLikelihoodRatio(observed: number, expected: number): number {
  if (observed <= expected || expected <= 0) return 0;
  return observed * Math.log(observed / expected) - (observed - expected);
}

function judge(state: RiseState, hourStart: number, sensitivity: Sensitivity, events: RiseEvent[]): void {
  const threshold = scanThreshold(SENSITIVITY_RULES[sensitivity]);
  const minRatio = RISE.minRatio[sensitivity];
  const last = state.hours.length - 1;
  const floorStart = state.lastEpisodeEnd ?? -Infinity;
  let observed = 0;
  let expected = 0;
  let best: { hours: number; observed: number; expected: number; evidence: number } | null = null;
  for (let i = last; i >= 0 && last - i < LONGEST_SPAN && state.hours[i]!.start > floorStart; i -= 1) {
    observed += state.hours[i]!.count;
    expected += state.expected[i]!;
    if (expected <= 0 || observed < minRatio * expected || observed - expected < RISE.minExcess) continue;
    const evidence = riseLogLikelihoodRatio(observed, expected) / (1 + state.dispersion * expected);
    if (evidence >= threshold && (best === null || evidence > best.evidence)) best = { hours: last - i + 1, observed, expected, evidence };
  }
  if (best === null) return;
  const episode: RiseEpisode = {
    start: hourStart - (best.hours - 1) * 3600,
    firedAt: hourStart,
    expected: Math.round(best.expected * 1e4) / 1e4,
    observed: best.observed,
    windowHours: best.hours,
    probability: Number(negativeBinomialUpperTail(best.observed, best.expected, state.dispersion).toPrecision(3)),
  };
  for (let i = last - best.hours + 1; i <= last; i += 1) state.flagged[i] = true;
  state.episode = episode;
  events.push({ type: 'fired', ...episode });
}

function recovered(state: RiseState, hourStart: number): boolean {
  const episode = state.episode!;
  if (hourStart - episode.firedAt < RISE.recoveryMinHours * 3600) return false;
  let observed = 0;
  let expected = 0;
  for (let i = state.hours.length - 1, n = 0; i >= 0 && n < 24 && state.hours[i]!.start > episode.firedAt; i -= 1, n += 1) {
    observed += state.hours[i]!.count;
    expected += state.expected[i]!;
  }
  return observed <= RISE.recoveryRatio * expected + RISE.minExcess / 2;
}
