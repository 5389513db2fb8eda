import { describe, expect, it } from 'vitest';
import { countryOfZone, easterSunday, isRetailDay } from '../../../main/detection/retail-calendar';
import { at, fired, HOUR, outage, runAll, store } from './detection-fixtures';

/** Known holidays and retail days widen the band: a holiday's lull is not an outage, a stop still is. */
describe('retail calendar', () => {
  it('knows Easter, Thanksgiving and the days around it, and each country its own holidays', () => {
    expect(easterSunday(2026).toISODate()).toBe('2026-04-05');
    expect(easterSunday(2024).toISODate()).toBe('2024-03-31');
    expect(isRetailDay('2026-11-26', 'US')).toBe(true); // Thanksgiving
    expect(isRetailDay('2026-11-27', null)).toBe(true); // Black Friday, everywhere
    expect(isRetailDay('2026-11-30', 'DE')).toBe(true); // Cyber Monday, everywhere
    expect(isRetailDay('2026-04-06', 'GB')).toBe(true); // Easter Monday
    expect(isRetailDay('2026-04-06', 'US')).toBe(false);
    expect(isRetailDay('2026-12-26', 'GB')).toBe(true); // Boxing Day
    expect(isRetailDay('2026-12-26', 'US')).toBe(false);
    expect(isRetailDay('2026-11-19', 'US')).toBe(false);
  });

  it('takes a store\'s country from its time zone when the account names none', () => {
    expect(countryOfZone('America/New_York')).toBe('US');
    expect(countryOfZone('Europe/London')).toBe('GB');
    expect(countryOfZone('Asia/Kolkata')).toBeNull();
  });
});

describe('a holiday lull against an outage', () => {
  // A 20-orders-an-hour store in New York from early September.
  const base = { rate: 20, days: 90, startDate: '2026-09-07' } as const;
  const lull = (day: string) => outage(at(`${day}T11:00`), 9, 0.25);

  it('a lull to a quarter through Thanksgiving afternoon raises nothing', () => {
    expect(fired(runAll(store({ ...base, modifiers: [lull('2026-11-26')] })).events)).toEqual([]);
  });

  it('the same lull on an ordinary Thursday a week earlier alerts', () => {
    const alerts = fired(runAll(store({ ...base, modifiers: [lull('2026-11-19')] })).events);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.start).toBeGreaterThanOrEqual(at('2026-11-19T09:00'));
  });

  it('a checkout that stops on Black Friday still alerts within hours', () => {
    const stop = at('2026-11-27T10:00');
    const alerts = fired(runAll(store({ ...base, modifiers: [outage(stop, null)] })).events);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.firedAt - stop).toBeLessThan(4 * HOUR);
  });
});
