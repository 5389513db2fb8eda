import { MIN_HISTORY_HOURS, RING_HOURS, SENSITIVITY_RULES, scanThreshold } from './detection-thresholds';
import { normalLowerTail } from './count-tails';
import { CHI2_1_MEDIAN } from './monitor-dispersion';
import { median } from './monitor-ring';
import type { Sensitivity } from '../../shared/domain/sensitivity';

/**
 * The value of a metric with values (the revenue of Placed Order) falling while its count holds:
 * a broken discount, a price or currency error. A fall in the count is the count monitor's; this
 * judges the value per event. The expectation of a span is its own event count times the value
 * per event learnt from the last four weeks, so fewer orders never look like a value drop, and the
 * spread is learnt too: the hour-to-hour spread of single orders' values, plus a day-to-day share
 * (promotions move the average basket).
 *
 * Every span ending now is weighed by z²/2, z the shortfall in standard deviations (the normal
 * log-likelihood ratio), against the drops' false-alarm-budget threshold.
 */
export interface ValueHour {
  start: number;
  count: number;
  /** Sum of the events' values in the hour (the account's currency). */
  value: number;
}

export interface ValueEpisode {
  start: number;
  firedAt: number;
  /** Value expected from the span's own count, and the value that came in. */
  expected: number;
  observed: number;
  windowHours: number;
  /** Chance of a value this low with nothing wrong (normal lower tail). */
  probability: number;
}

export type ValueEvent = ({ type: 'fired' } & ValueEpisode) | { type: 'resolved'; at: number };

export interface ValueState {
  hours: ValueHour[];
  flagged: boolean[];
  fed: number;
  /**
   * Value per event; the variance of one event's value; the hour's own share (an hour's events are
   * not independent: one promotion, one big buyer, one mispriced product move them together); and
   * the day-to-day share of variance.
   */
  perEvent: number | null;
  eventVariance: number;
  hourShare: number;
  dayShare: number;
  episode: ValueEpisode | null;
  lastEpisodeEnd: number | null;
}

export const VALUE = {
  learnHours: 28 * 24,
  /** A span is judged only with at least this many events (the value per event needs a few). */
  minEvents: 5,
  /** The span's value must be at most this share of what its count should bring, by sensitivity. */
  maxRatio: { low: 0.6, normal: 0.75, high: 0.85 } satisfies Record<Sensitivity, number>,
  /** Day-to-day share assumed and blended in (a 5% standard deviation of the average basket). */
  initialDayShare: 0.0025,
  priorDays: 3,
  /** Recovered when the last day's value (since firing) is back to this share of expected. */
  recoveryRatio: 0.9,
  recoveryMinHours: 3,
} as const;

const LONGEST_SPAN = 168;

export function newValueState(): ValueState {
  return { hours: [], flagged: [], fed: 0, perEvent: null, eventVariance: 0, hourShare: 0, dayShare: VALUE.initialDayShare, episode: null, lastEpisodeEnd: null };
}

