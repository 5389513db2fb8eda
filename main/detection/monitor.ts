import { DISPERSION, DISPERSION_WINDOWS, MIN_HISTORY_HOURS, STALE_AFTER_HOURS } from './detection-thresholds';
import { HOURS_PER_WEEK, slotAt } from './local-clock';
import { feedHour } from './monitor-step';
import { countryOfZone } from './retail-calendar';
import { hourIndex, hoursFed, ringPosition, roundExpected } from './monitor-ring';
import type { AdvanceResult, HourCount, MonitorContext, MonitorEvent, MonitorState, MonitorStatus } from './monitor-types';

/**
 * The detector's public entry: pure, incremental, and the same whether it is given a year at once
 * or an hour at a time. Hours are judged only once the watermark says they are complete; hours
 * after the watermark are unknown and ignored, hours before it that the input lacks count as zero
 * (an empty bucket is often simply absent from an export).
 */
export function advanceMonitor(state: MonitorState | null, hours: readonly HourCount[], context: MonitorContext): AdvanceResult {
  return advanceOwnedMonitor(state && cloneState(state), hours, context);
}

/**
 * `advanceMonitor` for a caller that owns `state` and drops it afterwards (the replay keeps one
 * state per metric and advances it hour after hour): the same code, minus the defensive copy,
 * which would otherwise dominate an hour-by-hour replay. `state` is modified in place.
 */
export function advanceOwnedMonitor(state: MonitorState | null, hours: readonly HourCount[], context: MonitorContext): AdvanceResult {
  const known = knownHours(hours, context.watermark);
  let working = state && state.version === 2 && state.timezone === context.timezone ? state : null;
  if (!working) {
    const first = firstHourOf(known, context);
    working = emptyState(first, context.timezone);
  }
  checkAlignment(working, known);
  reviseFedHours(working, known);

  const events: MonitorEvent[] = [];
  const watch = {
    sensitivity: context.sensitivity,
    minHourlyVolume: context.minHourlyVolume ?? 0,
    country: context.country === undefined ? countryOfZone(context.timezone) : context.country,
  };
  for (let t = working.nextHour; t + 3600 <= context.watermark; t += 3600) {
    feedHour(working, t, known.get(t) ?? 0, watch, events);
  }
  return { state: working, events, status: statusOf(working, context) };
}

/**
 * Expected count of an hour, for the chart's expected band: the prediction that was made for it
 * if the monitor still holds it, otherwise today's level times the week's shape at that local hour.
 * Null before the monitor has seen any hour.
 */
export function expectedAt(state: MonitorState, hourStart: number): number | null {
  if (hoursFed(state) === 0) return null;
  const pos = ringPosition(state, hourIndex(state, hourStart));
  if (pos >= 0) return state.ring.expected[pos] ?? null;
  return roundExpected(state.level * (state.shape[slotAt(hourStart, state.timezone)] ?? 1));
}

export function statusOf(state: MonitorState, context: Pick<MonitorContext, 'watermark' | 'now'>): MonitorStatus {
  const lag = (context.now - context.watermark) / 3600;
  if (lag > STALE_AFTER_HOURS) return { kind: 'stale', watermark: context.watermark, now: context.now, lagHours: Math.floor(lag) };
  if (state.episode) return { kind: 'alerting', since: state.episode.start };
  const history = hoursFed(state);
  if (history < MIN_HISTORY_HOURS) return { kind: 'warming-up', historyHours: history, neededHours: MIN_HISTORY_HOURS };
  return { kind: 'watching' };
}

function knownHours(hours: readonly HourCount[], watermark: number): Map<number, number> {
  const known = new Map<number, number>();
  for (const hour of hours) {
    if (!Number.isFinite(hour.start) || !Number.isInteger(hour.count) || hour.count < 0) {
      throw new RangeError(`hour counts must be non-negative integers (got ${hour.count} at ${hour.start})`);
    }
    if (hour.start + 3600 <= watermark) known.set(hour.start, hour.count);
  }
  return known;
}

function firstHourOf(known: Map<number, number>, context: MonitorContext): number {
  let first = Infinity;
  for (const start of known.keys()) first = Math.min(first, start);
  const anchor = first === Infinity ? context.watermark : first;
  if (context.historyStart !== undefined && context.historyStart < anchor) {
    return anchor - Math.floor((anchor - context.historyStart) / 3600) * 3600;
  }
  return anchor;
}

function checkAlignment(state: MonitorState, known: Map<number, number>): void {
  for (const start of known.keys()) {
    if ((start - state.firstHour) % 3600 !== 0) {
      throw new RangeError(`hour ${start} is not on the monitor's hour grid (first hour ${state.firstHour})`);
    }
  }
}

/**
 * Counts revised by a later sync (late-arriving events) replace what the ring holds, so the scan
 * and the baseline see the corrected data; hours already judged are not judged again.
 */
function reviseFedHours(state: MonitorState, known: Map<number, number>): void {
  for (const [start, count] of known) {
    if (start >= state.nextHour) continue;
    const pos = ringPosition(state, hourIndex(state, start));
    if (pos < 0) continue;
    const previous = state.ring.count[pos] ?? 0;
    if (previous === count) continue;
    state.ring.count[pos] = count;
    state.totalCount += count - previous;
    if (count > 0) {
      if (state.firstEventHour === null || start < state.firstEventHour) state.firstEventHour = start;
      if (state.lastEventHour === null || start > state.lastEventHour) state.lastEventHour = start;
    }
  }
}

export function emptyState(firstHour: number, timezone: string): MonitorState {
  return {
    version: 2,
    timezone,
    firstHour,
    nextHour: firstHour,
    totalCount: 0,
    firstEventHour: null,
    lastEventHour: null,
    ring: { count: [], expected: [], level: [], slot: [], flag: [], calendar: [] },
    lastFlaggedIndex: -1,
    level: 0,
    shape: new Array<number>(HOURS_PER_WEEK).fill(1),
    fitted: false,
    day: null,
    retailDay: false,
    dispersion: DISPERSION_WINDOWS.map(() => DISPERSION.initial),
    episode: null,
    surge: null,
    lastEpisodeEnd: null,
  };
}

function cloneState(state: MonitorState): MonitorState {
  const { ring } = state;
  return {
    ...state,
    ring: {
      count: ring.count.slice(),
      expected: ring.expected.slice(),
      level: ring.level.slice(),
      slot: ring.slot.slice(),
      flag: ring.flag.slice(),
      calendar: ring.calendar.slice(),
    },
    shape: state.shape.slice(),
    day: state.day ? { ...state.day, hours: state.day.hours ? state.day.hours.slice() : null } : null,
    dispersion: state.dispersion.slice(),
    episode: state.episode ? { ...state.episode } : null,
    surge: state.surge ? { ...state.surge } : null,
  };
}

