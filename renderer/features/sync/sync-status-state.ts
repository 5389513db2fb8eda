import { create } from 'zustand';
import type { AccountStatus, SyncProgress } from '../../../shared/domain/sync';
import { bridge, BridgeError, errorMessageKey, unwrap } from '../../lib/bridge';
import { mergeStatusSnapshot } from './status-snapshot';

/** Why a "Sync now" or "Cancel" for an account could not even start, translated by the line. */
export interface SyncRequestFailure {
  key: string;
  params: Record<string, string> | undefined;
}

interface SyncState {
  statuses: Record<string, AccountStatus>;
  /** Accounts whose status was pushed since the last snapshot was asked for: newer than it. */
  pushedSinceSnapshot: ReadonlySet<string>;
  progress: Record<string, SyncProgress>;
  errorKey: string | null;
  requestFailures: Record<string, SyncRequestFailure>;
  load(): Promise<void>;
  syncNow(accountId: string): Promise<void>;
  cancel(accountId: string): Promise<void>;
  receiveStatus(status: AccountStatus): void;
  receiveProgress(progress: SyncProgress): void;
}

/**
 * The screens' state of each account's sync: its last status, the progress of a run under way and
 * why a request could not start. Main's record of the runs lives in the cache, not here.
 */
export const useSync = create<SyncState>((set) => ({
  statuses: {},
  pushedSinceSnapshot: new Set(),
  progress: {},
  errorKey: null,
  requestFailures: {},
  async load() {
    set({ pushedSinceSnapshot: new Set() });
    try {
      const statuses = await unwrap(bridge().accounts.status());
      set((state) => ({ statuses: mergeStatusSnapshot(statuses, state.statuses, state.pushedSinceSnapshot), errorKey: null }));
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
    set((state) => ({
      statuses: { ...state.statuses, [status.accountId]: status },
      pushedSinceSnapshot: new Set(state.pushedSinceSnapshot).add(status.accountId),
    }));
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
