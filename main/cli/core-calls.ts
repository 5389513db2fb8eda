import type { AccountSummary } from '../../shared/domain/account';
import type { Result } from '../../shared/domain/errors';
import type { Invoke } from '../ipc-dispatcher';

/** A failed call as the command line reports it: `code: message`. */
export class CallFailed extends Error {}

/** The call's value, or `CallFailed` with the dispatcher's typed error. */
export async function valueOf<T>(result: Promise<Result<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new CallFailed(`${settled.error.code}: ${settled.error.message}`);
  return settled.value;
}

/**
 * The demo store's accounts, found in the account list by their kind (no id is assumed). The
 * command line's core adds them at start (`ensureDemoAccounts`): adding them through
 * `accounts:addDemo` would start a sync of each, as the app does.
 */
export async function demoAccounts(invoke: Invoke): Promise<AccountSummary[]> {
  return (await valueOf(invoke('accounts:list', undefined))).filter((account) => account.kind === 'demo');
}
