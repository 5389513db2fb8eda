import type { TFunction } from 'i18next';
import type { Incident, IncidentMember } from '../../../shared/domain/incident';
import type { Metric } from '../../../shared/domain/metric';
import { formatDateTime, formatLongDate } from '../../lib/format';
import { listFormat, numberFormat } from '../../lib/intl-formats';
import { formatList, formatSince } from '../home/home-format';
import { metricLabel } from '../home/metric-label';
import { kindLabel } from '../../../shared/i18n/kind-label';

export interface IncidentTextContext {
  t: TFunction;
  locale: string;
  /** The account's zone: every time is read on the account's clock. */
  timeZone: string;
  now: Date;
  /** The account's metrics, to tell whether a metric's integration must be named; null names it always. */
  metrics: readonly Pick<Metric, 'name' | 'integrationName'>[] | null;
}

/** A member's name as Home writes it: with its integration only where the name alone is ambiguous. */
export function memberLabel(
  member: Pick<IncidentMember, 'metricName' | 'integrationName'> & Partial<Pick<IncidentMember, 'kind'>>,
  { t, metrics }: Pick<IncidentTextContext, 't' | 'metrics'>,
): string {
  return kindLabel((key, options) => t(key, options), member.kind, plainLabel(member, { t, metrics }));
}

/** The member's name without its kind, for sentences that say the kind themselves. */
function plainLabel(member: Pick<IncidentMember, 'metricName' | 'integrationName'>, { t, metrics }: Pick<IncidentTextContext, 't' | 'metrics'>): string {
  return metricLabel(t, { name: member.metricName, integrationName: member.integrationName }, metrics);
}

/** The member the headline names; the first one if the headline's metric is somehow not a member. */
export function headlineMember(incident: Incident): IncidentMember {
  return incident.members.find((member) => member.metricId === incident.headlineMetricId) ?? incident.members[0]!;
}

/** The other members, in the order main gives them. */
export function otherMembers(incident: Incident): IncidentMember[] {
  const head = headlineMember(incident);
  return incident.members.filter((member) => member !== head);
}

/** The page's title: "Placed Order dropped in Outdoor Co". */
export function incidentTitle(incident: Incident, context: IncidentTextContext): string {
  const head = headlineMember(incident);
  const key = { 'count-down': 'incidentPage.headline', 'value-down': 'incidentPage.headlineValue', 'rise-harmful': 'incidentPage.headlineRise' }[head.kind];
  return context.t(key, { metric: plainLabel(head, context), account: incident.accountName });
}

/** "and 2 more metrics: Added to Cart and Viewed Product"; null when the headline's metric is alone. */
export function moreMetricsText(incident: Incident, context: IncidentTextContext): string | null {
  const others = otherMembers(incident);
  if (others.length === 0) return null;
  const names = others.map((member) => memberLabel(member, context));
  return context.t('incidentPage.moreMetrics', { count: others.length, metrics: formatList(names, context.locale) });
}

/**
 * Home's sentence for an open incident, on its headline metric: still down ("is below expected
 * since", "has stopped"), or back to normal and waiting out the recovery time.
 */
export function incidentBannerText(incident: Incident, context: IncidentTextContext): string {
  const { t, locale, timeZone, now } = context;
  const head = headlineMember(incident);
  const metric = memberLabel(head, context);
  if (incident.state === 'ongoing' && head.kind !== 'count-down') {
    const since = formatSince(head.start, now, locale, timeZone);
    return t(head.kind === 'value-down' ? 'homeScreen.bannerValueDrop' : 'homeScreen.bannerRise', { metric: plainLabel(head, context), since });
  }
  if (incident.state !== 'ongoing') {
    const since = formatSince(incident.end ?? head.recoveredAt ?? head.start, now, locale, timeZone);
    return t('incidentPage.banner.recovering', { metric, since });
  }
  const since = formatSince(head.start, now, locale, timeZone);
  const live = head.figures.now ?? head.figures.fired;
  return live.observed === 0 ? t('homeScreen.bannerStopped', { metric, since }) : t('homeScreen.bannerDrop', { metric, since });
}

/** The incident's state in a word, and what the operator did about it, when anything. */
export function incidentStatusText(incident: Incident, { t, locale, timeZone }: Pick<IncidentTextContext, 't' | 'locale' | 'timeZone'>): { state: string; mute: string | null } {
  const state = t(`incidentPage.state.${incident.state}`);
  if (incident.mute === 'dismissed') return { state, mute: t('incidentPage.dismissed') };
  if (incident.mute === 'snoozed') {
    return { state, mute: incident.snoozedUntil ? t('incidentPage.snoozedUntil', { date: formatLongDate(incident.snoozedUntil, locale, timeZone) }) : t('incidentPage.snoozed') };
  }
  return { state, mute: null };
}

/** When it began, when it ended and how long it lasted (or has lasted so far), when it resolved. */
export function incidentFacts(incident: Incident, { t, locale, timeZone, now }: Omit<IncidentTextContext, 'metrics'>): { label: string; value: string }[] {
  const at = (iso: string) => formatDateTime(iso, locale, timeZone);
  const facts = [{ label: t('incidentPage.facts.started'), value: at(incident.start) }];
  if (incident.end) {
    facts.push({ label: t('incidentPage.facts.ended'), value: at(incident.end) });
    facts.push({ label: t('incidentPage.facts.lasted'), value: formatDuration(Date.parse(incident.end) - Date.parse(incident.start), locale) });
  } else {
    facts.push({ label: t('incidentPage.facts.underWayFor'), value: formatDuration(now.getTime() - Date.parse(incident.start), locale) });
  }
  if (incident.resolvedAt) facts.push({ label: t('incidentPage.facts.resolved'), value: at(incident.resolvedAt) });
  return facts;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * A span as people say it, in the language's own words and plurals: "45 minutes", "5 hours",
 * "2 days, 3 hours". Whole units, the two largest at most: an incident is counted in hours.
 */
export function formatDuration(ms: number, locale: string): string {
  const unit = (value: number, name: 'minute' | 'hour' | 'day') => numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const span = Math.max(0, ms);
  if (span < HOUR_MS) return unit(Math.round(span / MINUTE_MS), 'minute');
  if (span < DAY_MS) return unit(Math.round(span / HOUR_MS), 'hour');
  const days = Math.floor(span / DAY_MS);
  const hours = Math.round((span - days * DAY_MS) / HOUR_MS);
  // 23.6 hours past the last whole day round up to the next day.
  if (hours === 24) return unit(days + 1, 'day');
  const parts = hours > 0 ? [unit(days, 'day'), unit(hours, 'hour')] : [unit(days, 'day')];
  return listFormat(locale, { style: 'long', type: 'unit' }).format(parts);
}
