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

/** A pasted private key: bounded so a runaway paste cannot flood main. Trimming happens in main. */
export const apiKeyInputSchema = z.string().min(1).max(500);

export const accountPreviewSchema = z.object({
  remoteId: z.string(),
  name: z.string(),
  timezone: z.string(),
  currency: z.string(),
  /** True when leading/trailing whitespace was removed from the pasted key. */
  keyWasTrimmed: z.boolean(),
});
export type AccountPreview = z.infer<typeof accountPreviewSchema>;
