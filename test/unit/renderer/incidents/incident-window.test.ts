import { describe, expect, it } from 'vitest';
import { incidentSpan, incidentWindow, LEAD_HOURS, TAIL_HOURS } from '../../../../renderer/features/incidents/incident-window';

const ms = (iso: string) => Date.parse(iso);
const NY = 'America/New_York';

describe('incident chart window', () => {
  it('starts a few whole hours before the incident and, while it lasts, ends with the hour under way', () => {
    const window = incidentWindow({ start: '2026-11-22T12:00:00.000Z', end: null }, ms('2026-11-22T18:30:00Z'), NY);
    expect(LEAD_HOURS).toBeGreaterThan(0);
    expect(window).toEqual({ from: ms('2026-11-22T06:00:00Z'), to: ms('2026-11-22T19:00:00Z') });
  });

  it('ends a short tail after an incident that ended, not at now', () => {
    const window = incidentWindow({ start: '2026-11-22T12:00:00.000Z', end: '2026-11-22T16:00:00.000Z' }, ms('2026-11-25T09:00:00Z'), NY);
    expect(window.to).toBe(ms('2026-11-22T16:00:00Z') + TAIL_HOURS * 3_600_000);
    expect(window.from).toBe(ms('2026-11-22T06:00:00Z'));
  });

  it('never reaches past now when the incident ended moments ago', () => {
    const window = incidentWindow({ start: '2026-11-22T12:00:00.000Z', end: '2026-11-22T16:00:00.000Z' }, ms('2026-11-22T16:20:00Z'), NY);
    expect(window.to).toBe(ms('2026-11-22T17:00:00Z'));
  });

  it('lies on the hours of the account’s clock, which in Kathmandu start at a quarter past', () => {
    const window = incidentWindow({ start: '2026-11-22T12:20:00.000Z', end: null }, ms('2026-11-22T14:00:00Z'), 'Asia/Kathmandu');
    expect(new Date(window.from).toISOString()).toBe('2026-11-22T06:15:00.000Z');
    expect(new Date(window.to).toISOString()).toBe('2026-11-22T14:15:00.000Z');
  });

  it('is never empty, even for an incident that ended as it began', () => {
    const window = incidentWindow({ start: '2026-11-22T12:00:00.000Z', end: '2026-11-22T12:00:00.000Z' }, ms('2026-11-22T12:00:00Z'), 'UTC');
    expect(window.to).toBeGreaterThan(ms('2026-11-22T12:00:00Z'));
  });

  it('shades the incident from its start to its end, or to now while it lasts', () => {
    expect(incidentSpan({ id: 'i', start: '2026-11-22T12:00:00.000Z', end: null }, ms('2026-11-22T18:30:00Z'))).toEqual({
      id: 'i',
      from: ms('2026-11-22T12:00:00Z'),
      to: ms('2026-11-22T18:30:00Z'),
    });
    expect(incidentSpan({ id: 'i', start: '2026-11-22T12:00:00.000Z', end: '2026-11-22T16:00:00.000Z' }, ms('2026-11-25T00:00:00Z')).to).toBe(ms('2026-11-22T16:00:00Z'));
  });
});
