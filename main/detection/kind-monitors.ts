import { z } from 'zod';
import { feedRiseHour, newRiseState, type RiseEpisode, type RiseState } from './rise-monitor';
import { feedValueHour, newValueState, type ValueEpisode, type ValueState } from './value-monitor';
import type { Sensitivity } from '../../shared/domain/sensitivity';

const HOUR = 3600;

/**
 * The monitors judged beside a metric's count: its value falling while the count holds
 * (`value-down`), or a harmful metric rising (`rise-harmful`). Each keeps its own state, advanced
 * here over the hours a cycle brings, for the app and the replay alike.
 */
export type KindMonitor = (
  | { kind: 'value-down'; state: ValueState | null }
  | { kind: 'rise-harmful'; state: RiseState | null; timezone: string; sends: ReadonlyMap<number, number> | null }
) & {
  /**
   * A monitor starting on a metric whose count is already followed (a kind added to a watched
   * metric) learns from these hours, from `from` on, rather than from the few the count re-reads.
   */
  backfill?: { hours: readonly KindHour[]; from: number };
};

/** One complete hour as the kind monitors read it; `value` undefined: the hour's value is not known. */
export interface KindHour {
  start: number;
  count: number;
  value?: number;
}

/** What a kind monitor found: the same two events as the count's, with the kind's own figures. */
export type KindEvent = ({ type: 'fired' } & (ValueEpisode | RiseEpisode)) | { type: 'resolved'; at: number };

export interface KindResult {
  kind: KindMonitor['kind'];
  state: ValueState | RiseState | null;
  events: KindEvent[];
}

/**
 * Feeds every hour after the last one the monitor holds up to `watermark` (an hour absent from
 * `hours` had no events). A first cycle starts at `historyStart`, else at the first hour given.
 * Hours the monitor already holds are not fed again: unlike the count, these monitors do not take
 * late revisions of past hours (a revised hour is usually a handful of late events; their rates
 * are learnt over four weeks).
 */
export function advanceKindMonitor(
  monitor: KindMonitor,
  hours: readonly KindHour[],
  input: { watermark: number; historyStart?: number | undefined; sensitivity: Sensitivity },
): KindResult {
  const lastHeld = monitor.state ? lastHeldHour(monitor.state.hours) : null;
  const backfill = lastHeld === null ? monitor.backfill : undefined;
  const byStart = new Map((backfill?.hours ?? hours).map((hour) => [hour.start, hour]));
  const first = lastHeld !== null ? lastHeld + HOUR : (backfill?.from ?? input.historyStart ?? hours[0]?.start ?? input.watermark);
  const events: KindEvent[] = [];
  if (monitor.kind === 'value-down') {
    const state = monitor.state ?? newValueState();
    for (let start = first; start < input.watermark; start += HOUR) {
      const hour = byStart.get(start) ?? { start, count: 0, value: 0 };
      // An hour with events but no value is unknown, not worthless: it is not fed.
      if (hour.value === undefined && hour.count > 0) continue;
      feedValueHour(state, { start, count: hour.count, value: hour.value ?? 0 }, input.sensitivity, events);
    }
    return { kind: monitor.kind, state, events };
  }
  const state = monitor.state && monitor.state.timezone === monitor.timezone ? monitor.state : newRiseState(monitor.timezone);
  for (let start = first; start < input.watermark; start += HOUR) {
    const count = byStart.get(start)?.count ?? 0;
    feedRiseHour(state, { start, count, sends: monitor.sends ? (monitor.sends.get(start) ?? 0) : null }, input.sensitivity, events);
  }
  return { kind: monitor.kind, state, events };
}

/** The start of the last hour a kind monitor holds; null when it holds none. */
export function lastHeldHour(hours: readonly { start: number }[]): number | null {
  return hours.length > 0 ? hours[hours.length - 1]!.start : null;
}

const numbers = z.array(z.number());
const kindEpisodeSchema = z.object({
  start: z.number(),
  firedAt: z.number(),
  expected: z.number(),
  observed: z.number(),
  windowHours: z.number(),
  probability: z.number().min(0).max(1),
});

/** A value monitor's state read back from the cache; anything else is rebuilt from the series. */
export const valueStateSchema = z.object({
  hours: z.array(z.object({ start: z.number(), count: z.number(), value: z.number() })),
  flagged: z.array(z.boolean()),
  fed: z.number(),
  perEvent: z.number().nullable(),
  eventVariance: z.number(),
  hourShare: z.number(),
  dayShare: z.number(),
  episode: kindEpisodeSchema.nullable(),
  lastEpisodeEnd: z.number().nullable(),
}) satisfies z.ZodType<ValueState>;

export const riseStateSchema = z.object({
  timezone: z.string(),
  hours: z.array(z.object({ start: z.number(), count: z.number(), sends: z.number().nullable() })),
  expected: numbers,
  exposure: z.array(z.number().nullable()),
  localHour: numbers,
  flagged: z.array(z.boolean()),
  fed: z.number(),
  ratePerSend: z.number().nullable(),
  hourOfDay: numbers.length(24),
  dispersion: z.number(),
  episode: kindEpisodeSchema.nullable(),
  lastEpisodeEnd: z.number().nullable(),
}) satisfies z.ZodType<RiseState>;

export function parseValueState(stored: unknown): ValueState | null {
  const parsed = valueStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export function parseRiseState(stored: unknown): RiseState | null {
  const parsed = riseStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
