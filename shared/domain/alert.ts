import { z } from 'zod';

export const alertStateSchema = z.enum(['active', 'dismissed', 'snoozed', 'resolved']);
export type AlertState = z.infer<typeof alertStateSchema>;

/** The only snooze lengths offered, in days. */
export const snoozeDaysSchema = z.union([z.literal(30), z.literal(60), z.literal(120), z.literal(365)]);
export type SnoozeDays = z.infer<typeof snoozeDaysSchema>;
export const snoozeChoices: readonly SnoozeDays[] = [30, 60, 120, 365];

export const affectedFlowSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string().nullable(),
});

export const alertSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  metricId: z.string(),
  metricName: z.string(),
  integrationName: z.string().nullable(),
  state: alertStateSchema,
  /** First anomalous hour of the episode (ISO, UTC). */
  start: z.string(),
  firedAt: z.string(),
  resolvedAt: z.string().nullable(),
  expected: z.number(),
  observed: z.number(),
  /** Share of the expected activity that is missing, 0..1. */
  depth: z.number(),
  dismissedAt: z.string().nullable(),
  snoozedUntil: z.string().nullable(),
  /** Flows triggered by the metric, live and manual first. */
  affectedFlows: z.array(affectedFlowSchema),
});
export type Alert = z.infer<typeof alertSchema>;

export const transitionReasonSchema = z.enum(['fired', 'fired-while-snoozed', 'dismissed', 'snoozed', 'snooze-expired', 'recovered', 'superseded']);
export type TransitionReason = z.infer<typeof transitionReasonSchema>;

/** One change of an alert's state, with when it happened and why. */
export const alertTransitionSchema = z.object({
  alertId: z.string(),
  accountId: z.string(),
  metricName: z.string(),
  from: alertStateSchema.nullable(),
  to: alertStateSchema,
  at: z.string(),
  reason: transitionReasonSchema,
});
export type AlertTransition = z.infer<typeof alertTransitionSchema>;
