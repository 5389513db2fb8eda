import { IANAZone } from 'luxon';
import { dayMs, hourMs } from './time';

export interface LocalHour {
  /** 0..23 */
  readonly hour: number;
  /** 0 = Monday .. 6 = Sunday */
  readonly weekday: number;
}

const weekMs = 7 * dayMs;
const minuteMs = 60_000;

/** Offset before `switchAt` and from it on, within one week-long block. */
interface OffsetBlock {
  readonly before: number;
  readonly after: number;
  readonly switchAt: number;
}

/**
 * Local hour and weekday of UTC instants in one zone. Asking the zone for an offset costs more
 * than everything else an hour needs together, and offsets change at most a couple of times a
 * year, never twice in a week. So the lookup reads the offset at both ends of each week, and in
 * the rare week where they differ, finds the change by bisection to the minute. Build one per
 * computation: the cache is deliberately short-lived.
 */
export function createLocalHourLookup(zoneName: string): (ms: number) => LocalHour {
  const zone = IANAZone.create(zoneName);
  const blocks = new Map<number, OffsetBlock>();

  const blockAt = (index: number): OffsetBlock => {
    const cached = blocks.get(index);
    if (cached) return cached;
    const start = index * weekMs;
    let low = start;
    // Offsets change on whole minutes, so probing minute starts finds the exact instant.
    let high = start + weekMs - minuteMs;
    const before = zone.offset(low);
    const after = zone.offset(high);
    if (before !== after) {
      while (high - low > minuteMs) {
        const middle = low + Math.floor((high - low) / 2 / minuteMs) * minuteMs;
        if (zone.offset(middle) === before) low = middle;
        else high = middle;
      }
    }
    const block = { before, after, switchAt: before === after ? Infinity : high };
    blocks.set(index, block);
    return block;
  };

  return (ms) => {
    const block = blockAt(Math.floor(ms / weekMs));
    const local = ms + (ms < block.switchAt ? block.before : block.after) * minuteMs;
    const daysSinceEpoch = Math.floor(local / dayMs);
    return {
      hour: Math.floor((local - daysSinceEpoch * dayMs) / hourMs),
      // 1970-01-01 was a Thursday (index 3).
      weekday: (((daysSinceEpoch + 3) % 7) + 7) % 7,
    };
  };
}
