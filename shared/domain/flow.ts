import { z } from 'zod';

/**
 * A flow (automation) of the marketing account. `status` and `triggerType` are kept as the API
 * sends them (`draft`/`manual`/`live`, `Metric`/`Added to List`/…): the read schema lists no
 * status values, and unknown ones must survive (digest §3.4).
 */
export const flowSchema = z.object({
  id: z.string().min(1),
  name: z.string().nullable(),
  status: z.string().nullable(),
  triggerType: z.string().nullable(),
  archived: z.boolean().nullable(),
  created: z.string().nullable(),
  updated: z.string().nullable(),
});
export type Flow = z.infer<typeof flowSchema>;
