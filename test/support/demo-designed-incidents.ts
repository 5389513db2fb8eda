import { MIN_HISTORY_HOURS, SENSITIVITY_RULES, scanThreshold } from '../../main/detection/detection-thresholds';
import { defaultScenario } from '../../main/simulator';
import type { MonitorKind } from '../../shared/domain/monitor-kind';

/** A metric the demo scenario makes drop on purpose. */
export interface DesignedIncident {
  account: string;
  metric: string;
  integration: string;
  /** What moves: the count falling, the value per event falling, or a harmful count rising. */
  kind: MonitorKind;
}

/**
 * The designed incidents, read from the scenario: each incident's metrics and each metric that
 * stops (a platform switch), where the detector can see them at all: the metric has its 14 days
 * of history when the incident starts, and the incident loses the events a drop alert needs (or
 * changes the value per event, or multiplies a harmful metric's count).
 * Sorted as `account / metric (integration)`.
 */
export function designedIncidents(): DesignedIncident[] {
  const scenario = defaultScenario();
  // A full stop's evidence is the events it lost: fewer than the scan's threshold can never alert.
  const minLost = scanThreshold(SENSITIVITY_RULES.normal);
  const found = new Map<string, DesignedIncident>();
  for (const account of scenario.accounts) {
    const metrics = new Map(account.metrics.map((metric) => [metric.key, metric]));
    const ageHours = (key: string, hoursAgo: number) => (metrics.get(key)!.startDaysAgo ?? scenario.historyDays) * 24 - hoursAgo;
    const add = (key: string, kind: MonitorKind = 'count-down') => {
      const metric = metrics.get(key)!;
      const incident = { account: account.name, metric: metric.name, integration: metric.integration.name, kind };
      found.set(designedIncidentLabel(incident), incident);
    };
    for (const incident of account.incidents ?? []) {
      const hours = incident.durationHours ?? incident.startHoursAgo;
      for (const key of incident.metrics) {
        const old = ageHours(key, incident.startHoursAgo) >= MIN_HISTORY_HOURS;
        const lost = metrics.get(key)!.baseHourlyRate * hours * (1 - incident.remainingFraction);
        // A value that falls or a harmful count that rises is an incident of its own kind.
        const kind: MonitorKind = (incident.valueFraction ?? 1) < 1 ? 'value-down' : (incident.countMultiplier ?? 1) > 1 ? 'rise-harmful' : 'count-down';
        if (old && (lost >= minLost || kind !== 'count-down')) add(key, kind);
      }
    }
    for (const metric of account.metrics) {
      if (metric.stopDaysAgo !== undefined && ageHours(metric.key, metric.stopDaysAgo * 24) >= MIN_HISTORY_HOURS) add(metric.key);
    }
  }
  return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, incident]) => incident);
}

export function designedIncidentLabel(incident: DesignedIncident): string {
  return `${incident.account} / ${incident.metric} (${incident.integration})`;
}
