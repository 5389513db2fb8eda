import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { useSettings } from './features/settings/settings-state';
import { startState } from './state-events';
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
  // Events are wired before any snapshot is asked for (see state-events.ts).
  await startState(window.storepulse);
  const { settings, info } = useSettings.getState();
  await initI18n(resolveLanguage(settings?.language ?? 'system', info?.systemLocale ?? navigator.language));
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
