import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { useAccounts } from './features/accounts/accounts-store';
import { useAlerts } from './features/alerts/alerts-store';
import { useSettings } from './features/settings/settings-store';
import { useSync } from './features/sync/sync-store';
import { initI18n, resolveLanguage } from './lib/i18n';
import { catalogues, matchLanguage } from '../shared/i18n/catalogues';
import './styles.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  if (!window.storepulse) {
    // Without the bridge nothing works; say so in the system's language rather than show a blank page.
    const message = catalogues[matchLanguage(navigator.language)].errors.bridgeMissing;
    root.render(<p className="fatal" role="alert">{message}</p>);
    return;
  }
  // Everything Home shows first is asked for at once: waiting for the settings (the language)
  // before asking for accounts, statuses and alerts would add a round trip to the first paint.
  void useAlerts.getState().load();
  void useAccounts.getState().load();
  void useSync.getState().load();
  await useSettings.getState().load();
  const { settings, info } = useSettings.getState();
  await initI18n(resolveLanguage(settings?.language ?? 'system', info?.systemLocale ?? navigator.language));
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
