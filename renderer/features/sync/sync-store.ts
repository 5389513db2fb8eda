import { create } from 'zustand';
import type { AccountStatus, SyncProgress } from '../../../shared/domain/sync';
import { bridge, BridgeError, errorMessageKey, unwrap } from '../../lib/bridge';

/** Why a "Sync now" or "Cancel" for an account could not even start, translated by the line. */
export interface SyncRequestFailure {
  key: string;
  params: Record<string, string> | undefined;
}

interface SyncState {
  statuses: Record<string, AccountStatus>;
  progress: Record<string, SyncProgress>;
  errorKey: string | null;
  requestFailures: Record<string, SyncRequestFailure>;
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
  requestFailures: {},
  async load() {
    try {
      const statuses = await unwrap(bridge().accounts.status());
      set({ statuses: Object.fromEntries(statuses.map((s) => [s.accountId, s])), errorKey: null });
    } catch (error) {
      set({ errorKey: errorMessageKey(error) });
    }
  },
  async syncNow(accountId) {
    set((state) => ({ requestFailures: without(state.requestFailures, accountId) }));
    try {
      await unwrap(bridge().sync.now({ accountId }));
    } catch (error) {
      set((state) => ({ requestFailures: { ...state.requestFailures, [accountId]: requestFailure(error) } }));
    }
  },
  async cancel(accountId) {
    set((state) => ({ requestFailures: without(state.requestFailures, accountId) }));
    try {
      await unwrap(bridge().sync.cancel({ accountId }));
    } catch (error) {
      set((state) => ({ requestFailures: { ...state.requestFailures, [accountId]: requestFailure(error) } }));
    }
  },
  receiveStatus(status) {
    set((state) => ({ statuses: { ...state.statuses, [status.accountId]: status } }));
  },
  receiveProgress(progress) {
    set((state) => ({ progress: { ...state.progress, [progress.accountId]: progress } }));
  },
}));

function requestFailure(error: unknown): SyncRequestFailure {
  return { key: errorMessageKey(error), params: error instanceof BridgeError ? error.params : undefined };
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([entry]) => entry !== key));
}
