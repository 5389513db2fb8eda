import { accountGetter, type HandlerGroup, type HandlerServices } from './handler-services';

/** The guided checks and their test orders. */
export function wizardHandlers({ accounts, wizards }: Pick<HandlerServices, 'accounts' | 'wizards'>): HandlerGroup<'wizards'> {
  const requireAccount = accountGetter(accounts);
  return {
    'wizards:list': (input) => wizards.list(input?.accountId ? requireAccount(input.accountId).id : null),
    'wizards:start': ({ kind, accountId, origin }) => wizards.start(kind, requireAccount(accountId).id, origin ?? {}),
    'wizards:get': ({ sessionId }) => wizards.get(sessionId),
    'wizards:update': (update) => wizards.update(update),
    'wizards:remove': ({ sessionId }) => ({ removed: wizards.remove(sessionId) }),
    'wizards:checkTestOrder': ({ sessionId }) => wizards.checkTestOrder(sessionId),
    'wizards:cancelTestOrder': ({ sessionId }) => wizards.cancelTestOrder(sessionId),
    'wizards:simulateTestOrder': ({ sessionId }) => wizards.simulateTestOrder(sessionId),
  };
}
