import { alertTransitionSchema, type Alert, type AlertTransition } from '../../shared/domain/alert';
import { diagnosisSchema, type Diagnosis, type DiagnosisDetails } from '../../shared/domain/diagnosis';
import type { Flow } from '../../shared/domain/flow';
import type { Metric } from '../../shared/domain/metric';
import type { DiagnosesRepository, StoredDiagnosis } from '../db/repositories/diagnoses-repository';
import type { MonitorStatesRepository } from '../db/repositories/monitor-states-repository';
import { parseMonitorState } from '../detection/monitor-state-schema';
import type { MonitorState } from '../detection/monitor-types';
import type { Logger } from '../ports';
import type { AlertCacheReads } from './alert-cache-reads';
import { alertFigures, type FigureMonitor } from './alert-figures';
import { parseRiseState, parseValueState } from '../detection/kind-monitors';
import type { RiseState } from '../detection/rise-monitor';
import type { MonitorKind } from '../../shared/domain/monitor-kind';
import type { AlertRecord, Transition } from '../db/repositories/alerts-repository';
import { isoFromSeconds } from '../../shared/domain/account-time';

interface AccountCatalogue {
  metrics: Map<string, Metric>;
  flows: Flow[];
  /** Each metric's monitor of each kind, read when first needed (null: none, or kept for another timezone). */
  monitors: Map<string, FigureMonitor | null>;
}

export interface AlertViewSources {
  store: AlertCacheReads;
  diagnoses: Pick<DiagnosesRepository, 'list'>;
  monitors: Pick<MonitorStatesRepository, 'get' | 'getKind'>;
  /** The account's timezone: a monitor kept for another zone is stale and not read. */
  timezoneOf(accountId: string): string | null;
  /** The account's currency, for the figures of a value (ISO 4217); null when it does not say. */
  currencyOf?(accountId: string): string | null;
  logger: Logger;
}

const statusRank = (status: string | null) => ({ live: 0, manual: 1 })[status ?? ''] ?? 2;

/**
 * Flows triggered by any of the metrics, live first, then manual, then drafts. Archived flows send
 * nothing, so a drop cannot affect them and a migration need not clone them: they are left out.
 */
export function flowsTriggeredBy(flows: readonly Flow[], metricIds: readonly string[]) {
  return flows
    .filter((flow) => !flow.gone && !flow.archived && flow.triggerMetricIds.some((id) => metricIds.includes(id)))
    .sort((a, b) => statusRank(a.status) - statusRank(b.status) || a.name.localeCompare(b.name))
    .map((flow) => ({ id: flow.id, name: flow.name, status: flow.status }));
}

/**
 * Turns stored alerts, transitions and diagnoses into what the contract returns: names instead of
 * ids, ISO times, the flows concerned. The account's catalogue is read once per synchronous call
 * (a list of a hundred alerts reads it once), then forgotten so the next call sees fresh data.
 */
