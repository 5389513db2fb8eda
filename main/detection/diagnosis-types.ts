import type { DiagnosisKind } from '../../shared/domain/diagnosis';
import type {
  IntegrationOutageEvidence,
  NoRecentOrdersEvidence,
  OnsiteTrackingEvidence,
  OrderStatusEvidence,
  PlatformSwitchEvidence,
} from './diagnosis-evidence';
import type { MonitorState } from './monitor-types';

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
