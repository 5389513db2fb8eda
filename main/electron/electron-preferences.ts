import Store from 'electron-store';
import type { PreferencesStore } from '../ports';

/** Preferences in the user-data folder through electron-store (never secrets: those use safeStorage). */
export function createElectronPreferencesStore(name = 'preferences'): PreferencesStore {
  const store = new Store<Record<string, unknown>>({ name });
  return {
    read: () => store.store,
    write: (value) => {
      store.store = value;
    },
  };
}
