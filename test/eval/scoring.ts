import type { ReplayAlert } from '../../main/detection/replay';
import { oracleDelayHours } from './oracle-bound';
import type { LabelledDrop } from './scenarios';

const HOUR = 3600;
/** An alert still counts for a drop if it fires up to a day after the drop ended (trailing windows). */
const LATE_GRACE_HOURS = 24;

export interface DropOutcome {
  drop: LabelledDrop;
  /** Mean expected events/hour during the drop (its first day at most), from the generator's truth. */
  expectedPerHour: number;
  durationHours: number | null;
  detected: boolean;
  /** Hours of data from the drop's first hour to the completion of the hour that fired. */
  delayHours: number | null;
  /** The oracle's delay for the same drop (oracle-bound.ts); null when even it would not fire. */
  oracleHours: number | null;
}

export interface ScenarioOutcome {
  drops: DropOutcome[];
  falseAlerts: ReplayAlert[];
  /** Further alerts inside a drop that already had one (the alert resolved too early and fired again). */
  repeatAlerts: ReplayAlert[];
  /** Judged time (after the two-week warm-up), in months of 30 days. */
  metricMonths: number;
}

export function scoreScenario(
  alerts: readonly ReplayAlert[],
  drops: readonly LabelledDrop[],
  truth: { hours: readonly { start: number }[]; baseMean: readonly number[] },
): ScenarioOutcome {
  const used = new Set<ReplayAlert>();
  const first = truth.hours[0]!.start;
  const outcomes = drops.map((drop): DropOutcome => {
    const limit = drop.end === null ? Infinity : drop.end + LATE_GRACE_HOURS * HOUR;
    const alert = alerts.find((a) => !used.has(a) && a.firedAt >= drop.start && a.firedAt < limit);
    if (alert) used.add(alert);
    const from = (drop.start - first) / HOUR;
    const span = Math.min(24, drop.end === null ? 24 : (drop.end - drop.start) / HOUR);
    const window = truth.baseMean.slice(from, from + span);
    return {
      drop,
      expectedPerHour: window.reduce((a, b) => a + b, 0) / Math.max(1, window.length),
      durationHours: drop.end === null ? null : (drop.end - drop.start) / HOUR,
      detected: alert !== undefined,
      delayHours: alert ? (alert.firedAt + HOUR - drop.start) / HOUR : null,
      oracleHours: oracleDelayHours(truth.baseMean.slice(from), drop.remaining, drop.end === null ? null : (drop.end - drop.start) / HOUR),
    };
  });
  const judgedHours = Math.max(0, truth.hours.length - 14 * 24);
  const unmatched = alerts.filter((a) => !used.has(a));
  const insideDrop = (a: ReplayAlert) => drops.some((d) => a.firedAt >= d.start && a.firedAt < (d.end === null ? Infinity : d.end + LATE_GRACE_HOURS * HOUR));
  return {
    drops: outcomes,
    falseAlerts: unmatched.filter((a) => !insideDrop(a)),
    repeatAlerts: unmatched.filter(insideDrop),
    metricMonths: judgedHours / (30 * 24),
  };
}

export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}
