import { z } from 'zod';

export const accountKindSchema = z.enum(['demo', 'real']);

export const accountSummarySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  kind: accountKindSchema,
  /** IANA zone the account counts its days in (buckets, "today", the data table). */
  timezone: z.string(),
  currency: z.string(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;
