import { create } from 'zustand';
import type { AppInfo } from '../../../shared/domain/app-info';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';

interface SettingsState {
  info: AppInfo | null;
  settings: Settings | null;
  errorKey: string | null;
  savedAt: number | null;
  load(): Promise<void>;
  update(patch: SettingsPatch): Promise<void>;
  receive(settings: Settings): void;
}

export const useSettings = create<SettingsState>((set) => ({
  info: null,
  settings: null,
  errorKey: null,
  savedAt: null,
  async load() {
    try {
      const [info, settings] = await Promise.all([
        unwrap(bridge().app.info()),
        unwrap(bridge().settings.get()),
      ]);
      set({ info, settings, errorKey: null });
    } catch (error) {
      set({ errorKey: errorMessageKey(error) });
    }
  },
  async update(patch) {
    try {
      const settings = await unwrap(bridge().settings.set(patch));
      set({ settings, errorKey: null, savedAt: Date.now() });
    } catch (error) {
      set({ errorKey: errorMessageKey(error) });
    }
  },
  receive(settings) {
    set({ settings });
  },
}));
