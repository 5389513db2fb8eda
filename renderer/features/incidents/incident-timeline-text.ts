import type { TFunction } from 'i18next';
import type { IncidentEvent } from '../../../shared/domain/incident';
import { formatDateTime, formatLongDate } from '../../lib/format';
import type { MonitorKind } from '../../../shared/domain/monitor-kind';

export interface TimelineContext {
  t: TFunction;
  locale: string;
  timeZone: string;
  /** What the incident judged: a value drop or a harmful rise begins in its own words. */
  kind?: MonitorKind;
}

export interface TimelineEntry {
  key: string;
  /** When, on the account's clock. */
  at: string;
  /** What happened, in a plain sentence. */
  text: string;
}

/** One line of the timeline in words: "Added to Cart dropped too and joined the incident." */
export function timelineEventText(event: IncidentEvent, { t, locale, timeZone, kind }: TimelineContext): string {
  const metric = event.metricName;
  const you = event.by === 'this-computer';
  switch (event.kind) {
    case 'fired':
      if (!metric) return t('incidentPage.timeline.fired');
      if (kind === 'value-down') return t('incidentPage.timeline.firedValueMetric', { metric });
      return t(kind === 'rise-harmful' ? 'incidentPage.timeline.firedRiseMetric' : 'incidentPage.timeline.firedMetric', { metric });
    case 'joined':
      return metric ? t('incidentPage.timeline.joinedMetric', { metric }) : t('incidentPage.timeline.joined');
    case 'notified':
      return t('incidentPage.timeline.notified');
    case 'snoozed': {
      const date = event.until ? formatLongDate(event.until, locale, timeZone) : null;
      if (date) return t(you ? 'incidentPage.timeline.snoozedUntilByYou' : 'incidentPage.timeline.snoozedUntil', { date });
      return t(you ? 'incidentPage.timeline.snoozedByYou' : 'incidentPage.timeline.snoozed');
    }
    case 'unsnoozed':
      return t(you ? 'incidentPage.timeline.unsnoozedByYou' : 'incidentPage.timeline.unsnoozed');
    case 'snooze-expired':
      return t('incidentPage.timeline.snoozeExpired');
    case 'dismissed':
      return t(you ? 'incidentPage.timeline.dismissedByYou' : 'incidentPage.timeline.dismissed');
    case 'restored':
      return t(you ? 'incidentPage.timeline.restoredByYou' : 'incidentPage.timeline.restored');
    case 'recovered':
      return metric ? t('incidentPage.timeline.recoveredMetric', { metric }) : t('incidentPage.timeline.recovered');
    case 'resolved':
      return t('incidentPage.timeline.resolved');
  }
}

/** The timeline oldest first (main sends it so; equal instants keep main's order), each line dated. */
export function timelineEntries(events: readonly IncidentEvent[], context: TimelineContext): TimelineEntry[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => Date.parse(a.event.at) - Date.parse(b.event.at) || a.index - b.index)
    .map(({ event, index }) => ({
      key: `${index}:${event.kind}:${event.at}`,
      at: formatDateTime(event.at, context.locale, context.timeZone),
      text: timelineEventText(event, context),
    }));
}
