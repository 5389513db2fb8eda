import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../../shared/domain/account';
import type { AccountStatus } from '../../../../shared/domain/sync';
import { systemMessages, systemMessageText } from '../../../../renderer/features/notifications/system-messages';
import { translator } from './translator';

describe('system messages', () => {
  const accounts: AccountSummary[] = [
    { id: 'ok', name: 'Fine Shop', kind: 'real', timezone: 'UTC', currency: 'EUR' },
    { id: 'key', name: 'Key Shop', kind: 'real', timezone: 'UTC', currency: 'EUR' },
    { id: 'down', name: 'Down Shop', kind: 'real', timezone: 'UTC', currency: 'EUR' },
    { id: 'scope', name: 'Scope Shop', kind: 'real', timezone: 'UTC', currency: 'EUR' },
  ];
  const statuses: Record<string, AccountStatus> = {
    ok: { accountId: 'ok', state: 'up-to-date', lastSyncedAt: '2026-11-23T10:00:00Z' },
    key: { accountId: 'key', state: 'needs-attention', reason: 'invalid-key', scope: null, lastSyncedAt: null },
    down: { accountId: 'down', state: 'error', code: 'unreachable', nextRetryAt: '2026-11-23T10:05:00Z', lastSyncedAt: null },
    scope: { accountId: 'scope', state: 'needs-attention', reason: 'missing-scope', scope: 'flows:read', lastSyncedAt: null },
  };

  it('lists the accounts whose sync failed or whose key needs fixing, and only those', () => {
    expect(systemMessages(statuses, accounts).map((m) => m.accountId)).toEqual(['key', 'down', 'scope']);
  });

  it('says which account, what went wrong and what to do, in the user’s language', () => {
    const [key, down, scope] = systemMessages(statuses, accounts);
    const t = translator('en');
    const when = () => 'in 5 minutes';
    expect(systemMessageText(key!, t, when)).toBe('Key Shop: the key was refused. Add the account again with a valid private key.');
    expect(systemMessageText(down!, t, when)).toBe(
      'Down Shop: the last sync failed. The marketing platform cannot be reached. Check your internet connection; your cached data is still available. Next attempt in 5 minutes.',
    );
    expect(systemMessageText(scope!, translator('fr'), when)).toBe(
      'Scope Shop : la clé n’a pas l’autorisation « flows:read ». Créez une clé qui l’inclut et ajoutez à nouveau le compte.',
    );
  });
});

describe('a saved key that cannot be read', () => {
  const accounts: AccountSummary[] = [{ id: 'lost', name: 'Lost Key Shop', kind: 'real', timezone: 'UTC', currency: 'EUR' }];
  const statuses: Record<string, AccountStatus> = {
    lost: { accountId: 'lost', state: 'needs-attention', reason: 'key-unreadable', scope: null, lastSyncedAt: null },
  };

  it.each(['en', 'fr', 'de', 'pt'] as const)('says in %s that the named account needs its key again', (language) => {
    const [message] = systemMessages(statuses, accounts);
    const text = systemMessageText(message!, translator(language), () => '');
    expect(text).toContain('Lost Key Shop');
    expect(text).toBe(translator(language)('notificationCentre.keyUnreadable', { account: 'Lost Key Shop' }));
  });
});
