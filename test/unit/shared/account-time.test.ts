import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addBuckets,
  bucketStart,
  bucketStarts,
  bucketStartsMs,
  dateFromSeconds,
  isoFromSeconds,
  isValidTimezone,
  localDate,
  localDayStart,
  nextBucketStart,
  previousBucketStart,
  secondsFromDate,
  secondsFromIso,
  utcStampFromSeconds,
} from '../../../shared/domain/account-time';

const s = (iso: string) => Date.parse(iso) / 1000;
const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/** Each row: a zone, a local calendar day, and that day's start, next start and length in hours. */
const days: { zone: string; day: string; start: string; next: string; hours: number }[] = [
  { zone: 'Europe/Paris', day: '2026-03-29', start: '2026-03-28T23:00:00Z', next: '2026-03-29T22:00:00Z', hours: 23 },
  { zone: 'Europe/Paris', day: '2026-10-25', start: '2026-10-24T22:00:00Z', next: '2026-10-25T23:00:00Z', hours: 25 },
  { zone: 'America/New_York', day: '2026-03-08', start: '2026-03-08T05:00:00Z', next: '2026-03-09T04:00:00Z', hours: 23 },
  { zone: 'America/New_York', day: '2026-11-01', start: '2026-11-01T04:00:00Z', next: '2026-11-02T05:00:00Z', hours: 25 },
  { zone: 'Asia/Kathmandu', day: '2026-06-15', start: '2026-06-14T18:15:00Z', next: '2026-06-15T18:15:00Z', hours: 24 },
  { zone: 'UTC', day: '2026-06-15', start: '2026-06-15T00:00:00Z', next: '2026-06-16T00:00:00Z', hours: 24 },
  // Clocks go forward at midnight: the day starts at 01:00 and the next one at midnight again.
  { zone: 'America/Santiago', day: '2026-09-06', start: '2026-09-06T04:00:00Z', next: '2026-09-07T03:00:00Z', hours: 23 },
  { zone: 'America/Havana', day: '2026-03-08', start: '2026-03-08T05:00:00Z', next: '2026-03-09T04:00:00Z', hours: 23 },
];

describe('a day bucket in the account’s timezone', () => {
  it.each(days)('$zone $day: starts $start, lasts $hours hours', ({ zone, day, start, next, hours }) => {
    const first = s(start);
    expect(localDayStart(day, zone)).toBe(first);
    expect(localDate(first, zone)).toBe(day);
    // Any instant of the day, first and last second included, is in that bucket.
    for (const at of [first, first + 3600 * 11 + 17, s(next) - 1]) expect(bucketStart(at, 'day', zone)).toBe(first);
    expect(nextBucketStart(first, 'day', zone)).toBe(s(next));
    expect(previousBucketStart(s(next), 'day', zone)).toBe(first);
    expect((s(next) - first) / 3600).toBe(hours);
    expect(bucketStarts(first, s(next), 'hour', zone)).toHaveLength(hours);
  });

  it('steps many days on the calendar, back and forth, through both changes of a year', () => {
    const zone = 'Europe/Paris';
    const jan1 = s('2025-12-31T23:00:00Z');
    const nextJan1 = addBuckets(jan1, 'day', 365, zone);
    expect(iso(nextJan1)).toBe('2026-12-31T23:00:00Z');
    expect(addBuckets(nextJan1, 'day', -365, zone)).toBe(jan1);
    expect(bucketStarts(jan1, nextJan1, 'day', zone)).toHaveLength(365);
  });

  it('lists the days of a range from the one containing its start, when they start inside it', () => {
    const zone = 'America/New_York';
    const starts = bucketStarts(s('2026-10-30T12:00:00Z'), s('2026-11-03T05:00:00Z'), 'day', zone).map(iso);
    expect(starts).toEqual(['2026-10-31T04:00:00Z', '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z']);
  });
});

