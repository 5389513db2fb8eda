import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/connection';
import { createAccountsRepository } from '../../../main/db/repositories/accounts-repository';
import { createIncidentsRepository } from '../../../main/db/repositories/incidents-repository';
import { createAlertsRepository, type AlertRecord } from '../../../main/db/repositories/alerts-repository';
import { createCatalogueRepository } from '../../../main/db/repositories/catalogue-repository';
import { createDiagnosesRepository, type StoredDiagnosis } from '../../../main/db/repositories/diagnoses-repository';
import { createEvaluationWritesRepository, type EvaluationWrites } from '../../../main/db/repositories/evaluation-writes-repository';
import { createMonitorStatesRepository } from '../../../main/db/repositories/monitor-states-repository';
import { recordingLogger } from '../../support/fake-ports';
import { tempDir } from '../../support/temp-dir';

let dir: { path: string; remove(): void };
let db: Db;

const fired: AlertRecord = {
  id: 'alert-1',
  accountId: 'acc-1',
  metricId: 'M1',
  kind: 'count-down',
  state: 'active',
  start: '2026-07-01T08:00:00.000Z',
  firedAt: '2026-07-01T10:00:00.000Z',
  resolvedAt: null,
  expected: 100,
  observed: 20,
  depth: 0.8,
  probability: 1e-6,
  dismissedAt: null,
  snoozedUntil: null,
};
const noOrders: StoredDiagnosis = {
  kind: 'no-recent-orders',
  at: '2026-07-01T10:00:00.000Z',
  metricIds: ['M1'],
  evidence: { metricIds: ['M1'], start: null, depth: null, totalEvents: 0, lastEventAt: null },
};
const evaluation: EvaluationWrites = {
  monitors: [{ metricId: 'M1', state: { nextHour: 3600 } }],
  kindMonitors: [],
  upserts: [fired],
  transitions: [{ alertId: 'alert-1', from: null, to: 'active', at: fired.firedAt, reason: 'fired' }],
  diagnoses: [noOrders],
  incidents: { incidents: [], assign: [], events: [] },
  snoozes: [],
  at: '2026-07-01T12:00:00.000Z',
};

beforeEach(() => {
  dir = tempDir('evaluation-writes');
  db = openDatabase(join(dir.path, 'cache.sqlite'));
  createAccountsRepository(db).upsert({
    id: 'acc-1',
    name: 'Shop',
    kind: 'real',
    timezone: 'Europe/Paris',
    currency: 'EUR',
    baseUrl: 'https://a.klaviyo.com',
    secretRef: 'account:acc-1',
    createdAt: '2026-07-01T00:00:00.000Z',
  });
  const metric = { id: 'M1', name: 'Placed Order', integrationName: 'Shopify', integrationCategory: 'ecommerce', created: null, updated: null };
  createCatalogueRepository(db).replace('acc-1', [metric], [], new Map());
});
afterEach(() => {
  db.close();
  dir.remove();
});

function repositories() {
  const alerts = createAlertsRepository(db);
  const monitors = createMonitorStatesRepository(db);
  const diagnoses = createDiagnosesRepository(db, recordingLogger());
  const incidents = createIncidentsRepository(db, alerts);
  return { alerts, monitors, diagnoses, incidents, writes: createEvaluationWritesRepository(db, { alerts, monitors, diagnoses, incidents }) };
}

describe('the evaluation write', () => {
  it('stores monitors, alerts, transitions and diagnoses', () => {
    const { alerts, monitors, diagnoses, writes } = repositories();
    writes.save('acc-1', evaluation);
    expect(monitors.get('acc-1', 'M1')).toEqual({ nextHour: 3600 });
    expect(alerts.get('alert-1')).toEqual(fired);
    expect(diagnoses.list('acc-1')).toEqual([noOrders]);
  });

  it('when the last write fails, nothing of the evaluation is kept', () => {
    const { alerts, monitors, writes } = repositories();
    // The diagnoses are written last; the cache refuses them (as a full disk would).
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON diagnoses BEGIN SELECT RAISE(ABORT, 'refused'); END");
    expect(() => writes.save('acc-1', evaluation)).toThrow(/refused/);
    expect(monitors.get('acc-1', 'M1')).toBeNull();
    expect(alerts.get('alert-1')).toBeUndefined();
  });
});
