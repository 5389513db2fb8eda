import type { StorepulseApi } from '../shared/ipc/contract';
import { useAccounts } from './features/accounts/accounts-state';
import { useAlerts } from './features/alerts/alerts-state';
import { useSettings } from './features/settings/settings-state';
import { useSync } from './features/sync/sync-status-state';
import { useRouter } from './lib/router-state';

/**
 * Wires contract events to the features' state. It runs before any of it asks for its first snapshot:
 * an event is not replayed, so one emitted between a snapshot's answer and a later subscription
 * (the end of a sync while the first screen was still rendering) would leave that screen on the
 * snapshot for good ("Syncing… 99%", and a Home that never reads the finished sync).
 */
export function connectStateEvents(api: StorepulseApi): () => void {
  const unsubscribers = [
    api.on('settings:changed', (next) => useSettings.getState().receive(next)),
    api.on('app:navigate', ({ route, focusId }) => useRouter.getState().navigate(route, focusId)),
    api.on('accounts:status', (status) => useSync.getState().receiveStatus(status)),
    api.on('sync:progress', (progress) => useSync.getState().receiveProgress(progress)),
    api.on('alerts:changed', () => void useAlerts.getState().load()),
    api.on('incidents:fired', ({ incident }) => useAlerts.getState().receiveIncident(incident)),
    api.on('incidents:resolved', ({ incident }) => useAlerts.getState().receiveIncident(incident)),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}

/**
 * Connects the events, then asks for everything Home shows first at once: waiting for the settings
 * (the language) before asking for accounts, statuses and alerts would add a round trip to the
 * first paint. Resolves when the settings are in.
 */
export async function startState(api: StorepulseApi): Promise<void> {
  connectStateEvents(api);
  void useAlerts.getState().load();
  void useAccounts.getState().load();
  void useSync.getState().load();
  await useSettings.getState().load();
}
