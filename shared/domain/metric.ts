import { z } from 'zod';

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

export const seriesPointSchema = z.object({
  /** Bucket start, ISO 8601 in UTC. */
  start: z.string(),
  count: z.number(),
  sumValue: z.number(),
  unique: z.number(),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;
