import { accountGetter, type HandlerGroup, type HandlerServices } from './handler-services';

/** Adding, checking and removing accounts; a new account syncs at once. */
export function accountHandlers({ accounts, coordinator, scheduler }: Pick<HandlerServices, 'accounts' | 'coordinator' | 'scheduler'>): HandlerGroup<'accounts'> {
  const requireAccount = accountGetter(accounts);
  return {
    'accounts:list': () => accounts.list(),
    'accounts:preview': ({ key }) => accounts.preview(key),
    'accounts:add': async ({ key }) => {
      const added = await accounts.add(key);
      void scheduler.runNow(added.account.id);
      return added;
    },
    'accounts:remove': async ({ accountId }) => {
      requireAccount(accountId);
      scheduler.forget(accountId);
      coordinator.cancel(accountId);
      return { removed: await accounts.remove(accountId) };
    },
    'accounts:addDemo': () => {
      const before = new Set(accounts.list().map((a) => a.id));
      const list = accounts.addDemoAccounts();
      for (const account of list) if (!before.has(account.id)) void scheduler.runNow(account.id);
      return list;
    },
    'accounts:status': () => accounts.list().map((account) => coordinator.status(account.id)),
  };
}
