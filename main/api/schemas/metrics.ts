import { z } from 'zod';
import type { ApiMetric } from '../types';
import { collectionSchema, freeObjectSchema, resourceSchema, stringOrNull } from './json-api';

/** get_metrics. No `page[size]` exists here (at most 200 per page, digest §3.2). */
export const metricFields = ['name', 'integration', 'created', 'updated'] as const;

const metricAttributesSchema = z.object({
  name: z.string().nullish(),
  created: z.string().nullish(),
  updated: z.string().nullish(),
  /** Untyped in the spec: we only hope for `name` and `category`, and take them if they are strings. */
  integration: freeObjectSchema,
});

export const getMetricsSchema = collectionSchema(resourceSchema(metricAttributesSchema));

type MetricResource = z.infer<typeof getMetricsSchema>['data'][number];

export function toMetric(resource: MetricResource): ApiMetric {
  const attributes = resource.attributes;
  return {
    id: resource.id,
    name: attributes?.name ?? null,
    integrationName: stringOrNull(attributes?.integration?.['name']),
    integrationCategory: stringOrNull(attributes?.integration?.['category']),
    created: attributes?.created ?? null,
    updated: attributes?.updated ?? null,
  };
}
