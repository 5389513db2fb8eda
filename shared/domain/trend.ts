import { z } from 'zod';

/**
 * A slow decline: a metric whose last 7 days hold at most 60% of its volume in the 7 days two
 * weeks before them, with no sudden drop to alert on. A quieter notice than an alert: listed in
 * the notification centre, never a banner or an OS notification. Rates are events per average
 * hour over the metric's own weekly shape, so the week's rhythm cancels.
 */
export const trendNoticeSchema = z.object({
  accountId: z.string(),
  accountName: z.string(),
  metricId: z.string(),
  metricName: z.string(),
  integrationName: z.string().nullable(),
  recentPerHour: z.number().nonnegative(),
  earlierPerHour: z.number().positive(),
  /** How much lower the last week is, as a whole percentage (computed once, in main). */
  percentLower: z.number().int(),
  /** End of the last complete hour the check counted (ISO, UTC). */
  through: z.string(),
});
export type TrendNotice = z.infer<typeof trendNoticeSchema>;
