import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { aggregateTimezone } from '../../../main/api/aggregate-timezone';

describe('the timezone sent to metric-aggregates', () => {
  it.each([
    ['Europe/Kyiv', 'Europe/Kiev'],
    ['Pacific/Kanton', 'Pacific/Enderbury'],
  ])('sends %s, which the endpoint refuses by name, as %s', (zone, sent) => {
    expect(aggregateTimezone(zone)).toBe(sent);
    // The same zone under its older name: the same offsets, so the same buckets.
    for (const iso of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z']) {
      expect(DateTime.fromISO(iso, { zone: sent }).offset).toBe(DateTime.fromISO(iso, { zone }).offset);
    }
  });

  it.each(['America/New_York', 'US/Eastern', 'Europe/Kiev', 'UTC', 'Factory'])('leaves %s as it is', (zone) => {
    expect(aggregateTimezone(zone)).toBe(zone);
  });
});