export function createAlertViews({ store, diagnoses, monitors, timezoneOf, currencyOf, logger }: AlertViewSources) {
  let cache: Map<string, AccountCatalogue> | null = null;
  const catalogueOf = (accountId: string): AccountCatalogue => {
    if (!cache) {
      cache = new Map();
      queueMicrotask(() => {
        cache = null;
      });
    }
    let entry = cache.get(accountId);
    if (!entry) {
      entry = {
        metrics: new Map(store.catalogue.listMetrics(accountId).map((m) => [m.id, m])),
        flows: store.catalogue.listFlows(accountId),
        monitors: new Map(),
      };
      cache.set(accountId, entry);
    }
    return entry;
  };

  const readMonitor = (accountId: string, metricId: string, kind: MonitorKind): FigureMonitor | null => {
    if (kind === 'value-down') {
      const state = parseValueState(monitors.getKind(accountId, metricId, kind));
      return state && { kind, state };
    }
    const state = kind === 'count-down' ? parseMonitorState(monitors.get(accountId, metricId)) : parseRiseState(monitors.getKind(accountId, metricId, kind));
    if (!state || state.timezone !== timezoneOf(accountId)) return null;
    return kind === 'count-down' ? { kind, state: state as MonitorState } : { kind, state: state as RiseState };
  };
  const monitorOf = (accountId: string, metricId: string, kind: MonitorKind): FigureMonitor | null => {
    const catalogue = catalogueOf(accountId);
    const key = `${metricId}/${kind}`;
    if (!catalogue.monitors.has(key)) catalogue.monitors.set(key, readMonitor(accountId, metricId, kind));
    return catalogue.monitors.get(key) ?? null;
  };

  const alert = (record: AlertRecord): Alert => {
    const catalogue = catalogueOf(record.accountId);
    const metric = catalogue.metrics.get(record.metricId);
    return {
      ...record,
      metricName: metric?.name ?? record.metricId,
      integrationName: metric?.integrationName ?? null,
      figures: alertFigures(
        record,
        record.state === 'resolved' ? null : monitorOf(record.accountId, record.metricId, record.kind),
        currencyOf?.(record.accountId) ?? null,
      ),
      // Only a count that falls starves the flows it triggers.
      affectedFlows: record.kind === 'count-down' ? flowsTriggeredBy(catalogue.flows, [record.metricId]) : [],
    };
  };

  const transition = (row: Transition & { accountId: string; metricId: string }): AlertTransition =>
    alertTransitionSchema.parse({
      alertId: row.alertId,
      accountId: row.accountId,
      metricName: catalogueOf(row.accountId).metrics.get(row.metricId)?.name ?? row.metricId,
      from: row.from,
      to: row.to,
      at: row.at,
      reason: row.reason,
    });

  const diagnosis = (accountId: string, stored: StoredDiagnosis, open: readonly Alert[]): Diagnosis | null => {
    const catalogue = catalogueOf(accountId);
    const { evidence } = stored;
    // A platform switch concerns every flow still triggered by a metric of the legacy integration.
    const flowMetricIds = stored.kind === 'platform-switch' ? stored.evidence.legacyMetricIds : stored.metricIds;
    const parsed = diagnosisSchema.safeParse({
      accountId,
      kind: stored.kind,
      at: stored.at,
      metricIds: stored.metricIds,
      metricNames: stored.metricIds.map((id) => catalogue.metrics.get(id)?.name ?? id),
      start: isoOrNull(evidence.start),
      depth: evidence.depth,
      details: detailsOf(stored),
      flows: flowsTriggeredBy(catalogue.flows, flowMetricIds),
      drops: stored.metricIds.flatMap((id) =>
        // A diagnosis explains counts: only the metric's count drop stands beside it.
        open.filter((candidate) => candidate.metricId === id && candidate.kind === 'count-down').map((candidate) => ({ alertId: candidate.id, metricId: id, metricName: candidate.metricName, figures: candidate.figures })),
      ),
    });
    if (!parsed.success) {
      // The stored row parsed, so this is a fault of ours: leave it out rather than show something wrong.
      logger.warn('diagnosis does not match the contract', { accountId, kind: stored.kind });
      return null;
    }
    return parsed.data;
  };

  return {
    alert,
    transition,
    /** The account's diagnoses, each with the figures of its metrics' open alerts (given, already viewed). */
    diagnoses: (accountId: string, open: readonly Alert[]): Diagnosis[] =>
      diagnoses
        .list(accountId)
        .map((stored) => diagnosis(accountId, stored, open))
        .filter((d): d is Diagnosis => d !== null),
  };
}

/** Stored alerts, transitions and diagnoses turned into what the contract returns. */
export type AlertViews = ReturnType<typeof createAlertViews>;

const isoOrNull = (epochSeconds: number | null) => (epochSeconds === null ? null : isoFromSeconds(epochSeconds));

/** What a card may say beyond the metrics: exactly the fields of the finding's kind, named one by one. */
function detailsOf(stored: StoredDiagnosis): DiagnosisDetails {
  switch (stored.kind) {
    case 'integration-outage': {
      const { integration, category, custom, statusPage } = stored.evidence;
      return { kind: stored.kind, integration, category, custom, statusPage };
    }
    case 'onsite-tracking': {
      const { placedOrderMetricId, platform, themeSnippets } = stored.evidence;
      return { kind: stored.kind, placedOrderMetricId, platform, themeSnippets };
    }
    case 'order-status': {
      const { integration, startedCheckoutMetricId, plugin, statusRule } = stored.evidence;
      return { kind: stored.kind, integration, startedCheckoutMetricId, plugin, statusRule };
    }
    case 'platform-switch': {
      const { legacyIntegration, newIntegration, legacyMetricIds, replacements } = stored.evidence;
      return { kind: stored.kind, legacyIntegration, newIntegration, legacyMetricIds, replacements };
    }
    case 'no-recent-orders': {
      const { totalEvents, lastEventAt } = stored.evidence;
      return { kind: stored.kind, totalEvents, lastEventAt: isoOrNull(lastEventAt) };
    }
  }
}
