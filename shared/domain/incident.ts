import { z } from 'zod';
import { affectedFlowSchema, alertFiguresSchema } from './alert';
import { diagnosisKindSchema } from './diagnosis';
import { monitorKindSchema } from './monitor-kind';

/**
 * An incident: the drops of one account that began within a few hours of each other and share a
 * cause (the same integration, the same diagnosis, or the checkout funnel), told once. Each member
 * is one metric's alert; the incident is what the screens, the notifications and the command
 * line speak of.
 *
 * - `ongoing`: at least one member is still below its expected band.
 * - `recovering`: every member is back to normal, for less than the recovery time so far.
 * - `resolved`: every member has been back to normal for the recovery time (Settings, default 2 h).
 */
export const incidentStateSchema = z.enum(['ongoing', 'recovering', 'resolved']);
export type IncidentState = z.infer<typeof incidentStateSchema>;

/** What the operator did about it: nothing, snoozed (until `snoozedUntil`) or dismissed. */
export const incidentMuteSchema = z.enum(['none', 'snoozed', 'dismissed']);
export type IncidentMute = z.infer<typeof incidentMuteSchema>;

/** Why the members were grouped: one metric alone, or what they share. */
export const incidentGroupingSchema = z.enum(['single', 'integration', 'diagnosis', 'funnel']);
export type IncidentGrouping = z.infer<typeof incidentGroupingSchema>;

/** An estimate with the range it plausibly lies in (about 90%), never below zero. */
export const estimateRangeSchema = z.object({ estimate: z.number(), low: z.number(), high: z.number() });
export type EstimateRange = z.infer<typeof estimateRangeSchema>;

/** One metric of the incident: its alert, its figures as every surface shows them, what it missed. */
export const incidentMemberSchema = z.object({
  alertId: z.string(),
  metricId: z.string(),
  metricName: z.string(),
  integrationName: z.string().nullable(),
  /** What was judged on the metric (see `alertSchema.kind`). */
  kind: monitorKindSchema,
  /** First anomalous hour (ISO, UTC). */
  start: z.string(),
  /** When the metric was back to normal; null while it is still down. */
  recoveredAt: z.string().nullable(),
  figures: alertFiguresSchema,
  /**
   * Events that did not come in, from the first anomalous hour to its recovery (or the latest
   * judged hour); for a harmful rise, the extra events; zero for a value drop (the orders came).
   */
  missingEvents: estimateRangeSchema,
});
export type IncidentMember = z.infer<typeof incidentMemberSchema>;

/**
 * What the incident cost: the headline metric's missing events and, when an order metric with
 * values is a member, the missing revenue against that metric's own usual value per event, in the
 * account's currency. Live while the incident lasts (`final: false`), frozen once it resolves.
 */
export const incidentCostSchema = z.object({
  /** End of the last complete hour counted (ISO, UTC). */
  through: z.string(),
  final: z.boolean(),
  metricId: z.string(),
  metricName: z.string(),
  /**
   * What the headline member judged: a value drop's cost is its revenue, a harmful rise's its
   * extra events (in `missingEvents`). Absent (costs stored before kinds): a count's.
   */
  kind: monitorKindSchema.default('count-down'),
  missingEvents: estimateRangeSchema,
  /** Null when no member carries order values, or when the events moved rather than stopped. */
  missingRevenue: estimateRangeSchema.nullable(),
  /**
   * The diagnosis is a platform switch: the events now arrive through the new integration, so
   * the old metric's missing events are not a loss. Screens say so instead of pricing them.
   */
  movedElsewhere: z.boolean(),
  /** ISO 4217 code of the account's currency; null when the account does not say. */
  currency: z.string().nullable(),
});
export type IncidentCost = z.infer<typeof incidentCostSchema>;

export const incidentEventKindSchema = z.enum([
  'fired',
  'joined',
  'notified',
  'snoozed',
  'unsnoozed',
  'snooze-expired',
  'dismissed',
  'restored',
  'recovered',
  'resolved',
]);
export type IncidentEventKind = z.infer<typeof incidentEventKindSchema>;

/**
 * One line of the incident's timeline: it fired, a metric joined, the operator was notified, it
 * was snoozed or dismissed (by this computer) or taken back, a metric recovered, it resolved.
 */
export const incidentEventSchema = z.object({
  incidentId: z.string(),
  at: z.string(),
  kind: incidentEventKindSchema,
  /** The metric concerned (fired, joined, recovered), else null. */
  metricName: z.string().nullable(),
  /** Who: the detector, or the person at this computer. */
  by: z.enum(['detector', 'this-computer']),
  /** A snooze's end (ISO), for `snoozed`. */
  until: z.string().nullable(),
});
export type IncidentEvent = z.infer<typeof incidentEventSchema>;

export const incidentSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  accountName: z.string(),
  state: incidentStateSchema,
  mute: incidentMuteSchema,
  grouping: incidentGroupingSchema,
  /** Earliest first anomalous hour of its members (ISO, UTC). */
  start: z.string(),
  /** When the last member was back to normal (ISO); null while one is still down. */
  end: z.string().nullable(),
  /** When the incident was declared resolved (end + recovery time); null before. */
  resolvedAt: z.string().nullable(),
  /** When it was first told (ISO): the first member's firing. */
  firedAt: z.string(),
  /** The member the headline names: an order metric first, then the deepest drop. */
  headlineMetricId: z.string(),
  headlineMetricName: z.string(),
  /** What the headline member judged: the incident is worded by it. */
  headlineKind: monitorKindSchema,
  members: z.array(incidentMemberSchema).min(1),
  /** The diagnosis of its members, when the detector found one. */
  diagnosisKind: diagnosisKindSchema.nullable(),
  cost: incidentCostSchema,
  snoozedUntil: z.string().nullable(),
  dismissedAt: z.string().nullable(),
  /** Flows triggered by any member, live and manual first; empty when none. */
  affectedFlows: z.array(affectedFlowSchema),
  /** When this computer marked it read; null while unread. */
  readAt: z.string().nullable(),
  /** Oldest first. */
  timeline: z.array(incidentEventSchema),
});
export type Incident = z.infer<typeof incidentSchema>;
