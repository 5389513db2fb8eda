import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Diagnosis } from '../../../shared/domain/diagnosis';
import type { Result } from '../../../shared/domain/errors';
import { composeServices } from '../../../main/compose-services';
import { openDatabase } from '../../../main/db/connection';
import type { Logger } from '../../../main/ports';
import { fakePorts } from '../../support/fake-ports';
import { manualClock } from '../../support/simulator-client';
import { tempDir } from '../../support/temp-dir';

/**
 * Diagnoses are kept in the cache as JSON. A row an older version wrote, or a damaged one, must not
 * reach a Home card with evidence its kind does not have, nor break the list: it is left out, with
 * a warning that names it, and the rows that do match are shown as before.
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

interface Logged {
  level: 'info' | 'warn' | 'error';
  message: string;
  fields: Record<string, unknown> | undefined;
}

function fieldLogger(): Logger & { lines: Logged[] } {
  const lines: Logged[] = [];
  return {
    lines,
    info: (message, fields) => lines.push({ level: 'info', message, fields }),
    warn: (message, fields) => lines.push({ level: 'warn', message, fields }),
    error: (message, fields) => lines.push({ level: 'error', message, fields }),
  };
}

async function syncedCore() {
  const logger = fieldLogger();
  const dir = tempDir('stored-diagnoses');
  // fakePorts keeps its own logger; this one keeps the fields, which name the row left out.
  const core = composeServices({ ...fakePorts({ clock: manualClock('2026-11-23T12:10:00Z') }), logger }, {
    host: 'cli',
    platform: 'linux',
    systemLocale: 'en-US',
    dataDir: dir.path,
  });
  cleanups.push(async () => {
    await core.dispose();
    dir.remove();
  });
  expect((await core.coordinator.sync('demo-outdoor')).outcome).toBe('success');
  const list = async () => {
    const result = (await core.dispatch('diagnoses:list', { accountId: 'demo-outdoor' })) as Result<Diagnosis[]>;
    if (!result.ok) throw new Error(`diagnoses:list: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { logger, list, cacheFile: join(dir.path, 'cache.sqlite') };
}

describe('stored diagnoses read back', () => {
  it('leaves out rows whose evidence does not match their kind, with a warning, and keeps the others', async () => {
    const { logger, list, cacheFile } = await syncedCore();
    const before = await list();
    expect(before.map((d) => d.kind)).toContain('onsite-tracking');

    // Rows as an older version or a damaged file would leave them, beside the good ones.
    const db = openDatabase(cacheFile);
    const insert = db.prepare('INSERT INTO diagnoses (account_id, kind, at, metric_ids, evidence) VALUES (?, ?, ?, ?, ?)');
    const at = '2026-11-23T11:00:00.000Z';
    // Cut short mid-write.
    insert.run('demo-outdoor', 'integration-outage', at, '["old-1"]', '{"metricIds":["old-1"],"start":17');
    // An older shape: a platform switch without the legacy metrics or the replacements.
    insert.run('demo-outdoor', 'platform-switch', at, '["old-2"]', JSON.stringify({ metricIds: ['old-2'], start: null, depth: 1, legacyIntegration: 'BigCommerce', newIntegration: 'Shopify' }));
    // A start written as text, not epoch seconds.
    insert.run('demo-outdoor', 'order-status', at, '["old-3"]', JSON.stringify({ metricIds: ['old-3'], start: '2026-11-20', depth: 1, integration: 'WooCommerce', startedCheckoutMetricId: null, plugin: false, statusRule: null }));
    // A kind this version does not know.
    insert.run('demo-outdoor', 'coupon-expired', at, '["old-4"]', JSON.stringify({ metricIds: ['old-4'], start: null, depth: 1 }));
    db.close();

    expect(await list()).toEqual(before);
    const warnings = logger.lines.filter((line) => line.level === 'warn' && line.message.startsWith('stored diagnosis left out'));
    expect(warnings.map((line) => line.fields?.['kind']).sort()).toEqual(['coupon-expired', 'integration-outage', 'order-status', 'platform-switch']);
    expect(warnings.find((line) => line.fields?.['kind'] === 'platform-switch')?.fields?.['problems']).toEqual(
      expect.arrayContaining(['evidence.legacyMetricIds: invalid_type', 'evidence.replacements: invalid_type']),
    );
    expect(warnings.find((line) => line.fields?.['kind'] === 'order-status')?.fields?.['problems']).toEqual(['evidence.start: invalid_type']);
    // The evidence itself stays out of the log.
    expect(JSON.stringify(warnings)).not.toContain('WooCommerce');
  });
});
