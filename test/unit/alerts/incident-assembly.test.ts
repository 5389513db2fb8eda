import { describe, expect, it } from 'vitest';
import { assembleIncidents, type AssemblyInput } from '../../../main/alerts/incident-assembly';
import { placeDrop, sharedCause, type GroupedDrop } from '../../../main/alerts/incident-grouping';
import { dismissIncident, restoreIncident, snoozeIncident, unsnoozeIncident } from '../../../main/alerts/incident-lifecycle';
import type { AlertRecord } from '../../../main/db/repositories/alerts-repository';
import type { IncidentRecord } from '../../../main/db/repositories/incidents-repository';

const H = 3_600_000;
const T0 = Date.parse('2026-11-20T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

const metrics = new Map([
  ['po', { name: 'Placed Order', integrationName: 'Shopify', integrationCategory: 'ecommerce' }],
  ['sc', { name: 'Started Checkout', integrationName: 'Shopify', integrationCategory: 'ecommerce' }],
  ['fo', { name: 'Fulfilled Order', integrationName: 'Shopify', integrationCategory: 'ecommerce' }],
  ['atc', { name: 'Added to Cart', integrationName: 'Custom Cart', integrationCategory: 'api' }],
  ['pr', { name: 'Password Reset', integrationName: 'API', integrationCategory: 'api' }],
  ['pr2', { name: 'Loyalty Points', integrationName: 'API', integrationCategory: 'api' }],
]);

let ids = 0;
function alert(metricId: string, startMs: number, patch: Partial<AlertRecord> = {}): AlertRecord {
  ids += 1;
  return {
    id: `a${ids}`,
    accountId: 'acc',
    metricId,
    kind: 'count-down',
    state: 'active',
    start: iso(startMs),
    firedAt: iso(startMs + 3 * H),
    resolvedAt: null,
    expected: 30,
    observed: 0,
    depth: 1,
    probability: 1e-9,
    dismissedAt: null,
    snoozedUntil: null,
    ...patch,
  };
}

function input(patch: Partial<AssemblyInput>): AssemblyInput {
  let n = 0;
  return {
    accountId: 'acc',
    now: new Date(T0 + 4 * H),
    recoveryHours: 2,
    metrics,
    diagnoses: [],
    open: [],
    unassigned: [],
    announce: new Set(),
    snoozeExpired: new Set(),
    recovered: new Set(),
    cost: (_members, previous, final) => ({ through: iso(T0), final, members: previous?.members ?? {} }),
    newId: () => `i${++n}`,
    ...patch,
  };
}

function drop(metricId: string, startMs: number, kind: GroupedDrop['kind'] = 'count-down'): GroupedDrop {
  const metric = metrics.get(metricId)!;
  return { metricId, kind, metricName: metric.name, integrationName: metric.integrationName, integrationCategory: metric.integrationCategory, start: iso(startMs) };
}

describe('the grouping rule', () => {
  it('groups by platform integration, by the funnel across integrations, and by a shared diagnosis', () => {
    expect(sharedCause(drop('sc', T0), [drop('po', T0)], [])).toBe('integration');
    expect(sharedCause(drop('atc', T0), [drop('po', T0)], [])).toBe('funnel');
    expect(sharedCause(drop('pr', T0), [drop('po', T0)], [{ metricIds: ['pr', 'po'] }])).toBe('diagnosis');
  });

  it('does not tie custom API metrics together by their integration alone', () => {
    expect(sharedCause(drop('pr', T0), [drop('pr2', T0)], [])).toBeNull();
    expect(sharedCause(drop('pr', T0), [drop('po', T0)], [])).toBeNull();
  });

  it('joins only drops that began within the window, closest first; a metric already in an open incident goes back to it', () => {
    const open = [
      { id: 'early', start: iso(T0 - 10 * H), members: [drop('po', T0 - 10 * H)] },
      { id: 'near', start: iso(T0 + H), members: [drop('fo', T0 + H)] },
    ];
    expect(placeDrop(drop('sc', T0), open, [])).toEqual({ incidentId: 'near', grouping: 'integration' });
    expect(placeDrop(drop('sc', T0 + 20 * H), open, [])).toBeNull();
    expect(placeDrop(drop('po', T0 + 20 * H), open, [])).toEqual({ incidentId: 'early', grouping: null });
  });
});

describe('incident assembly', () => {
  it('makes three order metrics dropping together one incident, announced once', () => {
    const members = [alert('po', T0), alert('sc', T0), alert('fo', T0 + H)];
    const result = assembleIncidents(input({ unassigned: members, announce: new Set(members.map((m) => m.id)) }));
    expect(result.writes.incidents).toHaveLength(1);
    expect(result.writes.incidents[0]).toMatchObject({ grouping: 'integration', start: iso(T0), endAt: null, resolvedAt: null });
    expect(result.writes.assign.map((a) => a.incidentId)).toEqual(['i1', 'i1', 'i1']);
    expect(result.notify).toEqual(['i1']);
    expect(result.writes.events.map((e) => e.kind)).toEqual(['fired', 'joined', 'joined', 'notified']);
  });

  it('keeps an unrelated drop of the same hour apart, and tells of each', () => {
    const members = [alert('po', T0), alert('pr', T0)];
    const result = assembleIncidents(input({ unassigned: members, announce: new Set(members.map((m) => m.id)) }));
    expect(result.writes.incidents).toHaveLength(2);
    expect(result.notify).toEqual(['i1', 'i2']);
  });

  it('does not tell again when a metric joins an incident already told, nor of one that began and ended in the same evaluation', () => {
    const told: IncidentRecord = { ...base(), notifiedAt: iso(T0 + 3 * H) };
    const joining = alert('sc', T0 + H);
    const again = assembleIncidents(input({ open: [{ incident: told, members: [alert('po', T0)] }], unassigned: [joining], announce: new Set([joining.id]) }));
    expect(again.notify).toEqual([]);
    const over = alert('po', T0 - 30 * H, { state: 'resolved', resolvedAt: iso(T0 - 20 * H) });
    const past = assembleIncidents(input({ unassigned: [over], announce: new Set([over.id]) }));
    expect(past.notify).toEqual([]);
    expect(past.writes.incidents[0]!.resolvedAt).toBe(iso(T0 - 18 * H));
  });

  it('resolves only when every member has been back to normal for the recovery time, and tells of it', () => {
    const incident: IncidentRecord = { ...base(), notifiedAt: iso(T0 + 3 * H) };
    const back = alert('po', T0, { state: 'resolved', resolvedAt: iso(T0 + 5 * H) });
    const stillDown = alert('sc', T0);
    const waiting = assembleIncidents(input({ now: new Date(T0 + 9 * H), open: [{ incident, members: [back, stillDown] }] }));
    expect(waiting.writes.incidents[0]).toMatchObject({ endAt: null, resolvedAt: null });
    const bothBack = alert('sc', T0, { id: stillDown.id, state: 'resolved', resolvedAt: iso(T0 + 8 * H) });
    const recovering = assembleIncidents(input({ now: new Date(T0 + 9 * H), open: [{ incident, members: [back, bothBack] }], recovered: new Set([bothBack.id]) }));
    expect(recovering.writes.incidents[0]).toMatchObject({ endAt: iso(T0 + 8 * H), resolvedAt: null });
    expect(recovering.resolved).toEqual([]);
    // Nothing about the cost moved: the screens need not re-read for it.
    expect(recovering.costChanged).toBe(false);
    const over = assembleIncidents(input({ now: new Date(T0 + 10 * H), open: [{ incident, members: [back, bothBack] }] }));
    expect(over.writes.incidents[0]).toMatchObject({ endAt: iso(T0 + 8 * H), resolvedAt: iso(T0 + 10 * H) });
    expect(over.writes.incidents[0]!.cost.final).toBe(true);
    // Frozen now: a change the screens must re-read.
    expect(over.costChanged).toBe(true);
    expect(over.resolved).toEqual(['i0']);
  });

  it('mutes a new drop joining a snoozed or dismissed incident the same way, and tells nobody', () => {
    const snoozed: IncidentRecord = { ...base(), notifiedAt: iso(T0), snoozedUntil: iso(T0 + 30 * 24 * H) };
    const joining = alert('sc', T0 + H);
    const result = assembleIncidents(input({ open: [{ incident: snoozed, members: [alert('po', T0, { state: 'snoozed' })] }], unassigned: [joining], announce: new Set([joining.id]) }));
    expect(result.upserts).toEqual([expect.objectContaining({ id: joining.id, state: 'snoozed', snoozedUntil: snoozed.snoozedUntil })]);
    expect(result.snoozes).toEqual([{ accountId: 'acc', metricId: 'sc', until: snoozed.snoozedUntil }]);
    expect(result.notify).toEqual([]);
    const dismissed: IncidentRecord = { ...base(), notifiedAt: iso(T0), dismissedAt: iso(T0 + 3 * H) };
    const late = alert('fo', T0 + H);
    const hidden = assembleIncidents(input({ open: [{ incident: dismissed, members: [alert('po', T0, { state: 'dismissed' })] }], unassigned: [late], announce: new Set([late.id]) }));
    expect(hidden.upserts).toEqual([expect.objectContaining({ id: late.id, state: 'dismissed' })]);
  });
});

describe('the operator’s actions on an incident, and their undo', () => {
  const now = new Date(T0 + 5 * H);
  it('dismiss then restore brings every member still down back as it was; a recovered one stays recovered', () => {
    const incident = base();
    const down = alert('po', T0);
    const over = alert('sc', T0, { state: 'resolved', resolvedAt: iso(T0 + 2 * H) });
    const dismissed = dismissIncident(incident, [down, over], now);
    expect(dismissed.upserts).toEqual([expect.objectContaining({ id: down.id, state: 'dismissed' })]);
    const restored = restoreIncident(dismissed.incident, dismissed.upserts, now);
    expect(restored.incident.dismissedAt).toBeNull();
    expect(restored.upserts).toEqual([expect.objectContaining({ id: down.id, state: 'active', dismissedAt: null })]);
    expect(restored.transitions.map((t) => t.reason)).toEqual(['restored']);
    expect(() => restoreIncident(restored.incident, restored.upserts, now)).toThrow(/not dismissed/);
  });

  it('snooze counts calendar days in the account’s zone, snoozes each metric, and unsnooze takes all of it back', () => {
    const incident = base();
    const members = [alert('po', T0), alert('sc', T0)];
    const snoozed = snoozeIncident(incident, members, 30, 'America/New_York', now);
    expect(snoozed.until).toBe('2026-12-20T15:00:00.000Z');
    expect(snoozed.snoozes.set.map((s) => s.metricId)).toEqual(['po', 'sc']);
    expect(snoozed.events).toEqual([expect.objectContaining({ kind: 'snoozed', by: 'this-computer', until: snoozed.until })]);
    const back = unsnoozeIncident(snoozed.incident, snoozed.upserts, now);
    expect(back.incident.snoozedUntil).toBeNull();
    expect(back.upserts.map((m) => m.state)).toEqual(['active', 'active']);
    expect(back.snoozes.clear.map((s) => s.metricId)).toEqual(['po', 'sc']);
  });
});

function base(): IncidentRecord {
  return {
    id: 'i0',
    accountId: 'acc',
    grouping: 'single',
    start: iso(T0),
    firedAt: iso(T0 + 3 * H),
    endAt: null,
    resolvedAt: null,
    diagnosisKind: null,
    snoozedUntil: null,
    dismissedAt: null,
    readAt: null,
    notifiedAt: null,
    cost: { through: iso(T0), final: false, members: {} },
  };
}
