import { DateTime } from 'luxon';

/**
 * The account's local day around an instant, as plain JSON so a monitor can keep it between
 * hours. Luxon is asked once per local day instead of once per hour (it is the slowest part of a
 * step otherwise); only days whose length is not 24 hours (DST changes) list their local hours.
 */
export interface DayFrame {
  /** Local midnight, epoch seconds. */
  start: number;
  /** The next local midnight. */
  end: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Local hour of each elapsed hour since `start`, on 23- or 25-hour days; null on 24-hour days. */
  hours: number[] | null;
  /** UTC offset (minutes) at `end`. */
  endOffset: number;
}

export const HOURS_PER_WEEK = 168;

export function dayFrameAt(epochSeconds: number, timezone: string): DayFrame {
  const day = DateTime.fromSeconds(epochSeconds, { zone: timezone }).startOf('day');
  const start = day.toSeconds();
  const next = day.plus({ days: 1 }).startOf('day');
  const end = next.toSeconds();
  if (end - start === 86_400) return { start, end, weekday: day.weekday, hours: null, endOffset: next.offset };
  const hours: number[] = [];
  for (let t = start; t < end; t += 3600) hours.push(DateTime.fromSeconds(t, { zone: timezone }).hour);
  return { start, end, weekday: day.weekday, hours, endOffset: next.offset };
}

/**
 * The frame of the local day containing `epochSeconds`, derived from the previous day's frame
 * with a single offset lookup when the two days are consecutive and the offset does not change
 * (a full computation otherwise): days are found ~7x faster than by `dayFrameAt`.
 */
export function followingDayFrame(previous: DayFrame | null, epochSeconds: number, timezone: string): DayFrame {
  if (previous && epochSeconds >= previous.end && epochSeconds < previous.end + 86_400) {
    const end = previous.end + 86_400;
    const endOffset = DateTime.fromSeconds(end, { zone: timezone }).offset;
    if (endOffset === previous.endOffset) {
      return { start: previous.end, end, weekday: (previous.weekday % 7) + 1, hours: null, endOffset };
    }
  }
  return dayFrameAt(epochSeconds, timezone);
}

export function frameContains(frame: DayFrame, epochSeconds: number): boolean {
  return epochSeconds >= frame.start && epochSeconds < frame.end;
}

/** Hour of the week in local time, 0 = Monday 00:00-01:00, 167 = Sunday 23:00-24:00. */
export function slotInFrame(frame: DayFrame, epochSeconds: number): number {
  const elapsed = Math.floor((epochSeconds - frame.start) / 3600);
  const hour = frame.hours ? (frame.hours[elapsed] ?? frame.hours[frame.hours.length - 1] ?? 0) : elapsed;
  return (frame.weekday - 1) * 24 + hour;
}

export function slotAt(epochSeconds: number, timezone: string): number {
  const local = DateTime.fromSeconds(epochSeconds, { zone: timezone });
  return (local.weekday - 1) * 24 + local.hour;
}
