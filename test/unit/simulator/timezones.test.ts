import { describe, expect, it } from 'vitest';
import { createTimezoneCatalogue } from '../../../main/simulator/timezones';

describe('metric-aggregates timezone check', () => {
  const catalogue = createTimezoneCatalogue();

  it.each(['UTC', 'America/New_York', 'Europe/London', 'Europe/Berlin', 'US/Eastern', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Argentina/Buenos_Aires'])(
    'accepts %s',
    (zone) => expect(catalogue.isAccepted(zone)).toBe(true),
  );

  it.each(['Factory', 'Europe/Kyiv', 'Pacific/Kanton', 'america/new_york', 'AMERICA/NEW_YORK', 'us/eastern', 'utc', 'europe/kyiv', 'Mars/Olympus_Mons', ''])(
    'refuses %j (spec exceptions, wrong case, unknown)',
    (zone) => expect(catalogue.isAccepted(zone)).toBe(false),
  );
});
