import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dayFrameAt, followingDayFrame, slotAt, slotInFrame, type DayFrame } from '../../../main/detection/local-clock';

describe('local clock', () => {
  it.each([
    'America/New_York',
    'Europe/Berlin',
    'Australia/Sydney',
    'Asia/Kolkata',
    'America/Santiago', // DST changes at midnight: some days start at 01:00
    'Australia/Lord_Howe', // half-hour DST
    'UTC',
  ])('walking day to day in %s gives the same frames and hours of the week as asking luxon every hour', (zone) => {
    let frame: DayFrame | null = null;
    const start = DateTime.fromISO('2026-01-01T00:00', { zone }).toSeconds();
    for (let t = start; t < start + 366 * 86_400; t += 3600) {
      if (!frame || t >= frame.end) {
        frame = followingDayFrame(frame, t, zone);
        const full = dayFrameAt(t, zone);
        expect([frame.start, frame.end, frame.weekday, frame.hours]).toEqual([full.start, full.end, full.weekday, full.hours]);
      }
      expect(slotInFrame(frame, t)).toBe(slotAt(t, zone));
    }
  });

  it('hours of the week are local: Monday 00:00 is 0 and Sunday 23:00 is 167', () => {
    expect(slotAt(DateTime.fromISO('2026-07-06T00:30', { zone: 'Europe/Paris' }).toSeconds(), 'Europe/Paris')).toBe(0);
    expect(slotAt(DateTime.fromISO('2026-07-12T23:10', { zone: 'Europe/Paris' }).toSeconds(), 'Europe/Paris')).toBe(167);
  });

  it('a 23-hour and a 25-hour day list their local hours', () => {
    const spring = dayFrameAt(DateTime.fromISO('2026-03-08T12:00', { zone: 'America/New_York' }).toSeconds(), 'America/New_York');
    const autumn = dayFrameAt(DateTime.fromISO('2026-11-01T12:00', { zone: 'America/New_York' }).toSeconds(), 'America/New_York');
    expect(spring.hours).toHaveLength(23);
    expect(spring.hours!.slice(0, 4)).toEqual([0, 1, 3, 4]);
    expect(autumn.hours).toHaveLength(25);
    expect(autumn.hours!.slice(0, 4)).toEqual([0, 1, 1, 2]);
  });
});
