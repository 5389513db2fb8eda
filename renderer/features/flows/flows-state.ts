import { create } from 'zustand';
import type { Flow } from '../../../shared/domain/flow';
import type { Metric } from '../../../shared/domain/metric';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';

/** An account's flows and metrics as last read from the cache, or why they could not be. */
export interface FlowsCatalogue {
  flows: Flow[];
  metrics: Metric[];
  loading: boolean;
  /** True once a read has succeeded: until then an empty list means "not known", not "none". */
  loaded: boolean;
  errorKey: string | null;
}

interface FlowsState {
  byAccount: Record<string, FlowsCatalogue>;
  /** Re-reads the account's flows and metrics; called on opening the screen and after each sync. */
  load(accountId: string): Promise<void>;
}

const initial: FlowsCatalogue = { flows: [], metrics: [], loading: false, loaded: false, errorKey: null };

/**
 * Kept per account, so switching accounts or screens shows the last known list at once while a
 * fresh read runs, and a late answer for one account never lands on another.
 */
export const useFlowsCatalogue = create<FlowsState>((set) => {
  const patch = (accountId: string, change: Partial<FlowsCatalogue>) =>
    set((state) => ({
      byAccount: { ...state.byAccount, [accountId]: { ...(state.byAccount[accountId] ?? initial), ...change } },
    }));
  return {
    byAccount: {},
    async load(accountId) {
      patch(accountId, { loading: true });
      try {
        const api = bridge();
        const [flows, metrics] = await Promise.all([
          unwrap(api.flows.list({ accountId })),
          unwrap(api.metrics.list({ accountId })),
        ]);
        patch(accountId, { flows, metrics, loading: false, loaded: true, errorKey: null });
      } catch (error) {
        patch(accountId, { loading: false, errorKey: errorMessageKey(error) });
      }
    },
  };
});

export function catalogueOf(state: FlowsState, accountId: string | undefined): FlowsCatalogue {
  return (accountId && state.byAccount[accountId]) || initial;
}
