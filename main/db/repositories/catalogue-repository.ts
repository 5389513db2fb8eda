import type { Db } from '../connection';
import type { Flow } from '../../../shared/domain/flow';
import type { Metric } from '../../../shared/domain/metric';

export type MetricInput = Omit<Metric, 'accountId' | 'gone'>;
export type FlowInput = Omit<Flow, 'accountId' | 'gone' | 'triggerMetricIds'>;

export interface CatalogueRepository {
  /**
   * Replaces the account's catalogue with what the API returned: new and changed entries are
   * written, entries the API no longer lists are flagged `gone` (never deleted, so their history
   * and alerts stay readable). `triggers` maps a flow id to the metric ids that trigger it.
   */
  replace(accountId: string, metrics: readonly MetricInput[], flows: readonly FlowInput[], triggers: ReadonlyMap<string, readonly string[]>): void;
  listMetrics(accountId: string): Metric[];
  listFlows(accountId: string): Flow[];
  metricIds(accountId: string): Set<string>;
}

interface MetricRow {
  account_id: string;
  id: string;
  name: string;
  integration_name: string | null;
  integration_category: string | null;
  created: string | null;
  updated: string | null;
  gone: number;
}

interface FlowRow {
  account_id: string;
  id: string;
  name: string;
  status: string | null;
  trigger_type: string | null;
  archived: number;
  created: string | null;
  updated: string | null;
  gone: number;
  trigger_metric_ids: string | null;
}

export function createCatalogueRepository(db: Db): CatalogueRepository {
  const markMetricsGone = db.prepare<[string]>('UPDATE metrics SET gone = 1 WHERE account_id = ?');
  const upsertMetric = db.prepare<[string, string, string, string | null, string | null, string | null, string | null]>(`
    INSERT INTO metrics (account_id, id, name, integration_name, integration_category, created, updated, gone)
    VALUES (?, ?, ?, ?, ?, ?, ?, 0)
    ON CONFLICT (account_id, id) DO UPDATE SET
      name = excluded.name, integration_name = excluded.integration_name,
      integration_category = excluded.integration_category, created = excluded.created,
      updated = excluded.updated, gone = 0
  `);
  const markFlowsGone = db.prepare<[string]>('UPDATE flows SET gone = 1 WHERE account_id = ?');
  const upsertFlow = db.prepare<[string, string, string, string | null, string | null, number, string | null, string | null]>(`
    INSERT INTO flows (account_id, id, name, status, trigger_type, archived, created, updated, gone)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
    ON CONFLICT (account_id, id) DO UPDATE SET
      name = excluded.name, status = excluded.status, trigger_type = excluded.trigger_type,
      archived = excluded.archived, created = excluded.created, updated = excluded.updated, gone = 0
  `);
  const clearTriggers = db.prepare<[string]>('DELETE FROM flow_triggers WHERE account_id = ?');
  const insertTrigger = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO flow_triggers (account_id, flow_id, metric_id) VALUES (?, ?, ?)',
  );
  const metricRows = db.prepare<[string], MetricRow>('SELECT * FROM metrics WHERE account_id = ? ORDER BY name COLLATE NOCASE, integration_name');
  const flowRows = db.prepare<[string], FlowRow>(`
    SELECT f.*, (SELECT group_concat(t.metric_id) FROM flow_triggers t WHERE t.account_id = f.account_id AND t.flow_id = f.id) AS trigger_metric_ids
    FROM flows f WHERE f.account_id = ? ORDER BY f.name COLLATE NOCASE
  `);
  const idRows = db.prepare<[string], { id: string }>('SELECT id FROM metrics WHERE account_id = ?');

  const replace = db.transaction(
    (accountId: string, metrics: readonly MetricInput[], flows: readonly FlowInput[], triggers: ReadonlyMap<string, readonly string[]>) => {
      markMetricsGone.run(accountId);
      for (const m of metrics) {
        upsertMetric.run(accountId, m.id, m.name, m.integrationName, m.integrationCategory, m.created, m.updated);
      }
      markFlowsGone.run(accountId);
      for (const f of flows) {
        upsertFlow.run(accountId, f.id, f.name, f.status, f.triggerType, f.archived ? 1 : 0, f.created, f.updated);
      }
      clearTriggers.run(accountId);
      const knownMetrics = new Set(metrics.map((m) => m.id));
      const knownFlows = new Set(flows.map((f) => f.id));
      for (const [flowId, metricIds] of triggers) {
        if (!knownFlows.has(flowId)) continue;
        for (const metricId of metricIds) if (knownMetrics.has(metricId)) insertTrigger.run(accountId, flowId, metricId);
      }
    },
  );

  return {
    replace: (accountId, metrics, flows, triggers) => replace(accountId, metrics, flows, triggers),
    listMetrics: (accountId) =>
      metricRows.all(accountId).map((row) => ({
        accountId: row.account_id,
        id: row.id,
        name: row.name,
        integrationName: row.integration_name,
        integrationCategory: row.integration_category,
        created: row.created,
        updated: row.updated,
        gone: row.gone === 1,
      })),
    listFlows: (accountId) =>
      flowRows.all(accountId).map((row) => ({
        accountId: row.account_id,
        id: row.id,
        name: row.name,
        status: row.status,
        triggerType: row.trigger_type,
        archived: row.archived === 1,
        created: row.created,
        updated: row.updated,
        gone: row.gone === 1,
        triggerMetricIds: row.trigger_metric_ids ? row.trigger_metric_ids.split(',').sort() : [],
      })),
    metricIds: (accountId) => new Set(idRows.all(accountId).map((row) => row.id)),
  };
}
