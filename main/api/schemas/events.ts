import { z } from 'zod';
import type { ProfileEvent } from '../types';
import { collectionSchema, freeObjectSchema, resourceSchema } from './json-api';

/** get_events, for one profile and one metric. */
export const eventFields = ['datetime', 'timestamp', 'event_properties'] as const;

const eventAttributesSchema = z.object({
  datetime: z.string().nullish(),
  /** Integer seconds (digest §3.6). */
  timestamp: z.number().nullish(),
  /** Free object: the order id, items and `$value` of a Placed Order live here, keys undeclared. */
  event_properties: freeObjectSchema,
});

export const getEventsSchema = collectionSchema(resourceSchema(eventAttributesSchema));

type EventResource = z.infer<typeof getEventsSchema>['data'][number];

function isoUtc(datetime: string | null | undefined, timestamp: number | null | undefined): string | null {
  const fromDatetime = datetime == null ? Number.NaN : Date.parse(datetime);
  if (!Number.isNaN(fromDatetime)) return new Date(fromDatetime).toISOString();
  return timestamp == null ? null : new Date(timestamp * 1000).toISOString();
}

/** `$value` is where integrations put an order's value; numbers written as strings are accepted. */
function eventValue(properties: Record<string, unknown>): number | undefined {
  const raw = properties['$value'];
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function toProfileEvent(resource: EventResource): ProfileEvent {
  const properties = resource.attributes?.event_properties ?? {};
  const value = eventValue(properties);
  return {
    id: resource.id,
    datetime: isoUtc(resource.attributes?.datetime, resource.attributes?.timestamp),
    ...(value === undefined ? {} : { value }),
    properties,
  };
}
