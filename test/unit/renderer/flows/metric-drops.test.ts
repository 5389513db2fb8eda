import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../../shared/domain/alert';
import { metricDrops, runningSnooze } from '../../../../renderer/features/flows/metric-drops';
import { incident, member } from '../incident-fixtures';

const accountId = 'shop';

function alert(id: string, metricId: string, patch: Partial<Alert> = {}): Alert {
  return {
    id,
    accountId,
    metricId,
    metricName: metricId,
    integrationName: null,
    kind: 'count-down',
    state: 'active',
    start: '2026-11-22T07:00:00.000Z',
    firedAt: '2026-11-22T11:00:00.000Z',
    resolvedAt: null,
    expected: 10,
    observed: 2,
    depth: 0.8,
    figures: { now: null, fired: { observed: 2, expected: 10, percentBelow: 80, through: '2026-11-22T12:00:00.000Z' }, evidence: null },
    dismissedAt: null,
    snoozedUntil: null,
    affectedFlows: [],
    ...patch,
  };
}

const until = '2027-01-03T00:00:00.000Z';
const summary = (drops: ReturnType<typeof metricDrops>) => drops.map((drop) => [drop.metricId, drop.incident?.id ?? null, drop.snoozedUntil]);

describe('drops under way on trigger metrics', () => {
  it('badges every member of an open incident still down, muted while the incident is snoozed', () => {
    const open = incident('open', { members: [member('po'), member('atc', { recoveredAt: '2026-11-22T15:00:00.000Z' })] });
    const snoozed = incident('snoozed', { members: [member('vp')], mute: 'snoozed', snoozedUntil: until });
    expect(summary(metricDrops([open, snoozed], [], accountId))).toEqual([
      ['po', 'open', null],
      ['vp', 'snoozed', until],
    ]);
  });

  it('shows no badge for a dismissed incident, a resolved one or another account’s', () => {
    const incidents = [
      incident('dismissed', { members: [member('po')], mute: 'dismissed', dismissedAt: '2026-11-22T12:00:00.000Z' }),
      incident('resolved', { members: [member('vp')], state: 'resolved', resolvedAt: '2026-11-22T20:00:00.000Z' }),
      incident('elsewhere', { members: [member('atc')], accountId: 'other-shop' }),
    ];
    expect(metricDrops(incidents, [], accountId)).toEqual([]);
    expect(metricDrops(incidents, [], undefined)).toEqual([]);
  });

  it('keeps an active alert no incident holds, and never counts an incident’s member twice', () => {
    const held = incident('held', { members: [member('po', { alertId: 'a-po' })], mute: 'snoozed', snoozedUntil: until });
    const alerts = [alert('a-po', 'po'), alert('a-lone', 'lone'), alert('a-old', 'old', { state: 'resolved' }), alert('a-other', 'x', { accountId: 'other-shop' })];
    expect(summary(metricDrops([held], alerts, accountId))).toEqual([
      ['po', 'held', until],
      ['lone', null, null],
    ]);
  });

  it('carries what the panel shows: the member’s start and figures, its alert id', () => {
    const [drop] = metricDrops([incident('one', { members: [member('po', { alertId: 'a-po', start: '2026-11-21T05:00:00.000Z', integrationName: 'Shopify' })] })], [], accountId);
    expect(drop).toMatchObject({ alertId: 'a-po', metricId: 'po', integrationName: 'Shopify', start: '2026-11-21T05:00:00.000Z' });
    expect(drop?.figures.fired.percentBelow).toBe(80);
  });
});

describe('running snooze of a metric', () => {
  const now = new Date('2026-12-01T12:00:00Z');

  it('gives the latest end still ahead of a snoozed open incident holding the metric', () => {
    const incidents = [
      incident('a', { members: [member('vp')], mute: 'snoozed', snoozedUntil: '2027-01-01T00:00:00.000Z' }),
      incident('b', { members: [member('vp'), member('po')], mute: 'snoozed', snoozedUntil: '2027-02-01T00:00:00.000Z', state: 'recovering' }),
      incident('c', { members: [member('po')], mute: 'snoozed', snoozedUntil: '2028-01-01T00:00:00.000Z' }),
      incident('d', { members: [member('vp')], mute: 'snoozed', snoozedUntil: '2029-01-01T00:00:00.000Z', state: 'resolved' }),
    ];
    expect(runningSnooze(incidents, [], 'vp', now)).toBe('2027-02-01T00:00:00.000Z');
  });

  it('still reads a snoozed alert, and ignores a snooze that has ended', () => {
    const alerts = [alert('s1', 'vp', { state: 'snoozed', snoozedUntil: '2027-03-01T00:00:00.000Z' }), alert('a1', 'vp', { snoozedUntil: '2030-01-01T00:00:00.000Z' })];
    expect(runningSnooze([], alerts, 'vp', now)).toBe('2027-03-01T00:00:00.000Z');
    const ended = incident('e', { members: [member('vp')], mute: 'snoozed', snoozedUntil: '2026-12-01T11:59:59.000Z' });
    expect(runningSnooze([ended], [], 'vp', now)).toBeNull();
    expect(runningSnooze([], [], 'vp', now)).toBeNull();
  });
});
