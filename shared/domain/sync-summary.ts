import { z } from 'zod';
import { errorCodeSchema } from './errors';

/**
 * One complete sync of one account, as it ended: what the command line's `storepulse sync` reports.
 * The screens start syncs with `sync:now` and follow them by events instead.
 */
export const syncSummarySchema = z.object({
  accountId: z.string(),
  outcome: z.enum(['success', 'failed', 'cancelled']),
  requests: z.number().int().nonnegative(),
  requestsByOperation: z.record(z.string(), z.number().int().nonnegative()),
  /** The account's metrics after the run. */
  metrics: z.number().int().nonnegative(),
  rowsWritten: z.number().int().nonnegative(),
  /** Series rows the cache holds for the account after the run. */
  seriesRows: z.number().int().nonnegative(),
  error: z.object({ code: errorCodeSchema, message: z.string() }).nullable(),
});
export type SyncSummary = z.infer<typeof syncSummarySchema>;
