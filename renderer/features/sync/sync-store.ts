import { create } from 'zustand';
import type { AccountStatus, SyncProgress } from '../../../shared/domain/sync';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';

interface SyncState {
  statuses: Record<string, AccountStatus>;
  progress: Record<string, SyncProgress>;
  errorKey: string | null;
  load(): Promise<void>;
  syncNow(accountId: string): Promise<void>;
  cancel(accountId: string): Promise<void>;
  receiveStatus(status: AccountStatus): void;
  receiveProgress(progress: SyncProgress): void;
}

export const useSync = create<SyncState>((set) => ({
  statuses: {},
  progress: {},
  errorKey: null,
  async load() {
    try {
      const statuses = await unwrap(bridge().accounts.status());
      set({ statuses: Object.fromEntries(statuses.map((s) => [s.accountId, s])), errorKey: null });
    } catch (error) {
      set({ errorKey: errorMessageKey(error) });
    }
  },
  async syncNow(accountId) {
    try {
      await unwrap(bridge().sync.now({ accountId }));
    } catch (error) {
      set({ errorKey: errorMessageKey(error) });
    }
  },
  async cancel(accountId) {
    try {
      await unwrap(bridge().sync.cancel({ accountId }));
    } catch (error) {
      set({ errorKey: errorMessageKey(error) });
    }
  },
  receiveStatus(status) {
    set((state) => ({ statuses: { ...state.statuses, [status.accountId]: status } }));
  },
  receiveProgress(progress) {
    set((state) => ({ progress: { ...state.progress, [progress.accountId]: progress } }));
  },
}));
