import { describe, expect, it } from 'vitest';
import { bucketFormatter, countFormatter, tickFormatter } from '../../../../renderer/features/metrics/bucket-format';

const t = Date.parse('2026-11-21T03:00:00Z');

describe('bucket labels', () => {
  it('reads the bucket on the account’s clock, in the user’s language', () => {
    // The zone is named when the computer's clock differs (the test machine's zone may be any).
    expect(bucketFormatter('hour', 'en-US', 'America/New_York')(t)).toMatch(/^Nov 20, 2026, 10:00\sPM(?: EST)?$/);
    expect(bucketFormatter('hour', 'de-DE', 'Europe/Berlin')(t)).toMatch(/^21\.11\.2026, 04:00(?: MEZ)?$/);
    expect(bucketFormatter('day', 'fr-FR', 'America/New_York')(t)).toBe('ven. 20 nov. 2026');
  });

  it('shortens axis ticks to what tells them apart', () => {
    expect(tickFormatter('time', 'en-US', 'UTC')(t)).toBe('3:00 AM');
    expect(tickFormatter('weekday', 'en-US', 'America/New_York')(t)).toBe('20 Fri');
    expect(tickFormatter('date', 'fr-FR', 'UTC')(t)).toBe('21 nov.');
    expect(tickFormatter('month', 'en-US', 'UTC')(t)).toBe('Nov 2026');
  });

  it('formats counts with the locale’s separators', () => {
    expect(countFormatter('de-DE')(12345.67)).toBe('12.345,7');
    expect(countFormatter('en-US')(12345)).toBe('12,345');
  });
});
