import { describe, expect, it } from 'vitest';
import {
  dismissAlert,
  expireSnooze,
  fireEpisode,
  isVisible,
  resolveEpisode,
  snoozeAlert,
} from '../../../main/alerts/alert-lifecycle';
import type { AlertRecord } from '../../../main/db/repositories/alerts-repository';

const now = new Date('2026-07-01T12:00:00Z');
const episode = { kind: 'count-down' as const, start: '2026-07-01T08:00:00Z', firedAt: '2026-07-01T10:00:00Z', expected: 100, observed: 20, depth: 0.8, probability: 1e-6 };
const metric = { accountId: 'a', metricId: 'M1', snoozedUntil: null };
const active = fireEpisode(null, episode, metric, 'alert-1', now).upserts[0]!;

describe('alert lifecycle', () => {
  it('fires an active alert and notifies once', () => {
    const result = fireEpisode(null, episode, metric, 'alert-1', now);
    expect(result.upserts).toEqual([expect.objectContaining({ id: 'alert-1', state: 'active', expected: 100, observed: 20 })]);
    expect(result.transitions).toEqual([expect.objectContaining({ from: null, to: 'active', reason: 'fired' })]);
    expect(result.notify.map((a) => a.id)).toEqual(['alert-1']);
    expect(isVisible(result.upserts[0]!)).toBe(true);
  });

  it('dismiss hides the alert until the metric fires again', () => {
    const dismissed = dismissAlert(active, now).upserts[0]!;
    expect(dismissed).toMatchObject({ state: 'dismissed', dismissedAt: now.toISOString() });
    expect(isVisible(dismissed)).toBe(false);
    // The same episode recovering closes it; a later episode is a new, visible, notified alert.
    const recovered = resolveEpisode(dismissed, '2026-07-02T00:00:00Z').upserts[0]!;
    expect(recovered.state).toBe('resolved');
    const again = fireEpisode(recovered, { ...episode, start: '2026-07-05T00:00:00Z' }, metric, 'alert-2', new Date('2026-07-05T03:00:00Z'));
    expect(again.upserts).toEqual([expect.objectContaining({ id: 'alert-2', state: 'active' })]);
    expect(again.notify).toHaveLength(1);
  });

  it('a new episode while a dismissed one is still open closes the old one first', () => {
    const dismissed = dismissAlert(active, now).upserts[0]!;
    const again = fireEpisode(dismissed, episode, metric, 'alert-2', new Date('2026-07-03T00:00:00Z'));
    expect(again.upserts.map((a) => [a.id, a.state])).toEqual([
      ['alert-1', 'resolved'],
      ['alert-2', 'active'],
    ]);
    expect(again.transitions[0]).toMatchObject({ reason: 'superseded' });
  });

  it.each([30, 60, 120, 365] as const)('snoozes for %i days and returns the expiry', (days) => {
    const result = snoozeAlert(active, days, 'America/New_York', now);
    expect(Date.parse(result.until) - now.getTime()).toBeGreaterThanOrEqual(days * 86_400_000 - 3_600_000);
    expect(Date.parse(result.until) - now.getTime()).toBeLessThanOrEqual(days * 86_400_000 + 3_600_000);
    expect(result.upserts[0]).toMatchObject({ state: 'snoozed', snoozedUntil: result.until });
    expect(isVisible(result.upserts[0]!)).toBe(false);
  });

  it('counts a snooze in local calendar days across a DST change', () => {
    const result = snoozeAlert(active, 30, 'America/New_York', new Date('2026-10-20T16:00:00Z'));
    // 12:00 in New York on Oct 20 (EDT) -> 12:00 on Nov 19 (EST) = 17:00 UTC.
    expect(result.until).toBe('2026-11-19T17:00:00.000Z');
  });

  it('while snoozed, a new episode is recorded quietly', () => {
    const result = fireEpisode(null, episode, { ...metric, snoozedUntil: '2026-08-01T00:00:00Z' }, 'alert-3', now);
    expect(result.upserts[0]).toMatchObject({ state: 'snoozed', snoozedUntil: '2026-08-01T00:00:00Z' });
    expect(result.notify).toEqual([]);
  });

  it('at expiry, the alert comes back and notifies if the drop is still detected', () => {
    const snoozed = snoozeAlert(active, 30, 'UTC', now).upserts[0]!;
    const before = new Date(Date.parse(snoozed.snoozedUntil!) - 1000);
    const after = new Date(Date.parse(snoozed.snoozedUntil!) + 1000);
    expect(expireSnooze(snoozed, true, before).upserts).toEqual([]);
    const expired = expireSnooze(snoozed, true, after);
    expect(expired.upserts[0]).toMatchObject({ state: 'active', snoozedUntil: null });
    expect(expired.transitions[0]).toMatchObject({ reason: 'snooze-expired' });
    expect(expired.notify).toHaveLength(1);
  });

  it('at expiry without an ongoing drop, nothing comes back', () => {
    const snoozed = snoozeAlert(active, 30, 'UTC', now).upserts[0]!;
    const after = new Date(Date.parse(snoozed.snoozedUntil!) + 1000);
    expect(expireSnooze(snoozed, false, after)).toEqual({ upserts: [], transitions: [], notify: [] });
  });

  it('recovery resolves an active or snoozed alert, and never twice', () => {
    const snoozed = snoozeAlert(active, 60, 'UTC', now).upserts[0]!;
    for (const alert of [active, snoozed]) {
      const resolved = resolveEpisode(alert, '2026-07-02T00:00:00Z');
      expect(resolved.upserts[0]).toMatchObject({ state: 'resolved', resolvedAt: '2026-07-02T00:00:00Z' });
      expect(resolveEpisode(resolved.upserts[0]!, '2026-07-03T00:00:00Z').upserts).toEqual([]);
    }
  });

  it('refuses to dismiss or snooze a resolved alert', () => {
    const resolved: AlertRecord = { ...active, state: 'resolved', resolvedAt: now.toISOString() };
    expect(() => dismissAlert(resolved, now)).toThrow(/cannot be dismissed/);
    expect(() => snoozeAlert(resolved, 30, 'UTC', now)).toThrow(/cannot be snoozed/);
  });
});
