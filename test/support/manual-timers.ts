import type { Clock } from '../../main/ports';
import type { Timers } from '../../main/sync/sync-scheduler';

/**
 * Time that moves only when the test says so: a clock and the timers that follow it. `advance`
 * runs every timer that falls due, in order, so no test ever waits on the wall clock.
 */
export interface ManualTime extends Clock, Timers {
  advance(ms: number): void;
  pending(): number;
}

export function manualTime(startIso: string): ManualTime {
  let now = Date.parse(startIso);
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => new Date(now),
    set(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return () => {
        timers.delete(id);
      };
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
    pending: () => timers.size,
  };
}
