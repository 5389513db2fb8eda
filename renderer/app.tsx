import { useEffect } from 'react';
import { AppShell } from './features/shell/app-shell';
import { useSettings } from './features/settings/settings-state';
import { changeLanguage, resolveLanguage } from './lib/i18n';

/**
 * Keeps language and theme in step with the settings. Events are wired to the features' state and its
 * first loads started by `main.tsx`, before the settings are even in.
 */
export function App() {
  const settings = useSettings((state) => state.settings);
  const systemLocale = useSettings((state) => state.info?.systemLocale ?? navigator.language);

  useEffect(() => {
    if (!settings) return;
    void changeLanguage(resolveLanguage(settings.language, systemLocale));
    document.documentElement.dataset['theme'] = settings.theme;
  }, [settings, systemLocale]);

  return <AppShell />;
}
