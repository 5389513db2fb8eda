import { alertTransitionSchema, type Alert, type AlertTransition } from '../../shared/domain/alert';
import { diagnosisSchema, type Diagnosis } from '../../shared/domain/diagnosis';
import type { Flow } from '../../shared/domain/flow';
import type { Metric } from '../../shared/domain/metric';
import type { DiagnosesRepository, StoredDiagnosis } from '../db/repositories/diagnoses-repository';
import type { Logger } from '../ports';
import type { SyncStore } from '../sync/sync-store';
import type { AlertRecord, Transition } from './alert-lifecycle';

interface AccountCatalogue {
  metrics: Map<string, Metric>;
  flows: Flow[];
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
export function createAlertViews(store: SyncStore, diagnoses: DiagnosesRepository, logger: Logger) {
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
      };
      cache.set(accountId, entry);
    }
    return entry;
  };

  const alert = (record: AlertRecord): Alert => {
    const catalogue = catalogueOf(record.accountId);
    const metric = catalogue.metrics.get(record.metricId);
    return {
      ...record,
      metricName: metric?.name ?? record.metricId,
      integrationName: metric?.integrationName ?? null,
      affectedFlows: flowsTriggeredBy(catalogue.flows, [record.metricId]),
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

  const diagnosis = (accountId: string, stored: StoredDiagnosis): Diagnosis | null => {
    const catalogue = catalogueOf(accountId);
    const evidence = stored.evidence;
    const seconds = (value: unknown) => (typeof value === 'number' ? new Date(value * 1000).toISOString() : null);
    const flowMetricIds = stored.kind === 'platform-switch' && Array.isArray(evidence['legacyMetricIds']) ? evidence['legacyMetricIds'] : stored.metricIds;
    const parsed = diagnosisSchema.safeParse({
      accountId,
      kind: stored.kind,
      at: stored.at,
      metricIds: stored.metricIds,
      metricNames: stored.metricIds.map((id) => catalogue.metrics.get(id)?.name ?? id),
      start: seconds(evidence['start']),
      depth: typeof evidence['depth'] === 'number' ? evidence['depth'] : null,
      details: { ...evidence, kind: stored.kind, lastEventAt: seconds(evidence['lastEventAt']) },
      flows: flowsTriggeredBy(catalogue.flows, flowMetricIds.filter((id): id is string => typeof id === 'string')),
    });
    if (!parsed.success) {
      // Written by an older version, or damaged: leave it out rather than show something wrong.
      logger.warn('stored diagnosis does not match the contract', { accountId, kind: stored.kind });
      return null;
    }
    return parsed.data;
  };

  return {
    alert,
    transition,
    diagnoses: (accountId: string): Diagnosis[] =>
      diagnoses
        .list(accountId)
        .map((stored) => diagnosis(accountId, stored))
        .filter((d): d is Diagnosis => d !== null),
  };
}
