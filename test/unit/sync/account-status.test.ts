import { describe, expect, it } from 'vitest';
import { deriveAccountStatus } from '../../../main/sync/account-status';
import type { AccountSyncState } from '../../../main/db/repositories/sync-state-repository';

const clean: AccountSyncState = {
  catalogueRefreshedAt: null,
  lastSuccessAt: null,
  lastErrorCode: null,
  lastErrorMessage: null,
  lastErrorParams: null,
  nextRetryAt: null,
};
const now = new Date('2026-07-01T12:00:00Z');
const synced = { ...clean, lastSuccessAt: '2026-07-01T11:00:00Z' };

describe('account status', () => {
  it.each([
    ['never synced', clean, null, { state: 'never-synced' }],
    ['up to date', synced, null, { state: 'up-to-date', lastSyncedAt: '2026-07-01T11:00:00Z' }],
    [
      'syncing wins over anything else',
      { ...synced, lastErrorCode: 'invalid-key' },
      { accountId: 'a', phase: 'series', done: 3, total: 4, currentMetric: null },
      { state: 'syncing', percent: 75 },
    ],
    [
      'offline, with the cache age',
      { ...synced, lastErrorCode: 'unreachable' },
      null,
      { state: 'offline', lastSyncedAt: '2026-07-01T11:00:00Z', cacheAgeSeconds: 3600 },
    ],
    ['offline before any sync', { ...clean, lastErrorCode: 'timeout' }, null, { state: 'offline', cacheAgeSeconds: null }],
    [
      'missing scope, named',
      { ...synced, lastErrorCode: 'missing-scope', lastErrorParams: { scope: 'flows:read' } },
      null,
      { state: 'needs-attention', reason: 'missing-scope', scope: 'flows:read' },
    ],
    ['invalid key', { ...synced, lastErrorCode: 'invalid-key' }, null, { state: 'needs-attention', reason: 'invalid-key', scope: null }],
    ['a saved key that cannot be read', { ...synced, lastErrorCode: 'key-unreadable' }, null, { state: 'needs-attention', reason: 'key-unreadable', scope: null }],
    [
      'other error, with the next retry',
      { ...synced, lastErrorCode: 'server-error', nextRetryAt: '2026-07-01T12:01:00Z' },
      null,
      { state: 'error', code: 'server-error', nextRetryAt: '2026-07-01T12:01:00Z' },
    ],
    ['a cancelled run is not an error', { ...synced, lastErrorCode: 'cancelled' }, null, { state: 'up-to-date' }],
  ] as const)('%s', (_name, state, running, expected) => {
    expect(deriveAccountStatus('a', state, running, now)).toMatchObject({ accountId: 'a', ...expected });
  });

  const progress = { accountId: 'a', phase: 'catalogue', done: 0, total: 1, currentMetric: null } as const;
  it.each([
    ['a running sync whose latest attempt found no network is offline at once', 'unreachable', { state: 'offline', cacheAgeSeconds: 3600 }],
    ['the same for an attempt that timed out', 'timeout', { state: 'offline', cacheAgeSeconds: 3600 }],
    ['a running sync retrying a server error is still syncing', 'server-error', { state: 'syncing' }],
    ['a running sync whose latest attempt succeeded is syncing again', null, { state: 'syncing' }],
  ] as const)('%s', (_name, latestAttempt, expected) => {
    expect(deriveAccountStatus('a', synced, progress, now, latestAttempt)).toMatchObject({ accountId: 'a', ...expected });
  });
});

describe('a sync waiting out the rate limit', () => {
  it('carries when it resumes while it waits, and nothing once it goes on', () => {
    const state = { lastSuccessAt: null, lastErrorCode: null, lastErrorMessage: null, lastErrorParams: null, nextRetryAt: null } as unknown as AccountSyncState;
    const progress = { accountId: 'a', phase: 'series' as const, done: 1, total: 4, currentMetric: null };
    const now = new Date('2026-07-15T14:00:00Z');
    expect(deriveAccountStatus('a', state, progress, now, 'rate-limited', '2026-07-15T14:03:00.000Z')).toEqual({
      accountId: 'a',
      state: 'syncing',
      percent: 25,
      lastSyncedAt: null,
      waitingUntil: '2026-07-15T14:03:00.000Z',
    });
    expect(deriveAccountStatus('a', state, progress, now, null, null)).not.toHaveProperty('waitingUntil');
  });
});
