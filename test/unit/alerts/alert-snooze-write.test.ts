import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/connection';
import { createAccountsRepository } from '../../../main/db/repositories/accounts-repository';
import { createAlertLifecycleActions } from '../../../main/alerts/alert-lifecycle-actions';
import { createAlertsRepository, type AlertRecord, type AlertsRepository } from '../../../main/db/repositories/alerts-repository';
import { createCatalogueRepository } from '../../../main/db/repositories/catalogue-repository';
import { fixedClock } from '../../support/fake-ports';
import { tempDir } from '../../support/temp-dir';

let dir: { path: string; remove(): void };
let db: Db;
let alerts: AlertsRepository;

const active: AlertRecord = {
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
const until = '2026-07-08T12:00:00.000Z';
const snoozed: AlertRecord = { ...active, state: 'snoozed', snoozedUntil: until };
const snoozing = { alertId: 'alert-1', from: 'active' as const, to: 'snoozed' as const, at: '2026-07-01T12:00:00.000Z', reason: 'snoozed' as const };

beforeEach(() => {
  dir = tempDir('snooze-write');
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
  const metric = { id: 'M1', name: 'Added to Cart', integrationName: 'Shopify', integrationCategory: 'ecommerce', created: null, updated: null };
  createCatalogueRepository(db).replace('acc-1', [metric], [], new Map());
  alerts = createAlertsRepository(db);
  alerts.apply([active], [{ alertId: 'alert-1', from: null, to: 'active', at: active.firedAt, reason: 'fired' }]);
});
afterEach(() => {
  db.close();
  dir.remove();
});

describe('the snooze write (metric snooze and alert state together)', () => {
  it('stores the metric snooze, the alert state and its transition', () => {
    alerts.snooze({ accountId: 'acc-1', metricId: 'M1', until }, [snoozed], [snoozing]);
    expect(alerts.snoozedUntil('acc-1', 'M1')).toBe(until);
    expect(alerts.get('alert-1')).toEqual(snoozed);
    expect(alerts.history('acc-1', 10).map((t) => t.reason)).toEqual(['snoozed', 'fired']);
  });

  it('when the alert write fails, the metric snooze written before it is rolled back', () => {
    // A transition for an alert that does not exist breaks the foreign key: the second write throws.
    const broken = { ...snoozing, alertId: 'no-such-alert' };
    expect(() => alerts.snooze({ accountId: 'acc-1', metricId: 'M1', until }, [snoozed], [broken])).toThrow(/FOREIGN KEY/);
    expect(alerts.snoozedUntil('acc-1', 'M1')).toBeNull();
    expect(alerts.get('alert-1')).toEqual(active);
  });
});

describe('snoozing an alert', () => {
  const actions = () =>
    createAlertLifecycleActions({
      alerts,
      clock: fixedClock('2026-07-01T12:00:00.000Z'),
      timezoneOf: () => 'Europe/Paris',
      view: (record) => ({ ...record, metricName: 'Added to Cart', integrationName: 'Shopify', figures: { fired: { observed: 20, expected: 100, percentBelow: 80, through: record.firedAt }, evidence: null, now: null }, affectedFlows: [] }),
    });

  it('snoozes the metric and the alert together', () => {
    expect(actions().snooze('alert-1', 30)).toMatchObject({ state: 'snoozed', snoozedUntil: '2026-07-31T12:00:00.000Z' });
    expect(alerts.snoozedUntil('acc-1', 'M1')).toBe('2026-07-31T12:00:00.000Z');
    expect(alerts.get('alert-1')?.state).toBe('snoozed');
  });

  it('when the database refuses the alert state, the metric is not left snoozed', () => {
    // The cache refuses the transition row (as a full disk would): the alert's write is the second.
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON alert_transitions BEGIN SELECT RAISE(ABORT, 'refused'); END");
    expect(() => actions().snooze('alert-1', 30)).toThrow(/refused/);
    expect(alerts.snoozedUntil('acc-1', 'M1')).toBeNull();
    expect(alerts.get('alert-1')).toEqual(active);
  });
});
