import { useEffect, useState } from 'react';
import type { SyncRun } from '../../../shared/domain/sync-run';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';

/** Runs shown per account: enough to see a pattern, short enough to read at a glance. */
const runsPerAccount = 10;

export interface SyncHistoryState {
  runs: Record<string, SyncRun[]>;
  errorKey: string | null;
}

/**
 * Each account's latest runs, read again whenever `revision` changes: the caller passes what
 * moves when a run starts or ends (the accounts' sync states), not every progress tick.
 */
export function useSyncHistory(accountIds: readonly string[], revision: string): SyncHistoryState {
  const [state, setState] = useState<SyncHistoryState>({ runs: {}, errorKey: null });
  const ids = accountIds.join('\u0000');
  useEffect(() => {
    let current = true;
    const list = ids === '' ? [] : ids.split('\u0000');
    void Promise.all(list.map(async (accountId) => [accountId, await unwrap(bridge().sync.history({ accountId, limit: runsPerAccount }))] as const))
      .then((entries) => {
        if (current) setState({ runs: Object.fromEntries(entries), errorKey: null });
      })
      .catch((error: unknown) => {
        if (current) setState((previous) => ({ ...previous, errorKey: errorMessageKey(error) }));
      });
    return () => {
      current = false;
    };
  }, [ids, revision]);
  return state;
}
