import { syncHistory } from '../sync/sync-history';
import { accountGetter, type HandlerGroup, type HandlerServices } from './handler-services';

/** Starting, stopping and reviewing syncs. */
export function syncHandlers({ accounts, coordinator, scheduler, runs, series }: Pick<HandlerServices, 'accounts' | 'coordinator' | 'scheduler' | 'runs' | 'series'>): HandlerGroup<'sync'> {
  const requireAccount = accountGetter(accounts);
  return {
    'sync:now': (input) => {
      const ids = input?.accountId ? [requireAccount(input.accountId).id] : accounts.list().map((a) => a.id);
      // Asked for by the operator: a new flow or metric should show up too, and a machine that
      // went offline finds out, even when no new hour is due yet.
      for (const id of ids) {
        coordinator.refreshCatalogueNext(id);
        void scheduler.runNow(id);
      }
      return { started: ids };
    },
    'sync:cancel': ({ accountId }) => ({ cancelled: coordinator.cancel(requireAccount(accountId).id) }),
    'sync:run': async ({ accountId }) => {
      const id = requireAccount(accountId).id;
      // A sync already under way for the account is awaited, not doubled.
      const result = await coordinator.sync(id);
      return {
        accountId: id,
        outcome: result.outcome,
        requests: result.requests,
        requestsByOperation: result.requestsByOperation,
        metrics: result.metrics,
        rowsWritten: result.rowsWritten,
        seriesRows: series.count(id),
        error: result.error && { code: result.error.code, message: result.error.message },
      };
    },
    'sync:history': ({ accountId, limit }) => syncHistory(runs, requireAccount(accountId).id, limit ?? 20),
  };
}