export function feedValueHour(state: ValueState, hour: ValueHour, sensitivity: Sensitivity, events: ValueEvent[]): void {
  if (state.fed > 0 && state.fed % 24 === 0) refit(state);
  state.hours.push(hour);
  state.flagged.push(state.episode !== null);
  if (state.hours.length > RING_HOURS) {
    state.hours.shift();
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
  if (state.fed < MIN_HISTORY_HOURS || state.perEvent === null) return;
  judge(state, hour.start, sensitivity, events);
}

function refit(state: ValueState): void {
  const from = Math.max(0, state.hours.length - VALUE.learnHours);
  let count = 0;
  let value = 0;
  for (let i = from; i < state.hours.length; i += 1) {
    if (state.flagged[i]) continue;
    count += state.hours[i]!.count;
    value += state.hours[i]!.value;
  }
  if (count === 0) return;
  const perEvent = value / count;
  state.perEvent = perEvent;
  fitHourSpread(state, from, perEvent);
  // The day-to-day share: what whole days miss beyond their events' own spread.
  const shares: number[] = [];
  for (let end = state.hours.length; end - 24 >= from; end -= 24) {
    let dayCount = 0;
    let dayValue = 0;
    let dayExpectedSquares = 0;
    let clean = true;
    for (let i = end - 24; i < end; i += 1) {
      clean &&= !state.flagged[i];
      dayCount += state.hours[i]!.count;
      dayValue += state.hours[i]!.value;
      dayExpectedSquares += (state.hours[i]!.count * perEvent) ** 2;
    }
    const expected = dayCount * perEvent;
    if (!clean || dayCount < VALUE.minEvents || expected <= 0) continue;
    shares.push(Math.max(0, ((dayValue - expected) ** 2 / CHI2_1_MEDIAN - hourVariance(state, dayCount, dayExpectedSquares)) / (expected * expected)));
  }
  const estimate = shares.length > 0 ? median(shares) : VALUE.initialDayShare;
  state.dayShare = (shares.length * estimate + VALUE.priorDays * VALUE.initialDayShare) / (shares.length + VALUE.priorDays);
}

/**
 * The spread of single hours: an hour's relative miss r = value / (count × value per event) − 1
 * has E[r²] = eventVariance / (count × perEvent²) + hourShare, so a least-squares line of r²
 * against 1 / count gives both (each kept non-negative). Means of squares, not medians: a
 * variance is a mean, and a heavy tail (one large order) should widen the band, not be ignored.
 */
function fitHourSpread(state: ValueState, from: number, perEvent: number): void {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = from; i < state.hours.length; i += 1) {
    const hour = state.hours[i]!;
    if (state.flagged[i] || hour.count === 0) continue;
    const x = 1 / hour.count;
    const y = (hour.value / (hour.count * perEvent) - 1) ** 2;
    n += 1;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  if (n === 0) {
    state.eventVariance = (perEvent / 2) ** 2;
    state.hourShare = 0;
    return;
  }
  const spreadX = sxx - (sx * sx) / n;
  let slope = spreadX > 0 ? (sxy - (sx * sy) / n) / spreadX : 0;
  let intercept = (sy - slope * sx) / n;
  if (slope < 0) {
    slope = 0;
    intercept = sy / n;
  } else if (intercept < 0) {
    intercept = 0;
    slope = sxx > 0 ? sxy / sxx : 0;
  }
  state.eventVariance = slope * perEvent * perEvent;
  state.hourShare = intercept;
}

/** Variance of the value of hours holding `count` events whose expected values' squares sum to `expectedSquares`. */
export function hourVariance(state: Pick<ValueState, 'eventVariance' | 'hourShare'>, count: number, expectedSquares: number): number {
  return count * state.eventVariance + state.hourShare * expectedSquares;
}

function judge(state: ValueState, hourStart: number, sensitivity: Sensitivity, events: ValueEvent[]): void {
  const threshold = scanThreshold(SENSITIVITY_RULES[sensitivity]);
  const maxRatio = VALUE.maxRatio[sensitivity];
  const perEvent = state.perEvent!;
  const last = state.hours.length - 1;
  const floorStart = state.lastEpisodeEnd ?? -Infinity;
  let count = 0;
  let value = 0;
  let expectedSquares = 0;
  let best: { hours: number; observed: number; expected: number; z: number } | null = null;
  for (let i = last; i >= 0 && last - i < LONGEST_SPAN && state.hours[i]!.start > floorStart; i -= 1) {
    count += state.hours[i]!.count;
    value += state.hours[i]!.value;
    expectedSquares += (state.hours[i]!.count * perEvent) ** 2;
    const expected = count * perEvent;
    if (count < VALUE.minEvents || value > maxRatio * expected) continue;
    const z = (expected - value) / Math.sqrt(hourVariance(state, count, expectedSquares) + state.dayShare * expected * expected);
    if ((z * z) / 2 >= threshold && (best === null || z > best.z)) best = { hours: last - i + 1, observed: value, expected, z };
  }
  if (best === null) return;
  const episode: ValueEpisode = {
    start: hourStart - (best.hours - 1) * 3600,
    firedAt: hourStart,
    expected: Math.round(best.expected * 100) / 100,
    observed: Math.round(best.observed * 100) / 100,
    windowHours: best.hours,
    probability: Number(normalLowerTail(best.z).toPrecision(3)),
  };
  for (let i = last - best.hours + 1; i <= last; i += 1) state.flagged[i] = true;
  state.episode = episode;
  events.push({ type: 'fired', ...episode });
}

function recovered(state: ValueState, hourStart: number): boolean {
  const episode = state.episode!;
  if (hourStart - episode.firedAt < VALUE.recoveryMinHours * 3600) return false;
  let count = 0;
  let value = 0;
  for (let i = state.hours.length - 1, n = 0; i >= 0 && n < 24 && state.hours[i]!.start > episode.firedAt; i -= 1, n += 1) {
    count += state.hours[i]!.count;
    value += state.hours[i]!.value;
  }
  // Too few events since firing to tell: not yet.
  if (count < VALUE.minEvents) return false;
  return value >= VALUE.recoveryRatio * count * state.perEvent!;
}
