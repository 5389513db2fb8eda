import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Alert } from '../../../../shared/domain/alert';
import type { StorepulseApi } from '../../../../shared/ipc/contract';
import { incident } from '../incident-fixtures';

// The store reads `window.storepulse` through renderer/lib/bridge.ts: a window with a recording bridge.
const page = vi.hoisted(() => {
  const page: { storepulse?: unknown } = {};
  Object.assign(globalThis, { window: page });
  return page;
});

const { useAlerts } = await import('../../../../renderer/features/alerts/alerts-state');

const alert = (state: Alert['state']): Alert => ({ id: 'alert-1', accountId: 'acct-1', state }) as Alert;

/** Every call the store makes, by channel; overview answers wait until released. */
function recordingBridge() {
  const calls: string[] = [];
  const pending: (() => void)[] = [];
  const answer = (channel: string, value: unknown, wait = false) => () => {
    calls.push(channel);
    const result = { ok: true, value };
    return wait ? new Promise((resolve) => pending.push(() => resolve(result))) : Promise.resolve(result);
  };
  const api = {
    alerts: {
      overview: answer('alerts:overview', { alerts: [alert('active')], history: [], diagnoses: [] }, true),
      list: answer('alerts:list', []),
      history: answer('alerts:history', []),
      snooze: answer('alerts:snooze', alert('snoozed')),
      dismiss: answer('alerts:dismiss', alert('dismissed')),
    },
    diagnoses: { list: answer('diagnoses:list', []) },
  };
  page.storepulse = api as unknown as StorepulseApi;
  const releaseAll = async () => {
    while (pending.length > 0) {
      pending.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { calls, releaseAll };
}

describe('the alerts state', () => {
  afterEach(() => {
    delete page.storepulse;
    useAlerts.setState({ alerts: [], history: [], diagnoses: [], incidents: [], loaded: false, errorKey: null });
  });

  it('loads alerts, history and diagnoses with one call', async () => {
    const { calls, releaseAll } = recordingBridge();
    const loading = useAlerts.getState().load();
    await releaseAll();
    await loading;
    expect(calls).toEqual(['alerts:overview']);
    expect(useAlerts.getState()).toMatchObject({ loaded: true, alerts: [alert('active')] });
  });

  it('a snooze or a dismiss makes its one call and leaves the refresh to the change event', async () => {
    const { calls } = recordingBridge();
    useAlerts.setState({ alerts: [alert('active')] });
    expect(await useAlerts.getState().snooze('alert-1', 30)).toEqual(alert('snoozed'));
    expect(await useAlerts.getState().dismiss('alert-1')).toEqual(alert('dismissed'));
    expect(calls).toEqual(['alerts:snooze', 'alerts:dismiss']);
    // What the call answered shows at once.
    expect(useAlerts.getState().alerts).toEqual([alert('dismissed')]);
  });

  it('reloads asked for while one is in flight run once more after it, together', async () => {
    const { calls, releaseAll } = recordingBridge();
    const first = useAlerts.getState().load();
    const second = useAlerts.getState().load();
    const third = useAlerts.getState().load();
    await releaseAll();
    await Promise.all([first, second, third]);
    expect(calls).toEqual(['alerts:overview', 'alerts:overview']);
  });

  it('marks incidents read through the cache and shows the reading at once, since no change event follows', async () => {
    const marked: unknown[] = [];
    page.storepulse = {
      incidents: {
        markRead: (input: unknown) => {
          marked.push(input);
          return Promise.resolve({ ok: true, value: { marked: 1 } });
        },
      },
    } as unknown as StorepulseApi;
    useAlerts.setState({ incidents: [incident('a'), incident('b')] });
    expect(await useAlerts.getState().markIncidentsRead(['a'])).toBe(true);
    expect(marked).toEqual([{ incidentIds: ['a'] }]);
    const [a, b] = useAlerts.getState().incidents;
    expect(a?.readAt).not.toBeNull();
    expect(b?.readAt).toBeNull();
  });

  it('leaves an incident unread when the reading could not be stored, and says why', async () => {
    page.storepulse = {
      incidents: { markRead: () => Promise.resolve({ ok: false, error: { code: 'not-found', message: 'No incident a.' } }) },
    } as unknown as StorepulseApi;
    useAlerts.setState({ incidents: [incident('a')] });
    expect(await useAlerts.getState().markIncidentsRead(['a'])).toBe(false);
    expect(useAlerts.getState().incidents[0]?.readAt).toBeNull();
    expect(useAlerts.getState().errorKey).toBe('errors.not-found');
  });

  it('shows an incident main announces at once: a new one on top, a known one replaced', () => {
    useAlerts.setState({ incidents: [incident('known')] });
    useAlerts.getState().receiveIncident(incident('known', { state: 'resolved' }));
    useAlerts.getState().receiveIncident(incident('new'));
    expect(useAlerts.getState().incidents.map((entry) => [entry.id, entry.state])).toEqual([
      ['new', 'ongoing'],
      ['known', 'resolved'],
    ]);
  });
});
