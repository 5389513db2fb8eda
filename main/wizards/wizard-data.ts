import type { Alert } from '../../shared/domain/alert';
import type { Diagnosis } from '../../shared/domain/diagnosis';
import type { Flow } from '../../shared/domain/flow';
import type { Metric } from '../../shared/domain/metric';

/** What the automatic checks may read: one account's cache, taken once per view. */
export interface WizardData {
  account: { id: string; name: string; timezone: string; kind: 'demo' | 'real' };
  metrics: readonly Metric[];
  flows: readonly Flow[];
  /** Active alerts of the account. */
  alerts: readonly Alert[];
  /** Any alert of the account, whatever its state (a wizard may start from a resolved one). */
  alertById(alertId: string): Alert | undefined;
  diagnoses: readonly Diagnosis[];
  /** Events of the metric over the last 24 cached hours; null when the cache holds no hour of it. */
  recentCount(metricId: string): number | null;
  /** The cached daily bucket starting at that instant (a local midnight of the account); null if not cached. */
  dailyCount(metricId: string, start: number): number | null;
  /** Sum of the cached hours in [from, to); null unless every hour of it is cached. */
  hourlySum(metricId: string, from: number, to: number): number | null;
}

export const nameKey = (name: string | null | undefined): string => (name ?? '').trim().toLowerCase();

export function metricsOf(data: WizardData, integration: string): Metric[] {
  return data.metrics.filter((metric) => !metric.gone && nameKey(metric.integrationName) === nameKey(integration));
}

export function findMetric(data: WizardData, integration: string, name: string): Metric | undefined {
  return metricsOf(data, integration).find((metric) => nameKey(metric.name) === name);
}

export function isAlerted(data: WizardData, metricId: string): boolean {
  return data.alerts.some((alert) => alert.metricId === metricId);
}

/** Integrations with at least one metric, sorted: the choices offered when nothing was detected. */
export function integrationNames(data: WizardData): string[] {
  const names = new Set<string>();
  for (const metric of data.metrics) if (!metric.gone && metric.integrationName) names.add(metric.integrationName);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** Flows (not archived) triggered by any of the metrics, in the order the cache lists them. */
export function flowsTriggeredBy(data: WizardData, metricIds: ReadonlySet<string>): Flow[] {
  return data.flows.filter((flow) => !flow.archived && !flow.gone && flow.triggerMetricIds.some((id) => metricIds.has(id)));
}
