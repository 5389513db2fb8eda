import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../../shared/domain/account';
import type { Alert, AlertTransition } from '../../../../shared/domain/alert';
import type { AccountStatus } from '../../../../shared/domain/sync';
import { alertEpisodes } from '../../../../renderer/features/notifications/alert-episodes';
import { systemMessages, systemMessageText } from '../../../../renderer/features/notifications/system-messages';
import { seenMark, unreadAlertIds } from '../../../../renderer/features/notifications/unread';
import { translator } from './translator';

const alert = (id: string, state: Alert['state'], patch: Partial<Alert> = {}): Alert => ({
  id,
  accountId: 'shop',
  metricId: `m-${id}`,
  metricName: `Metric ${id}`,
  integrationName: 'Shopify',
  state,
  start: '2026-11-22T07:00:00.000Z',
  firedAt: '2026-11-22T11:00:00.000Z',
  resolvedAt: null,
  expected: 10,
  observed: 2,
  depth: 0.8,
  figures: { now: null, fired: { observed: 2, expected: 10, percentBelow: 80, through: '2026-11-22T12:00:00.000Z' } },
  dismissedAt: null,
  snoozedUntil: null,
  affectedFlows: [],
  ...patch,
});

const step = (alertId: string, at: string, reason: AlertTransition['reason'], to: AlertTransition['to']): AlertTransition => ({
  alertId,
  accountId: 'shop',
  metricName: `Metric ${alertId}`,
  from: null,
  to,
  at,
  reason,
});

describe('unread alerts', () => {
  const history = [
    step('a', '2026-11-23T10:00:00Z', 'fired', 'active'),
    step('b', '2026-11-23T10:00:00Z', 'fired', 'active'),
    step('b', '2026-11-23T11:00:00Z', 'dismissed', 'dismissed'),
    step('c', '2026-11-23T12:00:00Z', 'fired-while-snoozed', 'snoozed'),
    step('d', '2026-11-23T09:00:00Z', 'fired', 'active'),
    step('d', '2026-11-23T13:00:00Z', 'snooze-expired', 'active'),
  ];
  const alerts = [alert('a', 'active'), alert('b', 'dismissed'), alert('c', 'snoozed'), alert('d', 'active')];

  it('before the centre was ever opened, counts the announced alerts still active', () => {
    expect(unreadAlertIds(history, alerts, [], null)).toEqual(['a', 'd']);
  });

  it('afterwards, counts what was announced since: a fire or a snooze running out, not a dismissal or a silent fire', () => {
    expect(unreadAlertIds(history, alerts, [], '2026-11-23T10:30:00Z')).toEqual(['d']);
    expect(unreadAlertIds(history, alerts, [], '2026-11-23T13:00:00Z')).toEqual([]);
  });

  it('counts an alert announced live before the history is read again, once', () => {
    expect(unreadAlertIds(history, alerts, ['e', 'd'], '2026-11-23T10:30:00Z')).toEqual(['d', 'e']);
  });

  it('marks as seen up to the newest entry, even if the window clock is behind', () => {
    expect(seenMark(history, new Date('2026-11-23T12:00:00Z'))).toBe('2026-11-23T13:00:00.000Z');
    expect(seenMark(history, new Date('2026-11-23T14:00:00Z'))).toBe('2026-11-23T14:00:00.000Z');
    expect(unreadAlertIds(history, alerts, [], seenMark(history, new Date(0)))).toEqual([]);
  });
});

describe('alert episodes', () => {
  it('groups transitions by alert, oldest first within, the most recently changed episode first', () => {
    const history = [
      step('b', '2026-11-23T11:00:00Z', 'dismissed', 'dismissed'),
      step('a', '2026-11-23T10:30:00Z', 'fired', 'active'),
      step('b', '2026-11-23T10:00:00Z', 'fired', 'active'),
    ];
    const episodes = alertEpisodes(history, [alert('a', 'active'), alert('b', 'dismissed')]);
    expect(episodes.map((e) => e.alertId)).toEqual(['b', 'a']);
    expect(episodes[0]!.events.map((e) => e.reason)).toEqual(['fired', 'dismissed']);
    expect(episodes[0]!.alert?.state).toBe('dismissed');
    expect(episodes[0]!.latestAt).toBe('2026-11-23T11:00:00Z');
  });

  it('still lists an alert whose transitions fell out of the capped history, and keeps one whose alert is gone', () => {
    const episodes = alertEpisodes([step('x', '2026-11-23T10:00:00Z', 'fired', 'active')], [alert('old', 'resolved', { firedAt: '2026-01-01T00:00:00Z' })]);
    expect(episodes.map((e) => [e.alertId, e.alert?.id ?? null, e.events.length])).toEqual([
      ['x', null, 1],
      ['old', 'old', 0],
    ]);
  });
});

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
