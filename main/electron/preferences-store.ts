import Store from 'electron-store';
import type { PreferencesStore } from '../ports';

/** Preferences in the user-data folder through electron-store (never secrets: those use safeStorage). */
export function createElectronPreferencesStore(): PreferencesStore {
  const store = new Store<Record<string, unknown>>({ name: 'preferences' });
  return {
    read: () => store.store,
    write: (value) => {
      store.store = value;
    },
  };
}
