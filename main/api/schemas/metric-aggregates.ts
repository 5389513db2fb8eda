import { z } from 'zod';
import type { AggregateBucket } from '../types';

/**
 * query_metric_aggregates (digest §5.2). The spec types `measurements` as a bare object; like every
 * real client we read each key as an array aligned with `dates`, guarding against nulls and
 * short arrays. `dates` itself is the one thing we insist on: without it nothing can be placed in
 * time. No rows (`data: []`) is a valid "nothing happened".
 */
const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date-time');

const rowSchema = z.object({
  dimensions: z.array(z.string()).nullish(),
  measurements: z.record(z.string(), z.array(z.number().nullable()).nullish()).nullish(),
});

export const queryMetricAggregatesSchema = z.object({
  data: z.object({
    type: z.string().nullish(),
    id: z.string().nullish(),
    attributes: z.object({
      dates: z.array(isoDate),
      data: z.array(rowSchema).nullish(),
    }),
  }),
});

type Row = z.infer<typeof rowSchema>;

/**
 * Without `by` there is one row (or none); should several come back, their values are added, which
 * is right for counts and sums and the best available for `unique`.
 */
function total(rows: readonly Row[], measurement: string, index: number): number {
  return rows.reduce((sum, row) => sum + (row.measurements?.[measurement]?.[index] ?? 0), 0);
}

export function toBuckets(document: z.infer<typeof queryMetricAggregatesSchema>): AggregateBucket[] {
  const rows = document.data.attributes.data ?? [];
  return document.data.attributes.dates.map((date, index) => ({
    start: new Date(date).toISOString(),
    count: total(rows, 'count', index),
    sumValue: total(rows, 'sum_value', index),
    unique: total(rows, 'unique', index),
  }));
}
