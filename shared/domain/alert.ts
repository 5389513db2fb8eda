import { z } from 'zod';
import { monitorKindSchema } from './monitor-kind';

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

/**
 * One reading of a drop over a span of complete hours: what was counted, what the detector
 * expected, and the share missing as a whole percentage (rounded once, in main, so every surface
 * prints the same number; negative when the span is above expected).
 */
export const alertFigureSchema = z.object({
  observed: z.number(),
  expected: z.number(),
  percentBelow: z.number().int(),
  /** End of the last complete hour counted (ISO, UTC): the moment the figure describes. */
  through: z.string(),
});
export type AlertFigure = z.infer<typeof alertFigureSchema>;

/**
 * What the "when it fired" span is evidence of: its first hour, its length, and the chance of so
 * few events over it with nothing wrong (the detector's, frozen at firing). Worded by
 * `shared/i18n/evidence-sentence.ts`.
 */
export const alertEvidenceSchema = z.object({
  start: z.string(),
  hours: z.number().int().positive(),
  probability: z.number().min(0).max(1),
});
export type AlertEvidence = z.infer<typeof alertEvidenceSchema>;

/**
 * The figures every surface shows for an alert, labelled: `fired` is frozen (from the first
 * anomalous hour to the hour the alert fired), `now` is live (from the first anomalous hour to the
 * latest hour the detector has judged); `now` is null once the drop has ended, or when the
 * detector no longer holds those hours.
 */
export const alertFiguresSchema = z.object({
  now: alertFigureSchema.nullable(),
  fired: alertFigureSchema,
  /** Null on alerts fired before the detector stated its evidence. */
  evidence: alertEvidenceSchema.nullable(),
  /** What the figures measure (absent: a count that fell): values for `value-down`, a rise's `percentBelow` is negative. */
  kind: monitorKindSchema.optional(),
  /** The account's currency (ISO 4217) for a value's figures; absent or null otherwise. */
  currency: z.string().nullable().optional(),
});
export type AlertFigures = z.infer<typeof alertFiguresSchema>;

export const alertSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  metricId: z.string(),
  metricName: z.string(),
  integrationName: z.string().nullable(),
  /**
   * What was judged: the count falling, the value (revenue, in the account's currency) falling
   * while the count holds, or a harmful metric (bounces, spam complaints) rising. The figures are
   * values for `value-down`, counts otherwise; a rise's `percentBelow` is negative.
   */
  kind: monitorKindSchema,
  state: alertStateSchema,
  /** First anomalous hour of the episode (ISO, UTC). */
  start: z.string(),
  firedAt: z.string(),
  resolvedAt: z.string().nullable(),
  expected: z.number(),
  observed: z.number(),
  /** Share of the expected activity that was missing when the alert fired, 0..1. */
  depth: z.number(),
  /** What the surfaces print: "now" and "when it fired", computed once in main. */
  figures: alertFiguresSchema,
  dismissedAt: z.string().nullable(),
  snoozedUntil: z.string().nullable(),
  /** Flows triggered by the metric, live and manual first. */
  affectedFlows: z.array(affectedFlowSchema),
});
export type Alert = z.infer<typeof alertSchema>;

/**
 * Why an alert changed state. `restored` and `unsnoozed` take back a dismiss or a snooze;
 * `muted-with-incident` is a new drop joining an incident the operator had already snoozed or
 * dismissed.
 */
export const transitionReasonSchema = z.enum([
  'fired',
  'fired-while-snoozed',
  'dismissed',
  'snoozed',
  'snooze-expired',
  'recovered',
  'superseded',
  'restored',
  'unsnoozed',
  'muted-with-incident',
]);
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
