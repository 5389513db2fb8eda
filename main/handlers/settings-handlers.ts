import { AppError } from '../../shared/domain/errors';
import type { HandlerGroup, HandlerServices } from './handler-services';

/** The preferences. */
export function settingsHandlers({ settings, accounts }: Pick<HandlerServices, 'settings' | 'accounts'>): HandlerGroup<'settings'> {
  return {
    'settings:get': () => settings.get(),
    'settings:set': (patch) => {
      // The renderer opens on this account next time: an id naming no account is refused, not kept.
      if (patch.lastAccountId && !accounts.get(patch.lastAccountId)) {
        throw new AppError('unknown-account', `No account ${patch.lastAccountId}.`, { accountId: patch.lastAccountId });
      }
      return settings.update(patch);
    },
  };
}
