import { z } from 'zod';

export const flowSchema = z.object({
  accountId: z.string(),
  id: z.string(),
  name: z.string(),
  /** live, manual or draft in practice; stored as the API gives it. */
  status: z.string().nullable(),
  /** Metric, Added to List, Date Based, Price Drop, Low Inventory, Unconfigured. */
  triggerType: z.string().nullable(),
  archived: z.boolean(),
  created: z.string().nullable(),
  updated: z.string().nullable(),
  triggerMetricIds: z.array(z.string()),
  gone: z.boolean(),
});
export type Flow = z.infer<typeof flowSchema>;
