import type { Incident } from '../../shared/domain/incident';
import type { IncidentNotice } from '../ports';

/**
 * What the Notifier is told about an incident: the facts its words need, taken from the incident
 * as every surface shows it. The headline member gives the figures and the integration; when the
 * headline names no member (it always should), the first member stands in, so a notice is never
 * lost to an inconsistent record.
 */
export function incidentNotice(incident: Incident): IncidentNotice {
  const [first] = incident.members;
  const headline = incident.members.find((member) => member.metricId === incident.headlineMetricId) ?? first;
  if (!headline) throw new Error(`incident ${incident.id} has no member`);
  const others = incident.members.map((member) => member.metricName).filter((name) => name !== incident.headlineMetricName);
  return {
    incidentId: incident.id,
    accountId: incident.accountId,
    accountName: incident.accountName,
    headlineMetricName: incident.headlineMetricName,
    integrationName: headline.integrationName,
    kind: headline.kind,
    memberMetricNames: [...new Set([incident.headlineMetricName, ...others])],
    figures: headline.figures,
    start: incident.start,
    end: incident.end,
    cost: incident.cost,
    currency: incident.cost.currency,
  };
}
