import type { AlertFigure, AlertFigures } from '../../shared/domain/alert';
import { hourIndex, ringPosition } from '../detection/monitor-ring';
import type { MonitorState } from '../detection/monitor-types';
import type { RiseState } from '../detection/rise-monitor';
import type { ValueState } from '../detection/value-monitor';
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
  alert: Pick<AlertRecord, 'state' | 'start' | 'firedAt' | 'observed' | 'expected' | 'depth' | 'probability'> & Partial<Pick<AlertRecord, 'kind'>>,
  monitor: FigureMonitor | null,
  currency: string | null = null,
): AlertFigures {
  const figures = countFigures(alert, monitor);
  if (!alert.kind || alert.kind === 'count-down') return figures;
  return { ...figures, kind: alert.kind, ...(alert.kind === 'value-down' ? { currency } : {}) };
}

function countFigures(
  alert: Pick<AlertRecord, 'state' | 'start' | 'firedAt' | 'observed' | 'expected' | 'depth' | 'probability'>,
  monitor: FigureMonitor | null,
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
  if (alert.state === 'resolved' || !monitor) return { fired, evidence, now: null };
  const now = monitor.kind === 'count-down' ? liveFigure(start, firedHour, monitor.state) : kindLiveFigure(start, firedHour, monitor);
  return { fired, evidence, now };
}

/** The monitor an alert's live figure is read from: the one of the alert's own kind. */
export type FigureMonitor =
  | { kind: 'count-down'; state: MonitorState }
  | { kind: 'value-down'; state: ValueState }
  | { kind: 'rise-harmful'; state: RiseState };

/**
 * The live figure of a value drop (the value that came in against its orders at the learnt value
 * per order) or of a harmful rise (the count against the prediction made before each hour), over
 * the same span as the count's.
 */
function kindLiveFigure(start: number, firedHour: number, monitor: Exclude<FigureMonitor, { kind: 'count-down' }>): AlertFigure | null {
  const hours = monitor.state.hours;
  if (hours.length === 0) return null;
  const first = hours[0]!.start;
  const lastHour = hours[hours.length - 1]!.start;
  if (lastHour < firedHour || start < first) return null;
  let observed = 0;
  let expected = 0;
  for (let i = (start - first) / HOUR; i < hours.length; i += 1) {
    if (monitor.kind === 'value-down') {
      observed += monitor.state.hours[i]!.value;
      expected += hours[i]!.count * (monitor.state.perEvent ?? 0);
    } else {
      observed += hours[i]!.count;
      expected += monitor.state.expected[i] ?? 0;
    }
  }
  const round = (figure: number) => Math.round(figure * 100) / 100;
  return { observed: round(observed), expected: round(expected), percentBelow: percentBelow(observed, expected), through: isoFromSeconds(lastHour + HOUR) };
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
