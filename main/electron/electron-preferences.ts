import ElectronStore from 'electron-store';
import type { PreferencesFile } from '../ports';

/** Preferences in the user-data folder through electron-store (never secrets: those use safeStorage). */
export function createElectronPreferencesFile(name = 'preferences'): PreferencesFile {
  const file = new ElectronStore<Record<string, unknown>>({ name });
  return {
    read: () => file.store,
    write: (value) => {
      file.store = value;
    },
  };
}
