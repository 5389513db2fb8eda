import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { createLocalHourLookup } from '../../../main/simulator/local-time';
import { hourMs } from '../../../main/simulator/time';

describe('local hour lookup', () => {
  it.each(['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata'])(
    'agrees with luxon on every hour of a year in %s',
    (zone) => {
      const lookup = createLocalHourLookup(zone);
      const from = Date.parse('2025-01-01T00:00:00Z');
      for (let ms = from; ms < from + 365 * 24 * hourMs; ms += hourMs) {
        const local = DateTime.fromMillis(ms, { zone });
        const expected = { hour: local.hour, weekday: local.weekday - 1 };
        const actual = lookup(ms);
        if (actual.hour !== expected.hour || actual.weekday !== expected.weekday) {
          expect({ at: new Date(ms).toISOString(), ...actual }).toEqual({ at: new Date(ms).toISOString(), ...expected });
        }
      }
    },
  );
});
