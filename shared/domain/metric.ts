import { z } from 'zod';
import { entityIdSchema } from './ids';

export const intervalSchema = z.enum(['hour', 'day']);
export type Interval = z.infer<typeof intervalSchema>;

export const metricSchema = z.object({
  accountId: z.string(),
  id: z.string(),
  name: z.string(),
  integrationName: z.string().nullable(),
  /** The integration's kind (e.g. ecommerce, api): tells a platform integration from a custom one. */
  integrationCategory: z.string().nullable(),
  created: z.string().nullable(),
  updated: z.string().nullable(),
  /** No longer returned by the API; kept so its history stays reviewable. */
  gone: z.boolean(),
});
export type Metric = z.infer<typeof metricSchema>;

/** One of Home's headline cards: a metric name and the metrics carrying it, one per integration. */
export const headlineGroupSchema = z.object({ name: z.string(), metricIds: z.array(z.string()) });
export type HeadlineGroup = z.infer<typeof headlineGroupSchema>;

export const seriesPointSchema = z.object({
  /** Bucket start, ISO 8601 in UTC. */
  start: z.string(),
  count: z.number(),
  sumValue: z.number(),
  unique: z.number(),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

const isoInstant = z.iso.datetime({ offset: true });

/** A window of one metric's series; at most five years, the longest the cache keeps. */
export const seriesQuerySchema = z
  .strictObject({
    accountId: entityIdSchema,
    metricId: entityIdSchema,
    interval: intervalSchema,
    from: isoInstant,
    to: isoInstant,
    /**
     * For `metrics:expected`: whose band, the count's (default) or the value's (each hour's count
     * × the value per event the value monitor learnt). `metrics:series` returns both measures.
     */
    measure: z.enum(['count', 'value']).optional(),
  })
  .refine((q) => Date.parse(q.from) < Date.parse(q.to), { message: '"from" must be before "to"' })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 5 * 366 * 86_400_000, { message: 'at most five years at once' });
export type SeriesQuery = z.infer<typeof seriesQuerySchema>;

/** What the detector expected for a bucket; null where it holds no prediction. */
export const expectedPointSchema = z.object({ start: z.string(), expected: z.number().nullable() });
export type ExpectedPoint = z.infer<typeof expectedPointSchema>;
