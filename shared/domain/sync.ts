import { z } from 'zod';

export const syncPhaseSchema = z.enum(['catalogue', 'series']);

export const syncProgressSchema = z.object({
  accountId: z.string(),
  phase: syncPhaseSchema,
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Name of the metric being fetched, when there is one. */
  currentMetric: z.string().nullable(),
});
export type SyncProgress = z.infer<typeof syncProgressSchema>;

/** What the operator sees about an account's sync, one state at a time. */
export const accountStatusSchema = z.discriminatedUnion('state', [
  z.object({
    accountId: z.string(),
    state: z.literal('syncing'),
    percent: z.number().min(0).max(100),
    lastSyncedAt: z.string().nullable(),
    /** Set while the sync waits out the API's rate limit: when it resumes (ISO). */
    waitingUntil: z.string().optional(),
  }),
  z.object({ accountId: z.string(), state: z.literal('up-to-date'), lastSyncedAt: z.string() }),
  z.object({ accountId: z.string(), state: z.literal('never-synced') }),
  z.object({
    accountId: z.string(),
    state: z.literal('offline'),
    lastSyncedAt: z.string().nullable(),
    cacheAgeSeconds: z.number().nullable(),
    /** A sync is still trying to get through (its client retries in the background). */
    retrying: z.boolean(),
  }),
  z.object({
    accountId: z.string(),
    state: z.literal('needs-attention'),
    reason: z.enum(['invalid-key', 'missing-scope', 'missing-key', 'key-unreadable']),
    scope: z.string().nullable(),
    lastSyncedAt: z.string().nullable(),
  }),
  z.object({
    accountId: z.string(),
    state: z.literal('error'),
    code: z.string(),
    nextRetryAt: z.string().nullable(),
    lastSyncedAt: z.string().nullable(),
  }),
]);
export type AccountStatus = z.infer<typeof accountStatusSchema>;
