import { z } from 'zod';
import { orderStatusRuleSchema, type DiagnosisKind } from '../../shared/domain/diagnosis';

/**
 * What each kind of finding rests on, as detection produces it and the cache keeps it (times in
 * epoch seconds). One schema per kind: a reader gets exactly the fields its kind has, and a stored
 * row written by an older version, or damaged, fails to parse instead of showing made-up evidence.
 */

/** Every finding says which metrics, since when and how deep (1 = nothing left). */
const baseEvidence = {
  metricIds: z.array(z.string()),
  start: z.number().nullable(),
  depth: z.number().nullable(),
};

export const integrationOutageEvidenceSchema = z.object({
  ...baseEvidence,
  integration: z.string(),
  category: z.string().nullable(),
  /** Not a built-in platform integration: the team that built it must look. */
  custom: z.boolean(),
  /** The platform's public status page, where it has one. */
  statusPage: z.string().nullable(),
});

export const onsiteTrackingEvidenceSchema = z.object({
  ...baseEvidence,
  placedOrderMetricId: z.string(),
  platform: z.string().nullable(),
  /** Shopify or BigCommerce: the onsite snippets live in the theme and must be re-installed after a theme change. */
  themeSnippets: z.boolean(),
});

export const orderStatusEvidenceSchema = z.object({
  ...baseEvidence,
  integration: z.string(),
  startedCheckoutMetricId: z.string().nullable(),
  /** WooCommerce or Magento with Started Checkout gone too: update the plugin / extension. */
  plugin: z.boolean(),
  statusRule: orderStatusRuleSchema.nullable(),
});

export const platformSwitchEvidenceSchema = z.object({
  ...baseEvidence,
  legacyIntegration: z.string(),
  newIntegration: z.string(),
  /** Every metric of the legacy integration: flows still triggered by any of them need cloning. */
  legacyMetricIds: z.array(z.string()),
  replacements: z.array(z.object({ name: z.string(), legacyMetricId: z.string(), newMetricId: z.string() })),
});

export const noRecentOrdersEvidenceSchema = z.object({
  ...baseEvidence,
  totalEvents: z.number(),
  lastEventAt: z.number().nullable(),
});

export type IntegrationOutageEvidence = z.infer<typeof integrationOutageEvidenceSchema>;
export type OnsiteTrackingEvidence = z.infer<typeof onsiteTrackingEvidenceSchema>;
export type OrderStatusEvidence = z.infer<typeof orderStatusEvidenceSchema>;
export type PlatformSwitchEvidence = z.infer<typeof platformSwitchEvidenceSchema>;
export type NoRecentOrdersEvidence = z.infer<typeof noRecentOrdersEvidenceSchema>;

const stored = <K extends DiagnosisKind, E extends z.ZodType>(kind: K, evidence: E) =>
  z.object({
    kind: z.literal(kind),
    /** The hour it was found at (ISO, UTC). */
    at: z.string(),
    metricIds: z.array(z.string()),
    evidence,
  });

/** A diagnosis as the cache keeps it: the kind decides which evidence it carries. */
export const storedDiagnosisSchema = z.discriminatedUnion('kind', [
  stored('integration-outage', integrationOutageEvidenceSchema),
  stored('onsite-tracking', onsiteTrackingEvidenceSchema),
  stored('order-status', orderStatusEvidenceSchema),
  stored('platform-switch', platformSwitchEvidenceSchema),
  stored('no-recent-orders', noRecentOrdersEvidenceSchema),
]);
export type StoredDiagnosis = z.infer<typeof storedDiagnosisSchema>;

// Every kind has its evidence schema, and no schema names a kind the domain does not have.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const everyKindHasEvidence: Exactly<StoredDiagnosis['kind'], DiagnosisKind> = true;
