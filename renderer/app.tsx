import { useEffect } from 'react';
import { AppShell } from './features/shell/app-shell';
import { useAlerts } from './features/alerts/alerts-store';
import { useSettings } from './features/settings/settings-store';
import { useSync } from './features/sync/sync-store';
import { bridge } from './lib/bridge';
import { changeLanguage, resolveLanguage } from './lib/i18n';
import { useRouter } from './lib/router-store';

/**
 * Wires contract events to the stores and keeps language and theme in step with the settings.
 * The stores' first loads are started by `main.tsx`, before the settings are even in.
 */
export function App() {
  const settings = useSettings((state) => state.settings);
  const systemLocale = useSettings((state) => state.info?.systemLocale ?? navigator.language);

  useEffect(() => {
    const api = bridge();
    const unsubscribers = [
      api.on('settings:changed', (next) => useSettings.getState().receive(next)),
      api.on('app:navigate', ({ route, focusId }) => useRouter.getState().navigate(route, focusId)),
      api.on('accounts:status', (status) => useSync.getState().receiveStatus(status)),
      api.on('sync:progress', (progress) => useSync.getState().receiveProgress(progress)),
      api.on('alerts:changed', () => void useAlerts.getState().load()),
      api.on('alerts:fired', ({ alert }) => useAlerts.getState().receiveFired(alert)),
    ];
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, []);

  useEffect(() => {
    if (!settings) return;
    void changeLanguage(resolveLanguage(settings.language, systemLocale));
    document.documentElement.dataset['theme'] = settings.theme;
  }, [settings, systemLocale]);

  return <AppShell />;
}
