import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../../shared/domain/alert';
import type { Result } from '../../../shared/domain/errors';
import type { Incident } from '../../../shared/domain/incident';
import { composeServices } from '../../../main/compose-services';
import { fakePorts } from '../../support/fake-ports';
import { manualClock } from '../../support/simulator-client';
import { tempDir } from '../../support/temp-dir';

/** The operator's actions on a whole incident and their undo, through the contract, on the demo store's real cache. */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function demo() {
  const clock = manualClock('2026-11-23T12:10:00Z');
  const ports = fakePorts({ clock });
  const dir = tempDir('incident-actions');
  const core = composeServices(ports, { host: 'cli', platform: 'linux', systemLocale: 'en-US', dataDir: dir.path });
  cleanups.push(async () => {
    await core.dispose();
    dir.remove();
  });
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = (await core.dispatch(channel, input)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  expect((await core.coordinator.sync('demo-outdoor')).outcome).toBe('success');
  const incidents = await call<Incident[]>('incidents:list', { accountId: 'demo-outdoor' });
  const onsite = incidents.find((incident) => incident.diagnosisKind === 'onsite-tracking')!;
  const states = async () => (await call<Alert[]>('alerts:list', { accountId: 'demo-outdoor' })).filter((a) => onsite.members.some((m) => m.alertId === a.id)).map((a) => a.state);
  return { core, ports, call, clock, onsite, states };
}

describe('actions on a whole incident', () => {
  it('dismiss hides every member; restore (the undo) brings the incident back exactly as it was', async () => {
    const { call, ports, onsite, states } = await demo();
    expect(onsite).toMatchObject({ state: 'ongoing', mute: 'none' });
    expect(await states()).toEqual(['active', 'active']);
    const changed = () => ports.events.emitted.filter((e) => e.event === 'alerts:changed').length;
    const before = changed();
    const dismissed = await call<Incident>('incidents:dismiss', { incidentId: onsite.id });
    expect(changed()).toBe(before + 1);
    expect(dismissed).toMatchObject({ mute: 'dismissed', state: 'ongoing' });
    expect(await states()).toEqual(['dismissed', 'dismissed']);
    const restored = await call<Incident>('incidents:restore', { incidentId: onsite.id });
    expect(restored).toMatchObject({ mute: 'none', dismissedAt: null });
    expect(await states()).toEqual(['active', 'active']);
    expect(restored.timeline.filter((e) => e.by === 'this-computer').map((e) => e.kind)).toEqual(['dismissed', 'restored']);
    // Taking back what is not there is refused, in words.
    await expect(call('incidents:restore', { incidentId: onsite.id })).rejects.toThrow(/invalid-input .*not dismissed/);
  });

  it('snooze mutes every member and its metrics until the date; unsnooze takes it back; both survive a sync', async () => {
    const { core, call, clock, onsite, states } = await demo();
    const snoozed = await call<Incident>('incidents:snooze', { incidentId: onsite.id, days: 30 });
    expect(snoozed).toMatchObject({ mute: 'snoozed', snoozedUntil: '2026-12-23T12:10:00.000Z' });
    expect(await states()).toEqual(['snoozed', 'snoozed']);
    clock.advance(3_600_000);
    expect((await core.coordinator.sync('demo-outdoor')).outcome).toBe('success');
    expect(await call<Incident>('incidents:get', { incidentId: onsite.id })).toMatchObject({ mute: 'snoozed', state: 'ongoing' });
    const back = await call<Incident>('incidents:unsnooze', { incidentId: onsite.id });
    expect(back).toMatchObject({ mute: 'none', snoozedUntil: null });
    expect(await states()).toEqual(['active', 'active']);
  });

  it('keeps read state in the cache; an unknown incident is a typed not-found', async () => {
    const { core, call, onsite } = await demo();
    expect(onsite.readAt).toBeNull();
    expect(await call<{ marked: number }>('incidents:markRead', { incidentIds: [onsite.id] })).toEqual({ marked: 1 });
    expect(await call<{ marked: number }>('incidents:markRead', { incidentIds: [onsite.id] })).toEqual({ marked: 0 });
    expect((await call<Incident>('incidents:get', { incidentId: onsite.id })).readAt).toBe('2026-11-23T12:10:00.000Z');
    expect(await core.dispatch('incidents:get', { incidentId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await core.dispatch('incidents:snooze', { incidentId: onsite.id, days: 45 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
