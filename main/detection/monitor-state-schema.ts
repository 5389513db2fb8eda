import { z } from 'zod';
import type { MonitorState } from './monitor-types';

/**
 * A monitor state read back from the cache. The detector trusts its state completely, so what
 * comes out of SQLite is checked first: a state from an older format or a damaged row is
 * discarded (the monitor is rebuilt from the cached series) rather than fed to the arithmetic.
 */
const numbers = z.array(z.number());
const episodeSchema = z.object({
  start: z.number(),
  firedAt: z.number(),
  expected: z.number(),
  observed: z.number(),
  depth: z.number(),
  windowHours: z.number(),
  probability: z.number().min(0).max(1),
});

export const monitorStateSchema = z.object({
  version: z.literal(2),
  timezone: z.string(),
  firstHour: z.number(),
  nextHour: z.number(),
  totalCount: z.number(),
  firstEventHour: z.number().nullable(),
  lastEventHour: z.number().nullable(),
  ring: z.object({ count: numbers, expected: numbers, level: numbers, slot: numbers, flag: numbers, calendar: numbers }),
  lastFlaggedIndex: z.number(),
  level: z.number(),
  shape: numbers.length(168),
  fitted: z.boolean(),
  day: z
    .object({
      start: z.number(),
      end: z.number(),
      weekday: z.number(),
      hours: numbers.nullable(),
      startOffset: z.number(),
      endOffset: z.number(),
      stableUntil: z.number(),
    })
    .nullable(),
  retailDay: z.boolean(),
  dispersion: numbers,
  episode: episodeSchema.nullable(),
  surge: z.object({ start: z.number(), lastSpike: z.number(), until: z.number(), surplus: z.number() }).nullable(),
  lastEpisodeEnd: z.number().nullable(),
}) satisfies z.ZodType<MonitorState>;

/** The stored state if it is one this detector can continue from, else null. */
export function parseMonitorState(stored: unknown): MonitorState | null {
  const parsed = monitorStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
