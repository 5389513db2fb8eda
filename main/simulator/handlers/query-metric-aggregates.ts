import { z } from 'zod';
import { aggregateMetric } from '../aggregate';
import { invalidBody, notFound } from '../api-error';
import { bucketBoundaries } from '../buckets';
import { parseFilter } from '../filter-parser';
import { filterDatetimeToMs } from '../filter-rules';
import { apiUrl, pickAttributes } from '../json-api';
import { uuidLike } from '../prng';
import { metricAggregateDimensions, metricAggregateIntervals, metricAggregateMeasurements, metricAggregateSorts } from '../spec-parameters';
import { formatInstant } from '../time';
import type { Handler } from './handler-context';

/** Our guard against answers of millions of buckets (the spec gives no range limit). */
const maxBuckets = 100_000;

const oneOf = (values: readonly string[], what: string) =>
  z.string().refine((value) => values.includes(value), { message: `not a valid ${what}` });

/**
 * The `MetricAggregateQuery` body. Unknown attributes are refused (our choice: a misspelt
 * `timezone` would otherwise silently give UTC buckets).
 */
const bodySchema = z.object({
  data: z.object({
    type: z.literal('metric-aggregate'),
    attributes: z.strictObject({
      metric_id: z.string().min(1),
      measurements: z.array(z.enum(metricAggregateMeasurements)).min(1),
      filter: z.array(z.string()).min(1),
      interval: z.enum(metricAggregateIntervals).nullish(),
      timezone: z.string().nullish(),
      page_size: z.number().int().min(1).nullish(),
      page_cursor: z.string().nullish(),
      by: z.array(oneOf(metricAggregateDimensions, 'dimension')).nullish(),
      return_fields: z.array(z.string()).nullish(),
      sort: oneOf(metricAggregateSorts, 'sort').nullish(),
    }),
  }),
});

function pointerOf(path: readonly PropertyKey[]): string {
  return `/${path.map(String).join('/')}`;
}

/**
 * The time range: exactly one `greater-or-equal(datetime,…)` and one `less-than(datetime,…)`,
 * half-open. Other conditions are refused: the simulator has no event dimensions to filter on.
 */
function readRange(filters: readonly string[], zone: string): { startMs: number; endMs: number } {
  const bounds = new Map<string, number>();
  filters.forEach((text, index) => {
    const pointer = `/data/attributes/filter/${index}`;
    const parsed = parseFilter(text);
    if (!parsed.ok) throw invalidBody(pointer, `Invalid filter: ${parsed.message}`);
    for (const condition of parsed.conditions) {
      const isBound = condition.field === 'datetime' && (condition.operator === 'greater-or-equal' || condition.operator === 'less-than');
      if (!isBound) {
        throw invalidBody(pointer, `"${condition.operator}(${condition.field},…)" is not supported; give the range as greater-or-equal(datetime,…) and less-than(datetime,…)`);
      }
      if (condition.value?.kind !== 'datetime') throw invalidBody(pointer, 'datetime takes an unquoted ISO 8601 date-time, e.g. 2026-07-01T00:00:00');
      const ms = filterDatetimeToMs(condition.value.text, zone);
      if (ms === null) throw invalidBody(pointer, `"${condition.value.text}" is not a valid datetime`);
      if (bounds.has(condition.operator)) throw invalidBody(pointer, `more than one ${condition.operator}(datetime,…)`);
      bounds.set(condition.operator, ms);
    }
  });
  const startMs = bounds.get('greater-or-equal');
  const endMs = bounds.get('less-than');
  if (startMs === undefined || endMs === undefined) {
    throw invalidBody('/data/attributes/filter', 'The filter must contain a time range: greater-or-equal(datetime,…) and less-than(datetime,…)');
  }
  if (startMs >= endMs) throw invalidBody('/data/attributes/filter', 'The time range is empty: the start must be before the end');
  return { startMs, endMs };
}

/**
 * `POST /api/metric-aggregates`: one row (`dimensions: []`, or one empty value per `by`
 * dimension, since we model none) whose measurement arrays line up with `dates`, the bucket
 * starts in the request's timezone written in UTC (our reading of the community samples).
 * Naive datetimes in the filter are read in the request's timezone (our choice).
 */
export const queryMetricAggregates: Handler = (context) => {
  let json: unknown;
  try {
    json = JSON.parse(context.body);
  } catch {
    throw invalidBody('/', 'The request body is not valid JSON');
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw invalidBody(pointerOf(issue?.path ?? []), `Invalid metric aggregate query: ${issue?.message ?? 'invalid'}`);
  }
  const attributes = parsed.data.data.attributes;
  const zone = attributes.timezone ?? 'UTC';
  if (!context.timezones.isAccepted(zone)) {
    throw invalidBody('/data/attributes/timezone', `"${zone}" is not a supported timezone (names are case-sensitive IANA zones)`);
  }
  const range = readRange(attributes.filter, zone);
  const interval = attributes.interval ?? 'day';
  const metric = context.account.metrics.find((candidate) => candidate.id === attributes.metric_id);
  if (!metric) throw notFound(`Metric with id ${attributes.metric_id} does not exist.`);

  const boundaries = bucketBoundaries(interval, zone, range.startMs, range.endMs, maxBuckets);
  if (boundaries === null) throw invalidBody('/data/attributes/interval', `The range holds more than ${maxBuckets} ${interval} buckets`);
  const extras = context.activity().extraEvents.get(metric.id) ?? [];
  const totals = aggregateMetric(context.world, context.account, metric, boundaries, range, context.nowMs, extras);
  const byMeasurement = { count: totals.count, sum_value: totals.sumValue, unique: totals.unique };
  const measurements = Object.fromEntries([...new Set(attributes.measurements)].map((name) => [name, byMeasurement[name]]));

  const self = `${context.baseUrl}/api/metric-aggregates/`;
  return {
    data: {
      type: 'metric-aggregate',
      id: uuidLike(context.world.seed, 'metric-aggregate', context.body),
      attributes: pickAttributes(
        {
          dates: boundaries.slice(0, -1).map(formatInstant),
          data: [{ dimensions: (attributes.by ?? []).map(() => ''), measurements }],
        },
        context.query.list('fields[metric-aggregate]'),
      ),
      links: { self },
    },
    links: { self: apiUrl(context.baseUrl, context.linkPath, context.query.pairs) },
  };
};
