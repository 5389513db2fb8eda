import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../../shared/domain/account';
import type { AccountStatus } from '../../../../shared/domain/sync';
import { accountsNeedingKey } from '../../../../renderer/features/accounts/needs-key-again';
import { translator } from '../home/translator';

const account = (id: string, name: string): AccountSummary => ({ id, name, kind: 'real', timezone: 'UTC', currency: 'EUR' });
const attention = (accountId: string, reason: 'invalid-key' | 'missing-key' | 'key-unreadable'): AccountStatus => ({
  accountId,
  state: 'needs-attention',
  reason,
  scope: null,
  lastSyncedAt: null,
});

/** The Accounts screen names every account whose key has to be pasted again. */
describe('accounts needing their key again', () => {
  const accounts = [account('a', 'Fine Shop'), account('b', 'Unreadable Shop'), account('c', 'Missing Shop'), account('d', 'Refused Shop')];
  const statuses: Record<string, AccountStatus> = {
    a: { accountId: 'a', state: 'up-to-date', lastSyncedAt: '2026-11-23T10:00:00Z' },
    b: attention('b', 'key-unreadable'),
    c: attention('c', 'missing-key'),
    d: attention('d', 'invalid-key'),
  };

  it('lists the accounts whose saved key is unreadable or gone, not those whose key was refused', () => {
    expect(accountsNeedingKey(accounts, statuses).map((a) => a.name)).toEqual(['Unreadable Shop', 'Missing Shop']);
  });

  it.each(['en', 'fr', 'de', 'pt'] as const)('names the account in %s', (language) => {
    const text = translator(language)('accounts.needsKeyAgain', { name: 'Unreadable Shop' });
    expect(text).toContain('Unreadable Shop');
    expect(text).not.toContain('{{');
  });
});
