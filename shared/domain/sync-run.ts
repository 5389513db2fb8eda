import { z } from 'zod';
import { errorCodeSchema } from './errors';

/**
 * How a sync run ended, as Settings > Recent syncs shows it. `interrupted`: the app stopped during
 * the run (killed, crashed, power cut) and found it open at its next start; `running`: under way.
 */
export const syncRunOutcomeSchema = z.enum(['running', 'completed', 'failed', 'cancelled', 'interrupted']);
export type SyncRunOutcome = z.infer<typeof syncRunOutcomeSchema>;

export const syncRunSchema = z.object({
  id: z.number().int(),
  accountId: z.string(),
  startedAt: z.string(),
  /** For an interrupted run: when the app found it open (the moment it stopped is not known). */
  endedAt: z.string().nullable(),
  outcome: syncRunOutcomeSchema,
  /** Why a failed run failed; the renderer translates it. */
  errorCode: errorCodeSchema.nullable(),
  rowsWritten: z.number().int().nonnegative(),
});
export type SyncRun = z.infer<typeof syncRunSchema>;
