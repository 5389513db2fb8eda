import type { AlertFigure, AlertFigures } from '../../shared/domain/alert';
import { hourIndex, ringPosition } from '../detection/monitor-ring';
import type { MonitorState } from '../detection/monitor-types';
import type { AlertRecord } from '../db/repositories/alerts-repository';
import { isoFromSeconds, secondsFromIso } from '../../shared/domain/account-time';

const HOUR = 3600;

/** The missing share as a whole percentage, as the detector measures depth (nothing expected: all missing). */
export function percentBelow(observed: number, expected: number): number {
  const depth = expected > 0 ? 1 - observed / expected : 1;
  // Rounded once here; `+ 0` turns a -0 into 0 so no surface prints "-0%".
  return Math.round(depth * 100) + 0;
}

/**
 * The figures of one alert at the moment the monitor has reached, the only place they are
 * computed (banner, diagnosis card, notification centre, Metrics, trigger panel and the desktop
 * notification all print this result):
 *
 * - "when it fired" is frozen: the episode's span as the detector judged it when it fired, from
 *   the first anomalous hour to the fired hour inclusive (the counts stored with the alert).
 * - "now" is live and uses the same kind of span, extended: from the first anomalous hour to the
 *   latest complete hour the detector has judged (the last synced hour), with each hour's counted
 *   events against the prediction made before seeing it (the values the charts draw). The span
 *   rather than the latest hours alone, so "now" and "when it fired" measure the same thing and
 *   only differ by the hours added since. Null once the alert is resolved (the drop is over), or
 *   when the monitor no longer holds every hour of the span.
 */
export function alertFigures(
  alert: Pick<AlertRecord, 'state' | 'start' | 'firedAt' | 'observed' | 'expected' | 'depth' | 'probability'>,
  monitor: MonitorState | null,
): AlertFigures {
  const firedHour = secondsFromIso(alert.firedAt);
  const fired: AlertFigure = {
    observed: alert.observed,
    expected: alert.expected,
    percentBelow: Math.round(alert.depth * 100) + 0,
    through: isoFromSeconds(firedHour + HOUR),
  };
  const start = secondsFromIso(alert.start);
  const evidence = alert.probability === null ? null : { start: alert.start, hours: (firedHour - start) / HOUR + 1, probability: alert.probability };
  return { fired, evidence, now: alert.state === 'resolved' || !monitor ? null : liveFigure(start, firedHour, monitor) };
}

function liveFigure(start: number, firedHour: number, monitor: MonitorState): AlertFigure | null {
  const lastHour = monitor.nextHour - HOUR;
  if (lastHour < firedHour) return null;
  let observed = 0;
  let expected = 0;
  for (let t = start; t <= lastHour; t += HOUR) {
    const position = ringPosition(monitor, hourIndex(monitor, t));
    if (position < 0) return null;
    observed += monitor.ring.count[position] ?? 0;
    expected += monitor.ring.expected[position] ?? 0;
  }
  const rounded = Math.round(expected * 100) / 100;
  return { observed, expected: rounded, percentBelow: percentBelow(observed, expected), through: isoFromSeconds(lastHour + HOUR) };
}
