import { describe, expect, it } from 'vitest';
import type { AccountStatus } from '../../../../shared/domain/sync';
import { syncLineText } from '../../../../renderer/features/sync/sync-line-text';
import { translator } from '../home/translator';

const now = new Date('2026-07-15T18:00:00Z');
const since = () => '5 minutes ago';
const until = () => 'in 1 hour';
const waiting: AccountStatus = { accountId: 'a', state: 'syncing', percent: 40, lastSyncedAt: null, waitingUntil: '2026-07-15T18:03:00.000Z' };

describe('the sync line', () => {
  it.each([
    ['en', 'en-US', 'Waiting for the rate limit, resumes at 2:03 PM'],
    ['fr', 'fr-FR', 'En attente de la limite de requêtes, reprise à 14:03'],
    ['de', 'de-DE', 'Warten auf das Anfragelimit, weiter um 14:03'],
    ['pt', 'pt-BR', 'Aguardando o limite de requisições, retoma às 14:03'],
  ] as const)('says when a sync waiting for the rate limit resumes, on the account’s clock (%s)', (language, locale, text) => {
    const context = { t: translator(language), locale, timeZone: 'America/New_York', computerZone: 'America/New_York', now, since, until };
    expect(syncLineText(waiting, context)).toBe(text);
  });

  it('names the account’s zone when the computer is elsewhere', () => {
    const context = { t: translator('en'), locale: 'en-US', timeZone: 'America/New_York', computerZone: 'Europe/Paris', now, since, until };
    expect(syncLineText(waiting, context)).toBe('Waiting for the rate limit, resumes at 2:03 PM EDT');
  });

  it('shows progress while syncing without a wait, and the other states as before', () => {
    const context = { t: translator('en'), locale: 'en-US', timeZone: 'UTC', computerZone: 'UTC', now, since, until };
    expect(syncLineText({ accountId: 'a', state: 'syncing', percent: 40, lastSyncedAt: null }, context)).toBe('Syncing… 40%');
    expect(syncLineText({ accountId: 'a', state: 'up-to-date', lastSyncedAt: '2026-07-15T17:55:00Z' }, context)).toBe('Up to date, synced 5 minutes ago');
    expect(syncLineText({ accountId: 'a', state: 'error', code: 'rate-limit-storm', nextRetryAt: null, lastSyncedAt: null }, context)).toBe('Sync failed');
  });

  it('says an account whose saved key cannot be read needs its key again, not that the key was refused', () => {
    const context = { t: translator('en'), locale: 'en-US', timeZone: 'UTC', computerZone: 'UTC', now, since, until };
    const status: AccountStatus = { accountId: 'a', state: 'needs-attention', reason: 'key-unreadable', scope: null, lastSyncedAt: null };
    expect(syncLineText(status, context)).toBe(translator('en')('sync.keyUnreadable'));
    expect(syncLineText(status, context)).not.toBe(translator('en')('sync.invalidKey'));
  });
});
