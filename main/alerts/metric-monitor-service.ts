import { calendarDaysLater } from '../../shared/domain/account-time';
import { AppError } from '../../shared/domain/errors';
import type { MetricMonitor, MetricMonitorPatch } from '../../shared/domain/metric-monitor';
import type { Sensitivity } from '../../shared/domain/sensitivity';
import type { MetricMonitorRecord, MetricMonitorsRepository } from '../db/repositories/metric-monitors-repository';
import type { MonitorStatesRepository } from '../db/repositories/monitor-states-repository';
import { parseMonitorState } from '../detection/monitor-state-schema';
import { watchedDaily } from '../detection/monitor-step';
import type { Clock } from '../ports';

/** Per-metric monitor settings as the bridge calls them. */
export interface MetricMonitorService {
  /** The account's metrics whose settings differ from the defaults (muted, own sensitivity, minimum volume). */
  list(accountId: string): MetricMonitor[];
  get(accountId: string, metricId: string): MetricMonitor;
  /** Applies the change, then judges the metric again from the cache at once when it can change a verdict. */
  set(patch: MetricMonitorPatch): MetricMonitor;
}

export interface MetricMonitorServiceDeps {
  repository: MetricMonitorsRepository;
  monitors: Pick<MonitorStatesRepository, 'get'>;
  /** Whether the account has this metric (in its cached catalogue). */
  hasMetric(accountId: string, metricId: string): boolean;
  clock: Clock;
  /** The account's timezone, in which a mute counts its calendar days; null: no such account. */
  timezoneOf(accountId: string): string | null;
  /** The account's sensitivity, for a metric that has none of its own. */
  sensitivity(): Sensitivity;
  /** Re-judges the present of these metrics from the cache and announces what changed. */
  rejudge(accountId: string, metrics: ReadonlyMap<string, { unmutedFrom: string | null }>): void;
}

export function createMetricMonitorService(deps: MetricMonitorServiceDeps): MetricMonitorService {
  const requireMetric = (accountId: string, metricId: string): string => {
    const timezone = deps.timezoneOf(accountId);
    if (timezone === null) throw new AppError('not-found', `No account ${accountId}.`);
    if (!deps.hasMetric(accountId, metricId)) throw new AppError('not-found', `No metric ${metricId} in account ${accountId}.`);
    return timezone;
  };
  const blank = (accountId: string, metricId: string): MetricMonitorRecord => ({ accountId, metricId, sensitivity: null, mutedUntil: null, minHourlyVolume: null });
  // A mute that has run out is no mute: it reads as the default.
  const current = (record: MetricMonitorRecord): MetricMonitorRecord =>
    record.mutedUntil !== null && Date.parse(record.mutedUntil) <= deps.clock.now().getTime() ? { ...record, mutedUntil: null } : record;

  const view = (record: MetricMonitorRecord): MetricMonitor => {
    const live = current(record);
    const state = parseMonitorState(deps.monitors.get(record.accountId, record.metricId));
    const fitted = state !== null && state.fitted;
    return {
      ...live,
      hourlyLevel: fitted ? state.level : null,
      watchedDaily: state !== null && watchedDaily(state, { minHourlyVolume: live.minHourlyVolume ?? 0 }),
    };
  };

  return {
    list(accountId) {
      if (deps.timezoneOf(accountId) === null) throw new AppError('not-found', `No account ${accountId}.`);
      return deps.repository
        .list(accountId)
        .map(current)
        .filter((record) => record.sensitivity !== null || record.mutedUntil !== null || record.minHourlyVolume !== null)
        .map(view);
    },
    get(accountId, metricId) {
      requireMetric(accountId, metricId);
      return view(deps.repository.get(accountId, metricId) ?? blank(accountId, metricId));
    },
    set(patch) {
      const timezone = requireMetric(patch.accountId, patch.metricId);
      const now = deps.clock.now();
      const before = current(deps.repository.get(patch.accountId, patch.metricId) ?? blank(patch.accountId, patch.metricId));
      const next: MetricMonitorRecord = {
        ...before,
        ...(patch.sensitivity === undefined ? {} : { sensitivity: patch.sensitivity }),
        ...(patch.minHourlyVolume === undefined ? {} : { minHourlyVolume: patch.minHourlyVolume }),
        ...(patch.mute === undefined
          ? {}
          : { mutedUntil: patch.mute === null ? null : calendarDaysLater(now, patch.mute.days, timezone) }),
      };
      deps.repository.save(next, now.toISOString());
      const unmutedFrom = before.mutedUntil !== null && next.mutedUntil === null ? before.mutedUntil : null;
      // A new mute changes no verdict (the next drop is recorded muted); the rest can.
      if (next.sensitivity !== before.sensitivity || next.minHourlyVolume !== before.minHourlyVolume || unmutedFrom !== null) {
        deps.rejudge(patch.accountId, new Map([[patch.metricId, { unmutedFrom }]]));
      }
      return view(next);
    },
  };
}
