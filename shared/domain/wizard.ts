import { z } from 'zod';
import { diagnosisKindSchema } from './diagnosis';
import { entityIdSchema } from './ids';

/**
 * The guided wizards as main describes them to the renderer: a session (what the operator chose
 * and ticked, which step they are on) and a view of every step with its items, each item either
 * answered from synced data (`auto`), ticked by the operator (`manual`) or advice (`info`). Item
 * ids are message keys; `params` fill the message's placeholders.
 */
export const wizardKindSchema = z.enum(['troubleshoot', 'migration', 'transactional', 'test-order', 'reconcile']);
export type WizardKind = z.infer<typeof wizardKindSchema>;

/** The test-order check gives up after the integration's usual lag (an hour) plus half an hour. */
export const TEST_ORDER_TIMEOUT_MS = 90 * 60_000;

export const wizardStatusSchema = z.enum(['active', 'finished']);
export type WizardStatus = z.infer<typeof wizardStatusSchema>;

/** A pasted or imported export of daily counts stays under 1,000,000 characters (10,000 days fit). */
export const RECONCILE_CSV_MAX_CHARS = 1_000_000;

const text = z.string().max(2000);
const shortText = z.string().max(300);

/** What the operator typed or chose, across the steps of any wizard. Every field is optional. */
export const wizardInputSchema = z.strictObject({
  /** Troubleshooting: the alert or the diagnosis it started from. */
  alertId: shortText.optional(),
  diagnosisKind: diagnosisKindSchema.optional(),
  /** Troubleshooting, migration: the integrations concerned. */
  integration: shortText.optional(),
  legacyIntegration: shortText.optional(),
  newIntegration: shortText.optional(),
  /** Transactional eligibility. */
  flowId: shortText.optional(),
  /** The answer to "what is this message for?", kept with the flow it was given for. */
  purposeAnswer: z.strictObject({ flowId: shortText, purpose: z.enum(['transactional', 'marketing']) }).optional(),
  messageId: shortText.optional(),
  examples: text.optional(),
  screenshot: shortText.optional(),
  sendsPerMonth: shortText.optional(),
  privacyUrl: shortText.optional(),
  termsUrl: shortText.optional(),
  /** Troubleshooting after a test order that never arrived. */
  testOrderOutcome: z.enum(['no-profile', 'no-event']).optional(),
  /** Test order. */
  platform: shortText.optional(),
  email: shortText.optional(),
  /**
   * Sync reconciliation: the metric, one day and the source's count, or the source's export of
   * daily counts. The day form is sent whole, so an erased day arrives as '' (cleared on merge).
   */
  metricId: shortText.optional(),
  day: z.union([z.iso.date(), z.literal('')]).optional(),
  sourceCount: z.number().int().min(0).max(1e12).optional(),
  timezone: shortText.optional(),
  csv: z.string().max(RECONCILE_CSV_MAX_CHARS).optional(),
  /** The export's answers: which column is the count, and whether its dates put the day first. */
  csvCountColumn: z.number().int().min(0).max(200).optional(),
  csvDateOrder: z.enum(['day-first', 'month-first']).optional(),
  /** The span of the incident a wizard was opened from (ISO): its first anomalous hour, and its end while known. */
  windowStart: z.iso.datetime({ offset: true }).optional(),
  windowEnd: z.iso.datetime({ offset: true }).optional(),
});
export type WizardInput = z.infer<typeof wizardInputSchema>;

/** How the wizard began; kept so a resumed session knows its origin. */
export const wizardOriginSchema = z.strictObject({
  alertId: shortText.optional(),
  diagnosisKind: diagnosisKindSchema.optional(),
  /** A failed test order hands its platform over to troubleshooting. */
  integration: shortText.optional(),
  /** ...with what it learnt: no profile for the email at all, or a profile without the order. */
  testOrderOutcome: z.enum(['no-profile', 'no-event']).optional(),
  email: shortText.optional(),
  /** The Flows screen opens transactional eligibility on one flow. */
  flowId: shortText.optional(),
  /**
   * The incident page hands over what it knows: the metric at the head of the incident, the
   * platform it comes from (the test order's first answer) and the incident's span.
   */
  metricId: shortText.optional(),
  platform: shortText.optional(),
  windowStart: wizardInputSchema.shape.windowStart,
  windowEnd: wizardInputSchema.shape.windowEnd,
});
export type WizardOrigin = z.infer<typeof wizardOriginSchema>;

