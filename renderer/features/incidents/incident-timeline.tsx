import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentEvent } from '../../../shared/domain/incident';
import { timelineEntries } from './incident-timeline-text';
import type { MonitorKind } from '../../../shared/domain/monitor-kind';

/** What happened to the incident, oldest first, one plain sentence a line. */
export function IncidentTimeline({ events, timeZone, kind }: { events: readonly IncidentEvent[]; timeZone: string; kind?: MonitorKind }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  if (events.length === 0) return null;
  const entries = timelineEntries(events, { t, locale: i18n.language, timeZone, ...(kind ? { kind } : {}) });
  return (
    <section className="incident-section incident-timeline" aria-labelledby={headingId}>
      <h2 id={headingId} className="incident-section__title">
        {t('incidentPage.timeline.heading')}
      </h2>
      <ol className="incident-timeline__list">
        {entries.map((entry) => (
          <li key={entry.key} className="incident-timeline__item">
            <span className="incident-timeline__at">{entry.at}</span>
            <span className="incident-timeline__text">{entry.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
