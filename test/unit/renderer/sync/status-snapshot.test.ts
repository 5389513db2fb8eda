import { describe, expect, it } from 'vitest';
import type { AccountStatus } from '../../../../shared/domain/sync';
import { mergeStatusSnapshot } from '../../../../renderer/features/sync/status-snapshot';

const syncing: AccountStatus = { accountId: 'demo-outdoor', state: 'syncing', percent: 78, lastSyncedAt: null };
const upToDate: AccountStatus = { accountId: 'demo-outdoor', state: 'up-to-date', lastSyncedAt: '2026-12-04T18:58:14.694Z' };
const charity: AccountStatus = { accountId: 'demo-charity', state: 'up-to-date', lastSyncedAt: '2026-12-04T18:58:10.000Z' };

describe('the start-up status snapshot', () => {
  it('keeps a status pushed while the snapshot was on its way (the snapshot is older)', () => {
    // The sync finished and said so before the snapshot taken at 78% arrived.
    const merged = mergeStatusSnapshot([syncing, charity], { 'demo-outdoor': upToDate }, new Set(['demo-outdoor']));
    expect(merged).toEqual({ 'demo-outdoor': upToDate, 'demo-charity': charity });
  });

  it('takes the snapshot for every account when nothing newer was pushed', () => {
    const merged = mergeStatusSnapshot([syncing, charity], { 'demo-outdoor': upToDate }, new Set());
    expect(merged).toEqual({ 'demo-outdoor': syncing, 'demo-charity': charity });
  });
});
