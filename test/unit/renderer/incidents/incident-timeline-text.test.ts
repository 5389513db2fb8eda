import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../../../shared/domain/incident';
import { timelineEntries, timelineEventText } from '../../../../renderer/features/incidents/incident-timeline-text';
import { translator } from '../home/translator';

const event = (overrides: Partial<IncidentEvent>): IncidentEvent => ({
  incidentId: 'inc-1',
  at: '2026-11-22T15:00:00.000Z',
  kind: 'fired',
  metricName: null,
  by: 'detector',
  until: null,
  ...overrides,
});
const context = (language: 'en' | 'pt', locale: string) => ({ t: translator(language), locale, timeZone: 'America/New_York' });

describe('incident timeline', () => {
  it('tells each kind of event in a plain sentence', () => {
    const en = context('en', 'en-US');
    expect(timelineEventText(event({ kind: 'fired', metricName: 'Placed Order' }), en)).toBe('Placed Order dropped: the incident began.');
    expect(timelineEventText(event({ kind: 'joined', metricName: 'Added to Cart' }), en)).toBe('Added to Cart dropped too and joined the incident.');
    expect(timelineEventText(event({ kind: 'notified' }), en)).toBe('A notification was shown.');
    expect(timelineEventText(event({ kind: 'snoozed', by: 'this-computer', until: '2026-12-22T15:00:00.000Z' }), en)).toBe(
      'Snoozed from this computer until December 22, 2026.',
    );
    expect(timelineEventText(event({ kind: 'snooze-expired' }), en)).toBe('The snooze ran out with the drop still under way.');
    expect(timelineEventText(event({ kind: 'dismissed', by: 'this-computer' }), en)).toBe('Dismissed from this computer.');
    expect(timelineEventText(event({ kind: 'restored', by: 'this-computer' }), en)).toBe('Brought back to Home from this computer.');
    expect(timelineEventText(event({ kind: 'unsnoozed', by: 'this-computer' }), en)).toBe('Snooze lifted from this computer.');
    expect(timelineEventText(event({ kind: 'recovered', metricName: 'Placed Order' }), en)).toBe('Placed Order is back to normal.');
    expect(timelineEventText(event({ kind: 'resolved' }), en)).toBe('Resolved: every metric stayed back to normal for the recovery time.');
  });

  it('still reads when main names no metric or no snooze end', () => {
    const pt = context('pt', 'pt-BR');
    expect(timelineEventText(event({ kind: 'fired' }), pt)).toBe('O incidente começou.');
    expect(timelineEventText(event({ kind: 'snoozed' }), pt)).toBe('Silenciado.');
  });

  it('lists the events oldest first, keeping main’s order for equal times, each dated on the account’s clock', () => {
    const entries = timelineEntries(
      [
        event({ kind: 'notified', at: '2026-11-22T15:00:00.000Z' }),
        event({ kind: 'joined', metricName: 'Added to Cart', at: '2026-11-22T16:00:00.000Z' }),
        event({ kind: 'fired', metricName: 'Placed Order', at: '2026-11-22T15:00:00.000Z' }),
      ],
      context('en', 'en-US'),
    );
    expect(entries.map((entry) => entry.text)).toEqual([
      'A notification was shown.',
      'Placed Order dropped: the incident began.',
      'Added to Cart dropped too and joined the incident.',
    ]);
    expect(entries[0]!.at.replace(/[\u202f\u00a0]/g, ' ')).toMatch(/^Nov 22, 2026, 10:00 AM/);
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(3);
  });
});
