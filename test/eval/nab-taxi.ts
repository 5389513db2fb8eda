import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { z } from 'zod';

/**
 * The NAB New York taxi series as hourly counts. The file's timestamps are New York local times,
 * every 30 minutes; two half-hours make an hour. On the autumn DST change the repeated local hour
 * 01:00 appears once, holding both real hours' rides: it is split evenly over the two UTC hours,
 * so the series has no hole that a detector would take for an outage.
 */
export const TAXI_ZONE = 'America/New_York';

const rowSchema = z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/), z.coerce.number().int().nonnegative()]);
const windowsSchema = z.record(z.string(), z.array(z.tuple([z.string(), z.string()])));

export interface TaxiWindow {
  label: string;
  kind: 'drop' | 'spike';
  start: number;
  end: number;
}

export function loadTaxiHours(directory: string): Map<number, number> {
  const lines = readFileSync(`${directory}/nyc_taxi.csv`, 'utf8').trim().split(/\r?\n/).slice(1);
  const byLocalHour = new Map<string, number>();
  for (const line of lines) {
    const [timestamp, value] = rowSchema.parse(line.split(','));
    const hourKey = timestamp.slice(0, 13);
    byLocalHour.set(hourKey, (byLocalHour.get(hourKey) ?? 0) + value);
  }
  const hours = new Map<number, number>();
  for (const [hourKey, value] of byLocalHour) {
    const start = DateTime.fromFormat(hourKey, 'yyyy-MM-dd HH', { zone: TAXI_ZONE }).toSeconds();
    hours.set(start, value);
  }
  const starts = [...hours.keys()].sort((a, b) => a - b);
  for (let i = 1; i < starts.length; i += 1) {
    const before = starts[i - 1]!;
    const after = starts[i]!;
    if (after - before !== 7200) continue;
    // The missing UTC hour shares its local hour with whichever neighbour got both halves.
    const missing = before + 3600;
    const localHour = (t: number) => DateTime.fromSeconds(t, { zone: TAXI_ZONE }).hour;
    const merged = localHour(missing) === localHour(after) ? after : before;
    const both = hours.get(merged)!;
    hours.set(merged, Math.ceil(both / 2));
    hours.set(missing, Math.floor(both / 2));
  }
  return hours;
}

/** NAB's labelled windows; which are drops and which spikes is from the benchmark's README. */
export function loadTaxiWindows(directory: string): TaxiWindow[] {
  const windows = windowsSchema.parse(JSON.parse(readFileSync(`${directory}/nyc_taxi_windows.json`, 'utf8')));
  const known: { label: string; kind: 'drop' | 'spike'; day: string }[] = [
    { label: 'NYC marathon', kind: 'spike', day: '2014-11-02' },
    { label: 'Thanksgiving', kind: 'drop', day: '2014-11-27' },
    { label: 'Christmas', kind: 'drop', day: '2014-12-25' },
    { label: 'New Year', kind: 'spike', day: '2015-01-01' },
    { label: 'January blizzard', kind: 'drop', day: '2015-01-26' },
  ];
  const parse = (text: string): number => DateTime.fromFormat(text.slice(0, 19), 'yyyy-MM-dd HH:mm:ss', { zone: TAXI_ZONE }).toSeconds();
  return (windows['realKnownCause/nyc_taxi.csv'] ?? []).map(([from, to]) => {
    const start = parse(from);
    const end = parse(to);
    const match = known.find((k) => {
      const noon = DateTime.fromISO(`${k.day}T12:00`, { zone: TAXI_ZONE }).toSeconds();
      return noon >= start && noon <= end;
    });
    return { label: match?.label ?? 'unlabelled', kind: match?.kind ?? 'drop', start, end };
  });
}
