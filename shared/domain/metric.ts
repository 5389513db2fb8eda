import { z } from 'zod';

/**
 * A metric of the marketing account (Placed Order, Viewed Product, a custom metric…), as the sync
 * stores it and the UI shows it. Every field but the id may be missing upstream, so nullable.
 */
export const metricSchema = z.object({
  id: z.string().min(1),
  name: z.string().nullable(),
  /** e.g. "Shopify", "API": tells which integration sends it (troubleshooting, domain.md §2). */
  integrationName: z.string().nullable(),
  integrationCategory: z.string().nullable(),
  /** As the API wrote it: metric timestamps have no declared format (digest §4). */
  created: z.string().nullable(),
  updated: z.string().nullable(),
});
export type Metric = z.infer<typeof metricSchema>;
