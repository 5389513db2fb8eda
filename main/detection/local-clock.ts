import { DateTime } from 'luxon';
import { bucketStart, nextBucketStart } from '../../shared/domain/account-time';

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
  /**
   * Local hour of each hour since `start` (on the caller's hour grid), on days that are not 24
   * plain hours (DST changes); null otherwise.
   */
  hours: number[] | null;
  /** UTC offsets (minutes) at `start` and at `end`. */
  startOffset: number;
  endOffset: number;
  /** The offset is known not to change before this instant (epoch seconds). */
  stableUntil: number;
}

export const HOURS_PER_WEEK = 168;

export function dayFrameAt(epochSeconds: number, timezone: string): DayFrame {
  const start = bucketStart(epochSeconds, 'day', timezone);
  const end = nextBucketStart(start, 'day', timezone);
  const day = DateTime.fromSeconds(start, { zone: timezone });
  const next = DateTime.fromSeconds(end, { zone: timezone });
  const frame = { start, end, weekday: day.weekday, startOffset: day.offset, endOffset: next.offset, stableUntil: end };
  if (end - start === 86_400 && day.offset === next.offset) return { ...frame, hours: null };
  // Sampled on the caller's hour grid (in a zone with a half-hour change, hours may start at :30).
  const phase = (((epochSeconds - start) % 3600) + 3600) % 3600;
  const hours: number[] = [];
  for (let t = start + phase; t < end; t += 3600) hours.push(DateTime.fromSeconds(t, { zone: timezone }).hour);
  return { ...frame, hours };
}

const WEEK = 7 * 86_400;

/**
 * The frame of the local day containing `epochSeconds`, derived from the previous day's frame
 * when the two days are consecutive: if the UTC offset a week ahead is still the previous day's,
 * the whole week is taken as free of DST changes (zones change at most twice a year), so luxon is
 * asked about once a week instead of several times a day. Otherwise, or near a change, the frame
 * is computed in full.
 */
export function followingDayFrame(previous: DayFrame | null, epochSeconds: number, timezone: string): DayFrame {
  // The shortcut needs the previous day to end at a plain local midnight: no change of offset
  // during it or right at its end (zones that change at midnight start the next day at 01:00).
  const plain = previous !== null && previous.startOffset === previous.endOffset;
  if (previous && plain && epochSeconds >= previous.end && epochSeconds < previous.end + 86_400) {
    const end = previous.end + 86_400;
    const regular = (stableUntil: number): DayFrame => ({
      start: previous.end,
      end,
      weekday: (previous.weekday % 7) + 1,
      hours: null,
      startOffset: previous.endOffset,
      endOffset: previous.endOffset,
      stableUntil,
    });
    if (end <= previous.stableUntil) return regular(previous.stableUntil);
    const ahead = end + WEEK - 86_400;
    if (DateTime.fromSeconds(ahead, { zone: timezone }).offset === previous.endOffset) return regular(ahead);
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