describe('an hour bucket in the account’s timezone', () => {
  it.each([
    { zone: 'UTC', at: '2026-06-15T10:59:59Z', start: '2026-06-15T10:00:00Z' },
    { zone: 'Europe/Paris', at: '2026-03-29T01:30:00Z', start: '2026-03-29T01:00:00Z' },
    { zone: 'America/New_York', at: '2026-11-01T05:10:00Z', start: '2026-11-01T05:00:00Z' },
    { zone: 'America/New_York', at: '2026-11-01T06:10:00Z', start: '2026-11-01T06:00:00Z' },
    { zone: 'Asia/Kathmandu', at: '2026-06-15T10:14:59Z', start: '2026-06-15T09:15:00Z' },
    { zone: 'Asia/Kathmandu', at: '2026-06-15T10:15:00Z', start: '2026-06-15T10:15:00Z' },
    { zone: 'Asia/Kolkata', at: '2026-06-15T10:00:00Z', start: '2026-06-15T09:30:00Z' },
  ])('$zone: $at is in the hour from $start', ({ zone, at, start }) => {
    expect(iso(bucketStart(s(at), 'hour', zone))).toBe(start);
    expect(nextBucketStart(s(start), 'hour', zone)).toBe(s(start) + 3600);
    expect(previousBucketStart(s(start), 'hour', zone)).toBe(s(start) - 3600);
  });

  it('counts the repeated hour of fall-back twice: two buckets, an hour apart', () => {
    const hours = bucketStarts(s('2026-10-25T00:00:00Z'), s('2026-10-25T02:00:00Z'), 'hour', 'Europe/Paris');
    expect(hours.map(iso)).toEqual(['2026-10-25T00:00:00Z', '2026-10-25T01:00:00Z']);
  });

  it.each(['Europe/Paris', 'America/New_York', 'Asia/Kathmandu', 'UTC'])(
    'a year of hours in %s is the same list as asking the zone for every hour, and fast',
    (zone) => {
      const from = DateTime.fromISO('2026-01-01', { zone }).toSeconds();
      const to = DateTime.fromISO('2027-01-01', { zone }).toSeconds();
      const began = performance.now();
      const hours = bucketStarts(from, to, 'hour', zone);
      const took = performance.now() - began;
      expect(hours).toHaveLength(8760);
      for (let i = 0; i < hours.length; i += 97) expect(bucketStart(hours[i]! + 1800, 'hour', zone)).toBe(hours[i]);
      expect(hours.every((t, i) => i === 0 || t - hours[i - 1]! === 3600)).toBe(true);
      // Stepping in seconds, not a zone lookup per hour (a third of a second): generous for a loaded machine.
      expect(took).toBeLessThan(50);
    },
  );

  it('gives the same starts in milliseconds for a window in milliseconds', () => {
    const from = Date.parse('2026-11-20T00:00:00Z');
    const to = Date.parse('2026-11-20T03:00:00Z');
    expect(bucketStartsMs({ from, to }, 'hour', 'Asia/Kolkata').map((t) => new Date(t).toISOString())).toEqual([
      '2026-11-20T00:30:00.000Z',
      '2026-11-20T01:30:00.000Z',
      '2026-11-20T02:30:00.000Z',
    ]);
  });
});

describe('wire form and cache form', () => {
  it('turns an ISO instant into epoch seconds and back', () => {
    expect(secondsFromIso('2026-06-15T10:15:00.000Z')).toBe(1_781_518_500);
    expect(secondsFromIso('2026-06-15T16:00:00+05:45')).toBe(1_781_518_500);
    expect(isoFromSeconds(1_781_518_500)).toBe('2026-06-15T10:15:00.000Z');
    expect(utcStampFromSeconds(1_781_518_500)).toBe('2026-06-15T10:15:00Z');
    expect(secondsFromIso('not a date')).toBeNaN();
  });

  it('takes whole seconds from a clock reading and gives a Date back', () => {
    expect(secondsFromDate(new Date('2026-06-15T10:15:00.999Z'))).toBe(1_781_518_500);
    expect(dateFromSeconds(1_781_518_500).toISOString()).toBe('2026-06-15T10:15:00.000Z');
  });

  it('knows an IANA zone from a made-up one', () => {
    expect(isValidTimezone('Asia/Kathmandu')).toBe(true);
    expect(isValidTimezone('Mars/Olympus')).toBe(false);
    expect(localDayStart('2026-02-30', 'UTC')).toBeNull();
  });
});
