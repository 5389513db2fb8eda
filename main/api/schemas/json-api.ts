import { z } from 'zod';

/**
 * The JSON:API envelope, read tolerantly (digest §4): every attribute may be missing or null,
 * sparse fieldsets drop "required" ones, extra keys are allowed (and dropped). What we do insist
 * on is the skeleton we cannot work without: `data` of the right kind and string ids.
 */

/** `next` absent, `null` or empty all mean "last page" (the spec says optional, some send null). */
export const collectionLinksSchema = z
  .object({
    self: z.string().nullish(),
    next: z.string().nullish(),
  })
  .nullish();

export function resourceSchema<Attributes extends z.ZodType>(attributes: Attributes) {
  return z.object({
    type: z.string().nullish(),
    id: z.string().min(1),
    attributes: attributes.nullish(),
  });
}

export function collectionSchema<Resource extends z.ZodType>(resource: Resource) {
  return z.object({
    data: z.array(resource),
    links: collectionLinksSchema,
  });
}

/** An untyped object the spec leaves open (`integration`, `event_properties`): any keys, or null. */
export const freeObjectSchema = z.record(z.string(), z.unknown()).nullish();

export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
