import { z } from 'zod';
import { entityIdSchema } from './ids';
import { sensitivitySchema } from './sensitivity';

/** Mute lengths offered, in days: a day of maintenance, a week's campaign, a month, a year. */
export const muteDaysSchema = z.union([z.literal(1), z.literal(7), z.literal(30), z.literal(365)]);
export type MuteDays = z.infer<typeof muteDaysSchema>;
export const muteChoices: readonly MuteDays[] = [1, 7, 30, 365];

/** A minimum hourly volume above this would watch every metric daily: refused as a typo. */
export const MIN_HOURLY_VOLUME_MAX = 10_000;
export const minHourlyVolumeSchema = z.number().finite().positive().max(MIN_HOURLY_VOLUME_MAX);

/**
 * How one metric is watched, where it differs from the account's defaults. Null fields follow the
 * defaults: Settings' sensitivity, never muted, always watched hourly.
 */
export const metricMonitorSchema = z.object({
  accountId: z.string(),
  metricId: z.string(),
  sensitivity: sensitivitySchema.nullable(),
  /** Until then (ISO, UTC) a drop of this metric is recorded, muted, and nobody is notified. */
  mutedUntil: z.string().nullable(),
  /** Events per hour below which the metric is judged on whole days instead of hours. */
  minHourlyVolume: minHourlyVolumeSchema.nullable(),
  /** The metric's usual events per hour as the detector last fitted it; null before it has. */
  hourlyLevel: z.number().nonnegative().nullable(),
  /** Whether it is watched daily now: its level is below its minimum hourly volume. */
  watchedDaily: z.boolean(),
});
export type MetricMonitor = z.infer<typeof metricMonitorSchema>;

/**
 * A change to one metric's monitor; absent fields are left as they are, null clears a field back
 * to the default. `mute: { days }` mutes from now; `mute: null` unmutes.
 */
export const metricMonitorPatchSchema = z.strictObject({
  accountId: entityIdSchema,
  metricId: entityIdSchema,
  sensitivity: sensitivitySchema.nullable().optional(),
  mute: z.strictObject({ days: muteDaysSchema }).nullable().optional(),
  minHourlyVolume: minHourlyVolumeSchema.nullable().optional(),
});
export type MetricMonitorPatch = z.infer<typeof metricMonitorPatchSchema>;
