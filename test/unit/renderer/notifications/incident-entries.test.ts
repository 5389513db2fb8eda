import { describe, expect, it } from 'vitest';
import { centreEntries, isUnread, unreadCount, withRead } from '../../../../renderer/features/notifications/incident-entries';
import { mutedIncidents, takeBackOf } from '../../../../renderer/features/incidents/incident-take-back';
import { incident } from '../incident-fixtures';

const read = '2026-11-23T09:00:00.000Z';

describe('the centre’s entries', () => {
  const older = incident('older', { firedAt: '2026-11-20T10:00:00.000Z', state: 'resolved', readAt: read });
  const newest = incident('newest', { firedAt: '2026-11-23T08:00:00.000Z' });
  const middle = incident('middle', { firedAt: '2026-11-22T10:00:00.000Z', mute: 'snoozed', snoozedUntil: '2027-01-03T00:00:00.000Z' });

  it('lists every incident once, newest first, whatever its state or the order it came in', () => {
    expect(centreEntries([older, newest, middle], 'all').map((entry) => entry.id)).toEqual(['newest', 'middle', 'older']);
    expect(centreEntries([middle, older, newest], 'all').map((entry) => entry.id)).toEqual(['newest', 'middle', 'older']);
  });

  it('breaks a tie on when it fired by its start, then its id, never by the input order', () => {
    const at = '2026-11-22T10:00:00.000Z';
    const a = incident('a', { firedAt: at, start: '2026-11-22T08:00:00.000Z' });
    const b = incident('b', { firedAt: at, start: '2026-11-22T09:00:00.000Z' });
    const c = incident('c', { firedAt: at, start: '2026-11-22T09:00:00.000Z' });
    expect(centreEntries([a, c, b], 'all').map((entry) => entry.id)).toEqual(['b', 'c', 'a']);
    expect(centreEntries([c, b, a], 'all').map((entry) => entry.id)).toEqual(['b', 'c', 'a']);
  });

  it('keeps only the unread ones under Unread, still newest first', () => {
    expect(centreEntries([older, newest, middle], 'unread').map((entry) => entry.id)).toEqual(['newest', 'middle']);
    expect(centreEntries([older], 'unread')).toEqual([]);
  });

  it('does not reorder what it was given', () => {
    const given = [older, newest, middle];
    centreEntries(given, 'all');
    expect(given.map((entry) => entry.id)).toEqual(['older', 'newest', 'middle']);
  });
});

describe('read state', () => {
  it('is the incident’s readAt: the bell counts those never opened', () => {
    const list = [incident('a'), incident('b', { readAt: read }), incident('c')];
    expect(list.map(isUnread)).toEqual([true, false, true]);
    expect(unreadCount(list)).toBe(2);
    expect(unreadCount([])).toBe(0);
  });

  it('marks the named incidents read, keeping an earlier reading and leaving the others', () => {
    const list = [incident('a'), incident('b', { readAt: read }), incident('c')];
    const marked = withRead(list, ['a', 'b'], '2026-11-24T10:00:00.000Z');
    expect(marked.map((entry) => entry.readAt)).toEqual(['2026-11-24T10:00:00.000Z', read, null]);
    expect(unreadCount(marked)).toBe(1);
    // The input is not changed.
    expect(list[0]!.readAt).toBeNull();
  });
});

describe('taking back a snooze or a dismissal', () => {
  it('offers Unsnooze for a snoozed incident and Restore for a dismissed one, while it is not over', () => {
    expect(takeBackOf({ mute: 'snoozed', state: 'ongoing' })).toBe('unsnooze');
    expect(takeBackOf({ mute: 'snoozed', state: 'recovering' })).toBe('unsnooze');
    expect(takeBackOf({ mute: 'dismissed', state: 'ongoing' })).toBe('restore');
    expect(takeBackOf({ mute: 'none', state: 'ongoing' })).toBeNull();
    expect(takeBackOf({ mute: 'snoozed', state: 'resolved' })).toBeNull();
    expect(takeBackOf({ mute: 'dismissed', state: 'resolved' })).toBeNull();
  });

  it('lists the muted incidents not over: snoozes ending soonest first, then dismissals latest first', () => {
    const list = [
      incident('plain'),
      incident('dismissed-early', { mute: 'dismissed', dismissedAt: '2026-11-22T12:00:00.000Z' }),
      incident('snoozed-long', { mute: 'snoozed', snoozedUntil: '2027-11-22T00:00:00.000Z' }),
      incident('snoozed-over', { mute: 'snoozed', snoozedUntil: '2026-12-22T00:00:00.000Z', state: 'resolved' }),
      incident('dismissed-late', { mute: 'dismissed', dismissedAt: '2026-11-23T12:00:00.000Z', state: 'recovering' }),
      incident('snoozed-short', { mute: 'snoozed', snoozedUntil: '2026-12-22T00:00:00.000Z' }),
    ];
    expect(mutedIncidents(list).map((entry) => entry.id)).toEqual(['snoozed-short', 'snoozed-long', 'dismissed-late', 'dismissed-early']);
  });
});
