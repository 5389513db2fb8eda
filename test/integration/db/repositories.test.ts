import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/connection';
import { createAccountsRepository } from '../../../main/db/repositories/accounts-repository';
import { createCatalogueRepository } from '../../../main/db/repositories/catalogue-repository';
import { createSeriesRepository } from '../../../main/db/repositories/series-repository';
import { createSyncRunsRepository } from '../../../main/db/repositories/sync-runs-repository';
import { createSyncStateRepository } from '../../../main/db/repositories/sync-state-repository';
import { tempDir } from '../../support/temp-dir';

let dir: { path: string; remove(): void };
let db: Db;

const account = {
  id: 'acc-1',
  name: 'Shop',
  kind: 'real' as const,
  timezone: 'Europe/Paris',
  currency: 'EUR',
  baseUrl: 'https://a.klaviyo.com',
  secretRef: 'account:acc-1',
  createdAt: '2026-07-01T00:00:00.000Z',
};
const metric = (id: string, name: string) => ({
  id,
  name,
  integrationName: 'Shopify',
  integrationCategory: 'ecommerce',
  created: null,
  updated: null,
});
const flow = (id: string, name: string) => ({
  id,
  name,
  status: 'live',
  triggerType: 'Metric',
  archived: false,
  created: null,
  updated: null,
});

beforeEach(() => {
  dir = tempDir('repos');
  db = openDatabase(join(dir.path, 'cache.sqlite'));
  createAccountsRepository(db).upsert(account);
});
afterEach(() => {
  db.close();
  dir.remove();
});

describe('series repository', () => {
  it('writes new buckets, skips identical re-fetches, updates revised ones', () => {
    createCatalogueRepository(db).replace('acc-1', [metric('M1', 'Placed Order')], [], new Map());
    const series = createSeriesRepository(db);
    const rows = [0, 3600, 7200].map((start, i) => ({ start, count: i, sumValue: i * 10, unique: i }));
    expect(series.upsert('acc-1', 'M1', 'hour', rows, 100)).toBe(3);
    expect(series.upsert('acc-1', 'M1', 'hour', rows, 200)).toBe(0);
    const revised = rows.map((row) => (row.start === 7200 ? { ...row, count: 5 } : row));
    expect(series.upsert('acc-1', 'M1', 'hour', revised, 300)).toBe(1);
    expect(series.read('acc-1', 'M1', 'hour', 0, 10_000)).toEqual([
      { start: 0, count: 0, sumValue: 0, unique: 0 },
      { start: 3600, count: 1, sumValue: 10, unique: 1 },
      { start: 7200, count: 5, sumValue: 20, unique: 2 },
    ]);
    expect(series.count('acc-1')).toBe(3);
    expect(series.latestStart('acc-1', 'M1', 'hour')).toBe(7200);
    expect(series.pruneBefore('hour', 3600)).toBe(1);
  });

  it('refuses a bucket for a metric the catalogue does not know', () => {
    expect(() => createSeriesRepository(db).upsert('acc-1', 'nope', 'day', [{ start: 0, count: 1, sumValue: 0, unique: 1 }], 1)).toThrow(
      /FOREIGN KEY/,
    );
  });
});

describe('catalogue repository', () => {
  it('keeps metrics and flows the API no longer lists, flagged gone, and maps triggers', () => {
    const catalogue = createCatalogueRepository(db);
    catalogue.replace(
      'acc-1',
      [metric('M1', 'Placed Order'), metric('M2', 'Started Checkout')],
      [flow('F1', 'Abandoned cart'), flow('F2', 'Thank you')],
      new Map([
        ['F1', ['M2']],
        ['F2', ['M1', 'unknown-metric']],
      ]),
    );
    catalogue.replace('acc-1', [metric('M1', 'Placed Order')], [flow('F2', 'Thank you')], new Map([['F2', ['M1']]]));
    expect(catalogue.listMetrics('acc-1').map((m) => [m.id, m.gone])).toEqual([
      ['M1', false],
      ['M2', true],
    ]);
    expect(catalogue.listFlows('acc-1').map((f) => [f.id, f.gone, f.triggerMetricIds])).toEqual([
      ['F1', true, []],
      ['F2', false, ['M1']],
    ]);
  });
});

describe('sync state repository', () => {
  it('moves a watermark forward only', () => {
    createCatalogueRepository(db).replace('acc-1', [metric('M1', 'Placed Order')], [], new Map());
    const state = createSyncStateRepository(db);
    state.setWatermark('acc-1', 'M1', 'hour', 7200, 't1');
    state.setWatermark('acc-1', 'M1', 'hour', 3600, 't2');
    expect(state.watermarks('acc-1')).toEqual([{ metricId: 'M1', interval: 'hour', watermark: 7200 }]);
  });

  it('keeps per-account status across updates', () => {
    const state = createSyncStateRepository(db);
    expect(state.account('acc-1').lastSuccessAt).toBeNull();
    state.updateAccount('acc-1', { lastSuccessAt: 't1', catalogueRefreshedAt: 't0' });
    state.updateAccount('acc-1', { lastErrorCode: 'unreachable' });
    expect(state.account('acc-1')).toMatchObject({ lastSuccessAt: 't1', catalogueRefreshedAt: 't0', lastErrorCode: 'unreachable' });
  });
});

describe('accounts repository', () => {
  it('removing an account deletes everything cached for it', () => {
    createCatalogueRepository(db).replace('acc-1', [metric('M1', 'Placed Order')], [flow('F1', 'x')], new Map([['F1', ['M1']]]));
    createSeriesRepository(db).upsert('acc-1', 'M1', 'day', [{ start: 0, count: 1, sumValue: 0, unique: 1 }], 1);
    createSyncRunsRepository(db).start('acc-1', 't');
    expect(createAccountsRepository(db).remove('acc-1')).toBe(true);
    for (const table of ['metrics', 'series', 'flows', 'flow_triggers', 'sync_runs']) {
      expect((db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
  });

  it('never stores a secret, only its reference', () => {
    const stored = createAccountsRepository(db).get('acc-1');
    expect(stored).toEqual(account);
    expect(Object.values(stored!).join(' ')).not.toMatch(/pk_/);
  });
});

describe('sync runs repository', () => {
  it('records a run from start to finish', () => {
    const runs = createSyncRunsRepository(db);
    const id = runs.start('acc-1', '2026-07-01T00:00:00Z');
    runs.finish(id, {
      endedAt: '2026-07-01T00:01:00Z',
      outcome: 'success',
      requests: 12,
      requestsByOperation: { queryMetricAggregates: 10, getMetrics: 2 },
      rowsWritten: 500,
      errorCode: null,
      errorMessage: null,
    });
    expect(runs.recent('acc-1', 5)).toEqual([
      expect.objectContaining({ id, outcome: 'success', requests: 12, requestsByOperation: { queryMetricAggregates: 10, getMetrics: 2 } }),
    ]);
  });
});
