import type { TFunction } from 'i18next';
import type { Incident, IncidentCost, IncidentEvent } from '../../../shared/domain/incident';
import { formatCount } from '../../lib/format';
import { listFormat, numberFormat } from '../../lib/intl-formats';
import { kindLabel } from '../../../shared/i18n/kind-label';
import type { MonitorKind } from '../../../shared/domain/monitor-kind';

/** Writes a date where a sentence names one (a snooze's end), in the account's zone and the reader's language. */
export type DateText = (iso: string) => string;

/** The headline metric as the other surfaces name it: "Placed Order (Shopify)". */
export function incidentHeadline(incident: Pick<Incident, 'headlineMetricId' | 'headlineMetricName' | 'headlineKind' | 'members'>, t: TFunction): string {
  const headline = incident.members.find((member) => member.metricId === incident.headlineMetricId);
  const label = headline?.integrationName
    ? t('homeScreen.metricWithIntegration', { metric: incident.headlineMetricName, integration: headline.integrationName })
    : incident.headlineMetricName;
  return kindLabel((key, options) => t(key, options), incident.headlineKind, label);
}

/** Every member metric named the same way, headline first, for an incident of several. */
export function memberLabels(incident: Pick<Incident, 'headlineMetricId' | 'members'>, t: TFunction): string[] {
  const members = [...incident.members].sort((a, b) => Number(b.metricId === incident.headlineMetricId) - Number(a.metricId === incident.headlineMetricId));
  return members.map((member) =>
    kindLabel(
      (key, options) => t(key, options),
      member.kind,
      member.integrationName ? t('homeScreen.metricWithIntegration', { metric: member.metricName, integration: member.integrationName }) : member.metricName,
    ),
  );
}

/** Where the incident stands: ongoing, recovering or resolved. */
export function incidentStateText(incident: Pick<Incident, 'state'>, t: TFunction): string {
  return t(`notificationCentre.incidentState.${incident.state}`);
}

/** What the operator did about it, when anything: "Snoozed until …" or "Dismissed". */
export function incidentMuteText(incident: Pick<Incident, 'mute' | 'snoozedUntil'>, t: TFunction, date: DateText): string | null {
  if (incident.mute === 'snoozed') {
    return incident.snoozedUntil ? t('notificationCentre.mutedSnoozedUntil', { date: date(incident.snoozedUntil) }) : t('notificationCentre.event.snoozedAny');
  }
  if (incident.mute === 'dismissed') return t('notificationCentre.mutedDismissed');
  return null;
}

/** One line of the timeline in words; what the person at this computer did says so. */
export function timelineLineText(event: IncidentEvent, t: TFunction, date: DateText, kind?: MonitorKind): string {
  const line = eventText(event, t, date, kind);
  return event.by === 'this-computer' ? t('notificationCentre.byThisComputer', { line }) : line;
}

function eventText(event: IncidentEvent, t: TFunction, date: DateText, kind?: MonitorKind): string {
  const metric = event.metricName;
  switch (event.kind) {
    case 'fired': {
      if (!metric) return t('notificationCentre.event.firedAny');
      if (kind === 'value-down') return t('notificationCentre.event.firedValue', { metric });
      return t(kind === 'rise-harmful' ? 'notificationCentre.event.firedRise' : 'notificationCentre.event.fired', { metric });
    }
    case 'joined':
      return metric ? t('notificationCentre.event.joined', { metric }) : t('notificationCentre.event.joinedAny');
    case 'recovered':
      return metric ? t('notificationCentre.event.recovered', { metric }) : t('notificationCentre.event.recoveredAny');
    case 'snoozed':
      return event.until ? t('notificationCentre.event.snoozed', { date: date(event.until) }) : t('notificationCentre.event.snoozedAny');
    case 'notified':
    case 'unsnoozed':
    case 'snooze-expired':
    case 'dismissed':
    case 'restored':
    case 'resolved':
      return t(`notificationCentre.event.${event.kind}`);
  }
}

/**
 * What the incident cost, in one sentence: the missing events and, for orders, the missing revenue,
 * each as an estimate with its range, "so far" while it lasts. Money is in the cost's currency, or
 * the account's when the cost does not name one; whole units, since these are estimates.
 */
export function costSummaryText(cost: IncidentCost, t: TFunction, locale: string, accountCurrency: string | null): string {
  const count = (value: number) => formatCount(Math.max(0, value), locale);
  const { missingEvents, missingRevenue } = cost;
  const events = {
    count: Math.max(0, Math.round(missingEvents.estimate)),
    events: count(missingEvents.estimate),
    low: count(missingEvents.low),
    high: count(missingEvents.high),
  };
  // A value drop missed no events (its revenue is the cost); a harmful rise has extra ones.
  const items = [
    cost.kind === 'value-down'
      ? t('notificationCentre.cost.valueOnly')
      : t(cost.kind === 'rise-harmful' ? 'notificationCentre.cost.extraEvents' : 'notificationCentre.cost.events', events),
  ];
  if (cost.movedElsewhere) items.push(t('notificationCentre.cost.moved'));
  else if (missingRevenue) {
    const currency = cost.currency ?? accountCurrency;
    const money = (value: number) =>
      currency ? numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(Math.max(0, value)) : count(value);
    items.push(
      t('notificationCentre.cost.revenue', { revenue: money(missingRevenue.estimate), low: money(missingRevenue.low), high: money(missingRevenue.high) }),
    );
  }
  const joined = listFormat(locale, { type: 'conjunction', style: 'long' }).format(items);
  return t(cost.final ? 'notificationCentre.cost.final' : 'notificationCentre.cost.live', { items: joined });
}
