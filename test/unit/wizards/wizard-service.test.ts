import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { createWizardProgressRepository } from '../../../main/db/repositories/wizard-progress-repository';
import { createWizardService, type TestOrderPort } from '../../../main/wizards/wizard-service';
import { fixedClock, recordingLogger } from '../../support/fake-ports';
import { demoLike, storeData } from './wizard-fixtures';

/** The service over an in-memory cache: what is saved, what is refused, what a poll stores. */
const dbs: Database.Database[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

function service(look: TestOrderPort['look'] = async () => ({ profileFound: false, events: [] }), kind: 'demo' | 'real' = 'demo') {
  const db = new Database(':memory:');
  dbs.push(db);
  runMigrations(db, migrations);
  db.prepare("INSERT INTO accounts VALUES ('a', 'Shop', 'demo', 'UTC', 'USD', 'http://x', NULL, '2026-01-01')").run();
  const progress = createWizardProgressRepository(db);
  const logger = recordingLogger();
  let n = 0;
  const wizards = createWizardService({
    progress,
    clock: fixedClock('2026-11-23T12:00:00Z'),
    logger,
    dataFor: (id) => (id === 'a' ? storeData({ ...demoLike, kind }) : null),
    testOrders: { look, simulate: async () => {} },
    newId: () => `w${(n += 1)}`,
  });
  return { wizards, progress, logger, db };
}

describe('wizard service', () => {
  it('saves every change and lists the account sessions', () => {
    const { wizards } = service();
    const view = wizards.start('migration', 'a', { diagnosisKind: 'platform-switch' });
    wizards.update({ sessionId: view.session.id, stepIndex: 6, tick: { key: 'flows.draft', done: true } });
    expect(wizards.list('a')).toEqual([{ id: 'w1', kind: 'migration', accountId: 'a', status: 'active', stepIndex: 6, updatedAt: '2026-11-23T12:00:00.000Z' }]);
    expect(wizards.get('w1').session.ticked).toEqual(['flows.draft']);
  });

  it('refuses unknown accounts, unknown sessions and progress it cannot read', () => {
    const { wizards, progress, logger } = service();
    expect(() => wizards.start('migration', 'nobody', {})).toThrow(/No account/);
    expect(() => wizards.get('nope')).toThrow(/No wizard/);
    progress.save({ id: 'bad', accountId: 'a', kind: 'migration', status: 'active', session: '{"id":"bad","kind":"spaceship"}', updatedAt: 'x' });
    progress.save({ id: 'broken', accountId: 'a', kind: 'migration', status: 'active', session: 'not json', updatedAt: 'x' });
    expect(() => wizards.get('bad')).toThrow(/cannot be resumed/);
    expect(() => wizards.get('broken')).toThrow(/cannot be resumed/);
    expect(wizards.list('a')).toEqual([]);
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(2);
  });

  it('stays on a step whose answer is missing, and starts the test-order check over when the email changes', async () => {
    const { wizards } = service(async () => ({ profileFound: true, events: [] }));
    const started = wizards.start('test-order', 'a', {});
    expect(wizards.update({ sessionId: started.session.id, stepIndex: 4 }).session.stepIndex).toBe(0);
    const atEmail = wizards.update({ sessionId: started.session.id, input: { platform: 'Shopify' }, stepIndex: 4 });
    expect(atEmail.session.stepIndex).toBe(3);
    await expect(wizards.checkTestOrder(started.session.id)).rejects.toThrow(/no test order/);
    wizards.update({ sessionId: started.session.id, input: { email: 'a@b.co' }, stepIndex: 4 });
    const checked = await wizards.checkTestOrder(started.session.id);
    expect(checked.session.testOrder).toMatchObject({ state: 'waiting', checks: 1, profileFound: true, since: checked.session.startedAt });
    const changed = wizards.update({ sessionId: started.session.id, input: { email: 'c@d.co' } });
    expect(changed.session.testOrder).toBeUndefined();
  });

  it('simulates an order only on a demo account', async () => {
    const { wizards } = service(undefined, 'real');
    const started = wizards.start('test-order', 'a', {});
    wizards.update({ sessionId: started.session.id, input: { platform: 'Shopify', email: 'a@b.co' } });
    await expect(wizards.simulateTestOrder(started.session.id)).rejects.toThrow(/Only the demo store/);
    expect(wizards.get(started.session.id).context.demo).toBe('false');
  });

  it('resumes the wizard already begun for the same alert, not for another', () => {
    const { wizards } = service();
    const first = wizards.start('troubleshoot', 'a', { alertId: 'alert-Shopify/Added to Cart' });
    expect(wizards.start('troubleshoot', 'a', { alertId: 'alert-Shopify/Added to Cart' }).session.id).toBe(first.session.id);
    expect(wizards.start('troubleshoot', 'a', { alertId: 'alert-Shopify/Viewed Product' }).session.id).not.toBe(first.session.id);
    expect(wizards.start('troubleshoot', 'a', {}).session.id).not.toBe(first.session.id);
  });
});
