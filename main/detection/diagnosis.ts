import { classifyMetric } from './diagnosis-metrics';
import { integrationOutages } from './diagnosis-integration-outage';
import { noRecentOrdersFindings } from './diagnosis-no-recent-orders';
import { onsiteTrackingFindings } from './diagnosis-onsite-tracking';
import { orderStatusFindings } from './diagnosis-order-status';
import { platformSwitches } from './diagnosis-platform-switch';
import type { Diagnosis, DiagnosisInput } from './diagnosis-types';

/**
 * Explains drops across metrics (domain.md §2-§4). Pure: the same monitors give the same
 * findings. A platform switch explains its legacy integration, so that integration's stopped
 * metrics are not also reported as an outage or an order-status problem.
 */
export function diagnose(input: DiagnosisInput): Diagnosis[] {
  const metrics = input.metrics.map(classifyMetric);
  const switches = platformSwitches(input.at, metrics);
  const explained = new Set(switches.map((d) => (d.kind === 'platform-switch' ? d.evidence.legacyIntegration : '')));
  return [
    ...switches,
    ...integrationOutages(input.at, metrics, explained),
    ...orderStatusFindings(input.at, metrics, explained),
    ...onsiteTrackingFindings(input.at, metrics, explained),
    ...noRecentOrdersFindings(input.at, metrics, explained),
  ];
}

/**
 * Identity of a finding across runs: report it when it appears, not every hour it persists. Takes
 * the kind and the metric ids, so a finding and its stored copy give the same key.
 */
export function diagnosisKey(finding: { kind: string; metricIds: readonly string[] }): string {
  return `${finding.kind}|${[...finding.metricIds].sort().join(',')}`;
}
