import { z } from 'zod';
import type { ApiFlow } from '../types';
import { collectionSchema, resourceSchema } from './json-api';

/** get_flows and get_flows_triggered_by_metric: both answer flow resources (digest §3.3, §3.4). */
export const flowFields = ['name', 'status', 'trigger_type', 'archived', 'created', 'updated'] as const;

const flowAttributesSchema = z.object({
  name: z.string().nullish(),
  status: z.string().nullish(),
  /** The spec has an enum; unknown values are kept rather than refused. */
  trigger_type: z.string().nullish(),
  archived: z.boolean().nullish(),
  created: z.string().nullish(),
  updated: z.string().nullish(),
});

export const getFlowsSchema = collectionSchema(resourceSchema(flowAttributesSchema));

type FlowResource = z.infer<typeof getFlowsSchema>['data'][number];

export function toFlow(resource: FlowResource): ApiFlow {
  const attributes = resource.attributes;
  return {
    id: resource.id,
    name: attributes?.name ?? null,
    status: attributes?.status ?? null,
    triggerType: attributes?.trigger_type ?? null,
    archived: attributes?.archived ?? null,
    created: attributes?.created ?? null,
    updated: attributes?.updated ?? null,
  };
}
