import { AppError } from '../shared/domain/errors';
import type { Handlers } from '../shared/ipc/contract';
import type { AccountService } from './accounts/account-service';
import type { AlertService } from './alerts/alert-service';
import type { SeriesRepository } from './db/repositories/series-repository';
import type { CatalogueRepository } from './db/repositories/catalogue-repository';
import type { SyncRunsRepository } from './db/repositories/sync-runs-repository';
import { syncHistory } from './sync/sync-history';
import type { SettingsService } from './settings/settings-service';
import type { SyncCoordinator } from './sync/sync-coordinator';
import type { SyncScheduler } from './sync/sync-scheduler';
import type { AppInfo } from '../shared/domain/app-info';
import type { WizardService } from './wizards/wizard-service';
import { headlineGroups } from './metrics/headline-source';
import { isoFromSeconds, secondsFromIso } from '../shared/domain/account-time';

export interface HandlerServices {
  info(): AppInfo;
  openLogsFolder(): Promise<boolean>;
  settings: SettingsService;
  accounts: AccountService;
  catalogue: CatalogueRepository;
  series: SeriesRepository;
  runs: SyncRunsRepository;
  coordinator: SyncCoordinator;
  scheduler: SyncScheduler;
  alerts: AlertService;
  wizards: WizardService;
}

/** Contract channel -> service call. Nothing else: validation happens in the dispatcher. */
export function createHandlers(services: HandlerServices): Handlers {
  const { accounts, coordinator, scheduler } = services;
  const requireAccount = (accountId: string) => {
    const account = accounts.get(accountId);
    if (!account) throw new AppError('not-found', `No account ${accountId}.`);
    return account;
  };

  return {
    'app:info': () => services.info(),
    'app:openLogs': async () => ({ opened: await services.openLogsFolder() }),
    'settings:get': () => services.settings.get(),
    'settings:set': (patch) => {
      // The renderer opens on this account next time: an id naming no account is refused, not kept.
      if (patch.lastAccountId && !accounts.get(patch.lastAccountId)) {
        throw new AppError('unknown-account', `No account ${patch.lastAccountId}.`, { accountId: patch.lastAccountId });
      }
      return services.settings.update(patch);
    },

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
    'sync:history': ({ accountId, limit }) => syncHistory(services.runs, requireAccount(accountId).id, limit ?? 20),

    'metrics:list': ({ accountId }) => services.catalogue.listMetrics(requireAccount(accountId).id),
    'metrics:headlines': ({ accountId }) => headlineGroups(services, requireAccount(accountId).id),
    'metrics:series': ({ accountId, metricId, interval, from, to }) =>
      services.series
        .read(requireAccount(accountId).id, metricId, interval, secondsFromIso(from), secondsFromIso(to))
        .map((row) => ({
          start: isoFromSeconds(row.start),
          count: row.count,
          sumValue: row.sumValue,
          unique: row.unique,
        })),
    'metrics:expected': ({ accountId, metricId, interval, from, to }) =>
      services.alerts
        .expected({ accountId: requireAccount(accountId).id, metricId, interval, from: secondsFromIso(from), to: secondsFromIso(to) })
        .map((point) => ({ start: isoFromSeconds(point.start), expected: point.expected })),
    'flows:list': ({ accountId }) => services.catalogue.listFlows(requireAccount(accountId).id),

    'alerts:list': (input) => services.alerts.list({ accountId: input?.accountId && requireAccount(input.accountId).id, states: input?.states }),
    'alerts:dismiss': ({ alertId }) => services.alerts.dismiss(alertId),
    'alerts:snooze': ({ alertId, days }) => services.alerts.snooze(alertId, days),
    'alerts:history': (input) => services.alerts.history({ accountId: input?.accountId && requireAccount(input.accountId).id, limit: input?.limit }),
    'diagnoses:list': (input) => services.alerts.diagnoses({ accountId: input?.accountId && requireAccount(input.accountId).id }),

    'wizards:list': (input) => services.wizards.list(input?.accountId ? requireAccount(input.accountId).id : null),
    'wizards:start': ({ kind, accountId, origin }) => services.wizards.start(kind, requireAccount(accountId).id, origin ?? {}),
    'wizards:get': ({ sessionId }) => services.wizards.get(sessionId),
    'wizards:update': (update) => services.wizards.update(update),
    'wizards:remove': ({ sessionId }) => ({ removed: services.wizards.remove(sessionId) }),
    'wizards:checkTestOrder': ({ sessionId }) => services.wizards.checkTestOrder(sessionId),
    'wizards:cancelTestOrder': ({ sessionId }) => services.wizards.cancelTestOrder(sessionId),
    'wizards:simulateTestOrder': ({ sessionId }) => services.wizards.simulateTestOrder(sessionId),
  };
}
