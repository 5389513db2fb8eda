import { MIN_HISTORY_HOURS, RING_HOURS } from './detection-thresholds';
import { hoursFed, oldestHeldIndex } from './monitor-ring';
import type { Episode, MonitorState } from './monitor-types';

/** What the diagnosis rules need to know about one metric's monitor, derived from its state. */
export interface MonitorSummary {
  /** Hours judged so far. */
  historyHours: number;
  firstHour: number;
  /** The next hour to judge (end of the judged history). */
  nextHour: number;
  totalCount: number;
  firstEventHour: number | null;
  lastEventHour: number | null;
  /** Events per hour the baseline currently expects on average. */
  level: number;
  warmedUp: boolean;
  episode: Episode | null;
  /** Observed and expected counts over the last `RECENT_HOURS` judged hours. */
  recentObserved: number;
  recentExpected: number;
}

export const RECENT_HOURS = 24;

export function summarizeMonitor(state: MonitorState): MonitorSummary {
  const fed = hoursFed(state);
  let recentObserved = 0;
  let recentExpected = 0;
  for (let index = fed - 1; index >= Math.max(oldestHeldIndex(state), fed - RECENT_HOURS); index -= 1) {
    const pos = index % RING_HOURS;
    recentObserved += state.ring.count[pos] ?? 0;
    recentExpected += state.ring.expected[pos] ?? 0;
  }
  return {
    historyHours: fed,
    firstHour: state.firstHour,
    nextHour: state.nextHour,
    totalCount: state.totalCount,
    firstEventHour: state.firstEventHour,
    lastEventHour: state.lastEventHour,
    level: state.level,
    warmedUp: fed >= MIN_HISTORY_HOURS,
    episode: state.episode,
    recentObserved,
    recentExpected,
  };
}
