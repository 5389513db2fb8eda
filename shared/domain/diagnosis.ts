import { z } from 'zod';
import { affectedFlowSchema, alertFiguresSchema } from './alert';

export const diagnosisKindSchema = z.enum(['integration-outage', 'onsite-tracking', 'order-status', 'platform-switch', 'no-recent-orders']);
export type DiagnosisKind = z.infer<typeof diagnosisKindSchema>;

export const orderStatusRuleSchema = z.object({
  platform: z.string(),
  /** `ignored`: orders in these statuses are not placed orders; `required`: only these count. */
  rule: z.enum(['ignored', 'required']),
  statuses: z.array(z.string()),
});
export type OrderStatusRule = z.infer<typeof orderStatusRuleSchema>;

/** What each kind of finding says beyond its metrics, for the wizards that act on it. */
export const diagnosisDetailsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('integration-outage'),
    integration: z.string(),
    category: z.string().nullable(),
    /** Not a built-in platform integration: whoever built it must look. */
    custom: z.boolean(),
    statusPage: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('onsite-tracking'),
    placedOrderMetricId: z.string(),
    platform: z.string().nullable(),
    /** Shopify or BigCommerce: the snippets live in the theme. */
    themeSnippets: z.boolean(),
  }),
  z.object({
    kind: z.literal('order-status'),
    integration: z.string(),
    startedCheckoutMetricId: z.string().nullable(),
    /** WooCommerce or Magento with Started Checkout gone too: the plugin or extension. */
    plugin: z.boolean(),
    statusRule: orderStatusRuleSchema.nullable(),
  }),
  z.object({
    kind: z.literal('platform-switch'),
    legacyIntegration: z.string(),
    newIntegration: z.string(),
    legacyMetricIds: z.array(z.string()),
    replacements: z.array(z.object({ name: z.string(), legacyMetricId: z.string(), newMetricId: z.string() })),
  }),
  z.object({
    kind: z.literal('no-recent-orders'),
    totalEvents: z.number(),
    lastEventAt: z.string().nullable(),
  }),
]);
export type DiagnosisDetails = z.infer<typeof diagnosisDetailsSchema>;

/** A probable cause, with its evidence: which metrics, since when, how deep. */
export const diagnosisSchema = z.object({
  accountId: z.string(),
  kind: diagnosisKindSchema,
  /** The hour it was found at (ISO, UTC). */
  at: z.string(),
  metricIds: z.array(z.string()),
  metricNames: z.array(z.string()),
  /** First anomalous hour, when known. */
  start: z.string().nullable(),
  /** Share of the expected activity missing, 0..1, when known (the smallest among the metrics). */
  depth: z.number().nullable(),
  /**
   * The open alert of each metric concerned, with the same figures the banner shows: a card
   * prints these rather than a figure of its own.
   */
  drops: z.array(z.object({ alertId: z.string(), metricId: z.string(), metricName: z.string(), figures: alertFiguresSchema })),
  details: diagnosisDetailsSchema,
  /**
   * Flows that depend on the metrics concerned (for a platform switch: every flow still
   * triggered by a metric of the legacy integration), live and manual first.
   */
  flows: z.array(affectedFlowSchema),
})
  // The card is chosen by `kind` and reads `details`: they must be of the same kind.
  .refine((diagnosis) => diagnosis.kind === diagnosis.details.kind, { path: ['details', 'kind'], message: 'details of another kind' });
export type Diagnosis = z.infer<typeof diagnosisSchema>;
