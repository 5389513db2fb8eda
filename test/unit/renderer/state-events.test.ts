import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccountStatus } from '../../../shared/domain/sync';
import type { EventName, StorepulseApi } from '../../../shared/ipc/contract';
import { useSync } from '../../../renderer/features/sync/sync-status-state';
import { startState } from '../../../renderer/state-events';

// The router state reads the address bar when it is created: a window with an empty hash.
const page = vi.hoisted(() => {
  const page: { location: { hash: string }; history: { replaceState(): void }; storepulse?: unknown } = {
    location: { hash: '' },
    history: { replaceState: () => undefined },
  };
  Object.assign(globalThis, { window: page });
  return page;
});

const syncing: AccountStatus = { accountId: 'demo-outdoor', state: 'syncing', percent: 99, lastSyncedAt: null };
const upToDate: AccountStatus = { accountId: 'demo-outdoor', state: 'up-to-date', lastSyncedAt: '2026-12-04T21:30:00.000Z' };

/**
 * The bridge as the renderer sees it (the port between renderer and main): every call answers a
 * typed failure except the status snapshot, and events go to whoever listens at that moment; like
 * Electron's IPC and the web host's event stream, nothing is replayed to a late listener.
 */
function fakeBridge(log: string[]) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const emit = (event: EventName, payload: unknown) => {
    log.push(`emit ${event} to ${listeners.get(event)?.size ?? 0}`);
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const call = (channel: string) => async () => {
    log.push(`call ${channel}`);
    if (channel === 'accounts.status') {
      // The sync ends just after the snapshot (taken at 99%) is answered, before any screen is up.
      setTimeout(() => emit('accounts:status', upToDate), 0);
      return { ok: true, value: [syncing] };
    }
    return { ok: false, error: { code: 'internal', message: 'not part of this test' } };
  };
  const api = new Proxy(
    {
      on(event: string, listener: (payload: unknown) => void) {
        log.push(`on ${event}`);
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event)!.add(listener);
        return () => listeners.get(event)!.delete(listener);
      },
    },
    { get: (target, domain: string) => (domain === 'on' ? target.on : new Proxy({}, { get: (_, verb: string) => call(`${domain}.${verb}`) })) },
  );
  return api as unknown as StorepulseApi;
}

describe('the renderer starting up', () => {
  afterEach(() => {
    delete page.storepulse;
    useSync.setState({ statuses: {}, pushedSinceSnapshot: new Set(), progress: {} });
  });

  it('listens to every event before it asks for any snapshot', async () => {
    const log: string[] = [];
    const api = fakeBridge(log);
    page.storepulse = api;
    await startState(api);
    const firstCall = log.findIndex((entry) => entry.startsWith('call '));
    const subscriptions = log.slice(0, firstCall);
    expect(subscriptions).toEqual(expect.arrayContaining(['on accounts:status', 'on sync:progress', 'on alerts:changed', 'on incidents:fired', 'on incidents:resolved', 'on settings:changed', 'on app:navigate']));
    expect(log.slice(firstCall).some((entry) => entry.startsWith('on '))).toBe(false);
  });

  it('shows a sync that ended right after the start-up snapshot as finished, not at 99%', async () => {
    const log: string[] = [];
    const api = fakeBridge(log);
    page.storepulse = api;
    await startState(api);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(log).toContain('emit accounts:status to 1');
    expect(useSync.getState().statuses['demo-outdoor']).toEqual(upToDate);
  });
});
