import { AppError } from '../../shared/domain/errors';
import type { ChannelName, Handlers } from '../../shared/ipc/contract';
import type { AppInfo } from '../../shared/domain/app-info';
import type { AccountService } from '../accounts/account-service';
import type { AlertService } from '../alerts/alert-service';
import type { IncidentService } from '../alerts/incident-service';
import type { MetricMonitorService } from '../alerts/metric-monitor-service';
import type { CatalogueRepository } from '../db/repositories/catalogue-repository';
import type { SeriesRepository } from '../db/repositories/series-repository';
import type { SyncRunsRepository } from '../db/repositories/sync-runs-repository';
import type { EventSink } from '../ports';
import type { SettingsService } from '../settings/settings-service';
import type { SyncCoordinator } from '../sync/sync-coordinator';
import type { SyncScheduler } from '../sync/sync-scheduler';
import type { WizardService } from '../wizards/wizard-service';

/** What the handler groups call: the services, never the database or the ports behind them. */
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
  incidents: IncidentService;
  metricMonitors: MetricMonitorService;
  wizards: WizardService;
  /** Where the mutating channels announce what they changed. */
  events: EventSink;
}

/** The handlers of the channels named `<domain>:…` for the given domains: one group's share of `Handlers`. */
export type HandlerGroup<D extends string> = {
  [C in ChannelName as C extends `${D}:${string}` ? C : never]: Handlers[C];
};

/** The account, or a typed not-found: every channel that names an account checks it first. */
export function accountGetter(accounts: Pick<AccountService, 'get'>) {
  return (accountId: string) => {
    const account = accounts.get(accountId);
    if (!account) throw new AppError('not-found', `No account ${accountId}.`);
    return account;
  };
}