/** The persisted part: everything needed to rebuild the view after a restart. */
export const wizardSessionSchema = z.strictObject({
  id: z.string().min(1),
  kind: wizardKindSchema,
  accountId: z.string().min(1),
  status: wizardStatusSchema,
  stepIndex: z.number().int().min(0),
  input: wizardInputSchema,
  /** `stepId.itemId` of the manual items the operator marked done. */
  ticked: z.array(z.string()).max(500),
  startedAt: z.string(),
  updatedAt: z.string(),
  testOrder: z
    .strictObject({
      /** Events older than this are not the test order: the moment the wizard began. */
      since: z.string(),
      /** When the checking began: the timeout counts from here. */
      began: z.string(),
      state: z.enum(['waiting', 'found', 'timed-out', 'cancelled']),
      checks: z.number().int().min(0),
      lastCheckedAt: z.string().nullable(),
      profileFound: z.boolean(),
      event: z.strictObject({ time: z.string(), value: z.number().nullable() }).nullable(),
    })
    .optional(),
});
export type WizardSession = z.infer<typeof wizardSessionSchema>;

export const itemSourceSchema = z.enum(['auto', 'manual', 'info']);
/** auto: yes / no / unknown; manual: done / todo; info: info. */
export const itemStateSchema = z.enum(['yes', 'no', 'unknown', 'done', 'todo', 'info']);
export type ItemState = z.infer<typeof itemStateSchema>;

export const wizardItemSchema = z.object({
  id: z.string(),
  source: itemSourceSchema,
  state: itemStateSchema,
  params: z.record(z.string(), z.string()),
  links: z.array(z.string()),
});
export type WizardItem = z.infer<typeof wizardItemSchema>;

export const wizardStepSchema = z.object({
  id: z.string(),
  items: z.array(wizardItemSchema),
  /** The step cannot be left forward until its input is given (a flow chosen, an email typed). */
  blocked: z.boolean(),
});
export type WizardStep = z.infer<typeof wizardStepSchema>;

/** A likely cause with its rank score (higher first); its next action is a message of its own. */
export const rankedCauseSchema = z.object({ id: z.string(), score: z.number() });
export type RankedCause = z.infer<typeof rankedCauseSchema>;

export const wizardViewSchema = z.object({
  session: wizardSessionSchema,
  /** Context the screen shows at the top (account, alert metric, platforms, flow...). */
  context: z.record(z.string(), z.string()),
  /** Choices the current steps offer (flows, integrations, platforms). */
  options: z.record(z.string(), z.array(z.object({ value: z.string(), label: z.string() }))),
  steps: z.array(wizardStepSchema),
  causes: z.array(rankedCauseSchema),
});
export type WizardView = z.infer<typeof wizardViewSchema>;

export const wizardStartSchema = z.strictObject({
  kind: wizardKindSchema,
  accountId: entityIdSchema,
  origin: wizardOriginSchema.optional(),
});

export const wizardUpdateSchema = z.strictObject({
  sessionId: entityIdSchema,
  stepIndex: z.number().int().min(0).max(50).optional(),
  tick: z.strictObject({ key: z.string().min(1).max(200), done: z.boolean() }).optional(),
  input: wizardInputSchema.optional(),
  finish: z.boolean().optional(),
});
export type WizardUpdate = z.infer<typeof wizardUpdateSchema>;

export const wizardSessionSummarySchema = wizardSessionSchema
  .pick({ id: true, kind: true, accountId: true, status: true, stepIndex: true, updatedAt: true })
  // The Flows screen shows the verdict the operator's answer leads to, as the wizard does.
  .extend({ purposeAnswer: wizardInputSchema.shape.purposeAnswer });
export type WizardSessionSummary = z.infer<typeof wizardSessionSummarySchema>;
