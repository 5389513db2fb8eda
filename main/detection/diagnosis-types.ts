import type { MonitorState } from './monitor-types';

export type DiagnosisKind = 'integration-outage' | 'onsite-tracking' | 'order-status' | 'platform-switch' | 'no-recent-orders';

export interface DiagnosisMetricInput {
  id: string;
  name: string;
  integrationName: string | null;
  /** The integration's kind (e.g. ecommerce, api): tells a platform integration from a custom one. */
  integrationCategory: string | null;
  /** When the metric was created (epoch seconds), if known: tells a new account from an old one. */
  createdAt?: number | null;
  /** The metric's monitor after this sync (null: never monitored). */
  state: MonitorState | null;
}

export interface DiagnosisInput {
  /** The hour being diagnosed (start of the last judged hour, epoch seconds). */
  at: number;
  metrics: readonly DiagnosisMetricInput[];
}

/** Every finding says which metrics, since when and how deep (1 = nothing left). */
interface BaseEvidence {
  metricIds: string[];
  start: number | null;
  depth: number | null;
}

export interface IntegrationOutageEvidence extends BaseEvidence {
  integration: string;
  category: string | null;
  /** Not a built-in platform integration: the team that built it must look. */
  custom: boolean;
  /** The platform's public status page, where it has one. */
  statusPage: string | null;
}

export interface OnsiteTrackingEvidence extends BaseEvidence {
  placedOrderMetricId: string;
  platform: string | null;
  /** Shopify or BigCommerce: the onsite snippets live in the theme and must be re-installed after a theme change. */
  themeSnippets: boolean;
}

export interface OrderStatusRule {
  platform: string;
  /** `ignored`: orders in these statuses are not placed orders; `required`: only these count. */
  rule: 'ignored' | 'required';
  statuses: string[];
}

export interface OrderStatusEvidence extends BaseEvidence {
  integration: string;
  startedCheckoutMetricId: string | null;
  /** WooCommerce or Magento with Started Checkout gone too: update the plugin / extension. */
  plugin: boolean;
  statusRule: OrderStatusRule | null;
}

export interface PlatformSwitchEvidence extends BaseEvidence {
  legacyIntegration: string;
  newIntegration: string;
  /** Every metric of the legacy integration: flows still triggered by any of them need cloning. */
  legacyMetricIds: string[];
  replacements: { name: string; legacyMetricId: string; newMetricId: string }[];
}

export interface NoRecentOrdersEvidence extends BaseEvidence {
  totalEvents: number;
  lastEventAt: number | null;
}

interface DiagnosisOf<K extends DiagnosisKind, E> {
  kind: K;
  at: number;
  /** Metric names. */
  metrics: string[];
  evidence: E;
}

export type Diagnosis =
  | DiagnosisOf<'integration-outage', IntegrationOutageEvidence>
  | DiagnosisOf<'onsite-tracking', OnsiteTrackingEvidence>
  | DiagnosisOf<'order-status', OrderStatusEvidence>
  | DiagnosisOf<'platform-switch', PlatformSwitchEvidence>
  | DiagnosisOf<'no-recent-orders', NoRecentOrdersEvidence>;
