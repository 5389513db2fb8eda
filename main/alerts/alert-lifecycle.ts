import type { AlertState, SnoozeDays } from '../../shared/domain/alert';
import { calendarDaysLater } from '../../shared/domain/account-time';
import { AppError } from '../../shared/domain/errors';
import type { AlertRecord, Transition } from '../db/repositories/alerts-repository';
import type { MonitorKind } from '../../shared/domain/monitor-kind';

export interface LifecycleResult {
  /** Alerts to insert or update. */
  upserts: AlertRecord[];
  transitions: Transition[];
  /** Alerts the operator must be told about now (one per episode). */
  notify: AlertRecord[];
}

export interface FiredEpisode {
  kind: MonitorKind;
  start: string;
  firedAt: string;
  expected: number;
  observed: number;
  /** Share of the expected missing, 1 - observed / expected: negative for a rise. */
  depth: number;
  probability: number | null;
}

const empty = (): LifecycleResult => ({ upserts: [], transitions: [], notify: [] });

const move = (result: LifecycleResult, alert: AlertRecord, to: AlertState, at: string, reason: Transition['reason'], patch: Partial<AlertRecord> = {}) => {
  const next = { ...alert, ...patch, state: to };
  result.upserts.push(next);
  result.transitions.push({ alertId: alert.id, from: alert.state, to, at, reason });
  return next;
};

/**
 * A new drop episode. An open alert of an earlier episode is closed first; while the metric is
 * snoozed the new alert is recorded as snoozed and nobody is notified; otherwise it is active and
 * notified, once.
 */
export function fireEpisode(
  open: AlertRecord | null,
  episode: FiredEpisode,
  metric: { accountId: string; metricId: string; snoozedUntil: string | null },
  newId: string,
  now: Date,
): LifecycleResult {
  const result = empty();
  const at = now.toISOString();
  if (open && open.state !== 'resolved') move(result, open, 'resolved', at, 'superseded', { resolvedAt: at });
  const snoozed = metric.snoozedUntil !== null && Date.parse(metric.snoozedUntil) > now.getTime();
  const alert: AlertRecord = {
    id: newId,
    accountId: metric.accountId,
    metricId: metric.metricId,
    kind: episode.kind,
    state: snoozed ? 'snoozed' : 'active',
    start: episode.start,
    firedAt: episode.firedAt,
    resolvedAt: null,
    expected: episode.expected,
    observed: episode.observed,
    depth: episode.depth,
    probability: episode.probability,
    dismissedAt: null,
    snoozedUntil: snoozed ? metric.snoozedUntil : null,
  };
  result.upserts.push(alert);
  result.transitions.push({ alertId: newId, from: null, to: alert.state, at, reason: snoozed ? 'fired-while-snoozed' : 'fired' });
  if (!snoozed) result.notify.push(alert);
  return result;
}

/** The metric is back to normal: the episode's alert, whatever its state, is resolved. */
export function resolveEpisode(open: AlertRecord | null, at: string): LifecycleResult {
  const result = empty();
  if (open && open.state !== 'resolved') move(result, open, 'resolved', at, 'recovered', { resolvedAt: at });
  return result;
}

/** Hidden everywhere until the metric fires again (a new episode). */
export function dismissAlert(alert: AlertRecord, now: Date): LifecycleResult {
  if (alert.state !== 'active' && alert.state !== 'snoozed') {
    throw new AppError('invalid-input', `An alert that is ${alert.state} cannot be dismissed.`);
  }
  const result = empty();
  const at = now.toISOString();
  move(result, alert, 'dismissed', at, 'dismissed', { dismissedAt: at });
  return result;
}

/**
 * No alert for this metric until the chosen number of days has passed, counted in calendar days
 * in the account's timezone (so "30 days" ends at the same local time of day, across DST).
 */
export function snoozeAlert(alert: AlertRecord, days: SnoozeDays, timezone: string, now: Date): LifecycleResult & { until: string } {
  if (alert.state === 'resolved') throw new AppError('invalid-input', 'A resolved alert cannot be snoozed.');
  const until = calendarDaysLater(now, days, timezone);
  const result = empty();
  move(result, alert, 'snoozed', now.toISOString(), 'snoozed', { snoozedUntil: until });
  return { ...result, until };
}

/**
 * At each evaluation: a snooze that has run out brings the alert back, and tells the operator
 * again, when the drop is still detected; otherwise the alert stays quiet until it resolves.
 */
export function expireSnooze(alert: AlertRecord, stillDropping: boolean, now: Date): LifecycleResult {
  const result = empty();
  if (alert.state !== 'snoozed' || alert.snoozedUntil === null || Date.parse(alert.snoozedUntil) > now.getTime()) return result;
  if (!stillDropping) return result;
  const reactivated = move(result, alert, 'active', now.toISOString(), 'snooze-expired', { snoozedUntil: null });
  result.notify.push(reactivated);
  return result;
}

/** Whether the alert shows on Home, on flow badges and in the trigger sidebar. */
export const isVisible = (alert: Pick<AlertRecord, 'state'>): boolean => alert.state === 'active';
