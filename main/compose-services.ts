import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../shared/ipc/contract';
import type { HostKind } from '../shared/domain/app-info';
import { createAccountService, type AccountService } from './accounts/account-service';
import { createAlertEvaluator } from './alerts/alert-evaluator';
import { createAlertLifecycleActions } from './alerts/alert-lifecycle-actions';
import { createAlertNotices } from './alerts/alert-notices';
import { createAlertQueries } from './alerts/alert-queries';
import type { AlertService } from './alerts/alert-service';
import { createIncidentService } from './alerts/incident-service';
import { createMetricMonitorService } from './alerts/metric-monitor-service';
import { createIncidentViews } from './alerts/incident-views';
import { createIncidentsRepository } from './db/repositories/incidents-repository';
import { createAlertViews } from './alerts/alert-views';
import { createDemoStore, type DemoStore, type DemoTestOrderOptions } from './accounts/demo-store';
import { createAccountApi, type AccountApi } from './api/account-api';
import { operationNames, productionBaseUrl } from '../shared/klaviyo/operations';
import { createRateLimiterRegistry, type RateLimiterRegistryOptions } from './api/rate-limiter-registry';
import type { Sleep } from './api/sleep';
import { interactiveRetryPolicy, interactiveTimeoutMs, type RetryPolicy } from './api/request-executor';
import { createCacheBackup, type CacheBackup } from './db/cache-backup';
import { openDatabase, type Db } from './db/connection';
import { createAccountsRepository } from './db/repositories/accounts-repository';
import { createAlertsRepository } from './db/repositories/alerts-repository';
import { createEvaluationWritesRepository } from './db/repositories/evaluation-writes-repository';
import { createDiagnosesRepository } from './db/repositories/diagnoses-repository';
import { createMetricMonitorsRepository } from './db/repositories/metric-monitors-repository';
import { createMonitorStatesRepository } from './db/repositories/monitor-states-repository';
import { createWizardProgressRepository } from './db/repositories/wizard-progress-repository';
import { createHandlers } from './handlers/create-handlers';
import { createDispatcher, type Dispatch } from './ipc-dispatcher';
import type { Ports } from './ports';
import { createSettingsService, type SettingsService } from './settings/settings-service';
import { createSyncCoordinator, type SyncCoordinator } from './sync/sync-coordinator';
import { defaultSyncPolicy, type SyncPolicy } from './sync/sync-planner';
import { createSyncScheduler, realTimers, type SyncScheduler, type Timers } from './sync/sync-scheduler';
import { createSyncCache, type SyncCache } from './sync/sync-cache';
import { createWizardDataSource } from './wizards/wizard-data-source';
import { createTestOrderPort } from './wizards/test-order-port';
import { createWizardService, type WizardService } from './wizards/wizard-service';
import packageJson from '../package.json' with { type: 'json' };

const unlimited = Object.fromEntries(
  operationNames.map((name) => [name, { burstPerSecond: 1_000_000, steadyPerMinute: 60_000_000 }]),
);

export interface CoreOptions {
  host: HostKind;
  platform: string;
  systemLocale: string;
  /** Folder for the cache database. */
  dataDir: string;
  /** The cache file itself, when not `cache.sqlite` in dataDir (the CLI's --db). */
  databaseFile?: string;
  /** Where real accounts' API lives; tests point it at a simulator. */
  realApiBaseUrl?: string;
  /** Client-side limits for real accounts (default: the spec's); tests shorten the windows. */
  rateLimits?: RateLimiterRegistryOptions;
  /** The client's retry schedule (default: 5 attempts from 1 s); tests shorten it. */
  apiRetry?: Partial<RetryPolicy>;
  /** How long one sync may wait out the API's rate limit before it stops (default 10). */
  rateLimitBudgetMinutes?: number;
  /** The sync clients' waits (backoff, Retry-After); default real time. Tests pass one on their clock. */
  apiSleep?: Sleep;
  /** Sync on start and on a timer (the app); off for one-shot commands and most tests. */
  schedule?: boolean;
  timers?: Timers;
  policy?: Partial<SyncPolicy>;
  /** The demo store's test-order lag, or orders that never arrive (tests of the test-order wizard). */
  demoTestOrders?: DemoTestOrderOptions;
  /** Adds the demo store's accounts at start when the cache lacks them (a first run always does), without syncing them. */
  ensureDemoAccounts?: boolean;
  /** The instant the demo store's data is laid out from, when not the clock's time at its start (the demo replay). */
  demoAnchor?: Date;
}

/**
 * Everything the composition built. Only `createCore` (what the hosts get) and the tests see this:
 * a test awaits a sync on the coordinator or reads the cache; a host acts through the handlers.
 */
export interface Services {
  handlers: Handlers;
  dispatch: Dispatch;
  settings: SettingsService;
  accounts: AccountService;
  alerts: AlertService;
  wizards: WizardService;
  coordinator: SyncCoordinator;
  scheduler: SyncScheduler;
  cache: SyncCache;
  demo: DemoStore;
  db: Db;
  backup: CacheBackup;
  dispose(): Promise<void>;
}

/**
 * Builds every service from the ports. The Electron app, the browser test host and the CLI all
 * get it through `createCore`, so what the tests drive is exactly what users run.
 */
export function composeServices(ports: Ports, options: CoreOptions): Services {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = options.databaseFile ?? join(options.dataDir, 'cache.sqlite');
  const firstRun = !existsSync(databaseFile);
  const db = openDatabase(databaseFile, packageJson.version);
  const backup = createCacheBackup({ db, cacheFile: databaseFile, clock: ports.clock, logger: ports.logger });
  const settings = createSettingsService(ports.preferences, ports.logger);
  const cache = createSyncCache(db);
  // A run still open now was left by a process that died mid-sync (no run of ours has begun):
  // closed as interrupted, so the history says what happened instead of "running" forever.
  const interrupted = cache.runs.closeInterrupted(ports.clock.now().toISOString());
  if (interrupted > 0) ports.logger.warn('sync runs interrupted by an earlier stop', { count: interrupted });
  const demo = createDemoStore(ports.clock, ports.logger, options.demoTestOrders, options.demoAnchor);
  const policy = { ...defaultSyncPolicy, ...options.policy };

  // One API object per account and key, so its request counts and rate budget persist across runs.
  // Real accounts share one registry that keeps the spec's limits per account; the embedded demo
  // store has no quota to respect, so its sync runs as fast as loopback allows.
  const realLimiters = createRateLimiterRegistry(options.rateLimits);
  const demoLimiters = createRateLimiterRegistry({ limits: unlimited });
  const apis = new Map<string, AccountApi>();
  const apiFor = (baseUrl: string, key: string, demoAccount: boolean): AccountApi => {
    const id = `${baseUrl}\u0000${key}`;
    let api = apis.get(id);
    if (!api) {
      api = createAccountApi({
        baseUrl,
        key,
        logger: ports.logger,
        rateLimiters: demoAccount ? demoLimiters : realLimiters,
        retry: options.apiRetry,
        clock: ports.clock,
        ...(options.apiSleep ? { sleep: options.apiSleep } : {}),
      });
      apis.set(id, api);
    }
    return api;
  };

  async function apiForAccount(accountId: string): Promise<AccountApi> {
    const account = accounts.get(accountId);
    if (!account) throw new Error(`unknown account ${accountId}`);
    const key = await accounts.keyFor(account);
    const baseUrl = account.kind === 'demo' ? await demo.baseUrl() : account.baseUrl;
    return apiFor(baseUrl, key, account.kind === 'demo');
  }

  const accounts = createAccountService({
    repository: createAccountsRepository(db),
    secrets: ports.secrets,
    clock: ports.clock,
    realBaseUrl: options.realApiBaseUrl ?? productionBaseUrl,
    demoAccounts: demo.accounts,
    demoKeyFor: demo.keyFor,
    // A person is waiting at "Check the key": a client with the short interactive schedule, on
    // the account's shared rate budget, so a refusal or an outage is named within seconds.
    fetchAccount: (key, baseUrl) =>
      createAccountApi({
        baseUrl,
        key,
        logger: ports.logger,
        rateLimiters: realLimiters,
        retry: interactiveRetryPolicy,
        timeoutMs: interactiveTimeoutMs,
      }).checkKey(),
  });
  if (firstRun || options.ensureDemoAccounts) accounts.addDemoAccounts();

  // Alerts in four parts, each handed only what it uses: the views shape what every part returns.
  const alertRepository = createAlertsRepository(db);
  const monitorStates = createMonitorStatesRepository(db);
  const diagnosesRepository = createDiagnosesRepository(db, ports.logger);
  const timezoneOf = (accountId: string) => accounts.get(accountId)?.timezone ?? null;
  const currencyOf = (accountId: string) => accounts.get(accountId)?.currency ?? null;
  const alertViews = createAlertViews({ store: cache, diagnoses: diagnosesRepository, monitors: monitorStates, timezoneOf, currencyOf, logger: ports.logger });
  const incidentRepository = createIncidentsRepository(db, alertRepository);
  const incidentView = createIncidentViews({
    incidents: incidentRepository,
    alert: alertViews.alert,
    account: (id) => accounts.get(id),
    now: () => ports.clock.now(),
  });
  const incidents = createIncidentService({ incidents: incidentRepository, view: incidentView, clock: ports.clock, timezoneOf });
  const metricMonitorRepository = createMetricMonitorsRepository(db);
  const alertEvaluator = createAlertEvaluator({
    store: cache,
    alerts: alertRepository,
    monitors: monitorStates,
    diagnoses: diagnosesRepository,
    incidents: incidentRepository,
    metricMonitors: metricMonitorRepository,
    writes: createEvaluationWritesRepository(db, { alerts: alertRepository, monitors: monitorStates, diagnoses: diagnosesRepository, incidents: incidentRepository }),
    clock: ports.clock,
    account: (id) => accounts.get(id),
    sensitivity: () => settings.get().sensitivity,
    recoveryHours: () => settings.get().recoveryHours,
    hourlyHistoryDays: policy.hourlyBackfillDays,
  });
  const alertNotices = createAlertNotices({
    events: ports.events,
    notifier: ports.notifier,
    logger: ports.logger,
    view: alertViews.alert,
    incident: (id) => {
      const record = incidentRepository.get(id);
      return record && incidentRepository.members(id).length > 0 ? incidentView(record) : null;
    },
    notifyOnRecovery: () => settings.get().notifyOnRecovery,
  });
  const metricMonitors = createMetricMonitorService({
    repository: metricMonitorRepository,
    monitors: monitorStates,
    hasMetric: (accountId, metricId) => cache.catalogue.listMetrics(accountId).some((metric) => metric.id === metricId),
    clock: ports.clock,
    timezoneOf,
    sensitivity: () => settings.get().sensitivity,
    rejudge(accountId, changed) {
      const outcome = alertEvaluator.rejudge(accountId, changed);
      if (outcome) alertNotices.announce(outcome);
    },
  });
  const alerts: AlertService = {
    ...createAlertQueries({
      alerts: alertRepository,
      monitors: monitorStates,
      accounts: { get: (id) => accounts.get(id), list: () => accounts.list() },
      catalogue: { accountName: (id) => accounts.get(id)?.name ?? null, metrics: (id) => cache.catalogue.listMetrics(id) },
      views: alertViews,
    }),
    ...createAlertLifecycleActions({ alerts: alertRepository, clock: ports.clock, timezoneOf, view: alertViews.alert }),
  };

  const wizards = createWizardService({
    progress: createWizardProgressRepository(db),
    clock: ports.clock,
    logger: ports.logger,
    dataFor: createWizardDataSource({ cache, alerts, clock: ports.clock, account: (id) => accounts.get(id) }),
    testOrders: createTestOrderPort({
      clientFor: async (accountId) => (await apiForAccount(accountId)).client,
      metrics: (accountId) => cache.catalogue.listMetrics(accountId),
      simulate: (accountId, email) => demo.placeTestOrder(accountId, email),
    }),
  });

  const coordinator = createSyncCoordinator({
    cache,
    clock: ports.clock,
    logger: ports.logger,
    events: ports.events,
    policy,
    listAccounts: () => accounts.stored().map(({ id, timezone }) => ({ id, timezone })),
    sourceFor: apiForAccount,
    ...(options.rateLimitBudgetMinutes === undefined ? {} : { rateLimitBudgetMs: options.rateLimitBudgetMinutes * 60_000 }),
    afterSync(accountId) {
      // Detection failing must never fail the sync that fed it: the data is safe in the cache
      // and the next sync evaluates again.
      try {
        const outcome = alertEvaluator.evaluate(accountId);
        if (outcome) alertNotices.announce(outcome);
      } catch (error) {
        ports.logger.error('drop detection failed', { accountId, error: error instanceof Error ? error.message : String(error) });
      }
      // After a good sync, at most hourly: what a rebuilt cache gets back (see cache-backup.ts).
      void backup.maybeRun();
    },
  });

  const scheduler = createSyncScheduler({
    coordinator,
    cache,
    clock: ports.clock,
    logger: ports.logger,
    timers: options.timers ?? realTimers,
    accountIds: () => accounts.list().map((a) => a.id),
    intervalMinutes: () => settings.get().syncIntervalMinutes,
  });
  if (options.schedule) scheduler.start();

  const handlers = createHandlers({
    info: () => ({
      name: 'Storepulse',
      version: packageJson.version,
      host: options.host,
      platform: options.platform,
      systemLocale: options.systemLocale,
    }),
    openLogsFolder: async () => (ports.shell ? ports.shell.openLogsFolder() : false),
    settings,
    accounts,
    catalogue: cache.catalogue,
    series: cache.series,
    runs: cache.runs,
    coordinator,
    scheduler,
    alerts,
    incidents,
    metricMonitors,
    wizards,
    events: ports.events,
  });

  return {
    handlers,
    dispatch: createDispatcher(handlers, ports.logger),
    settings,
    accounts,
    alerts,
    wizards,
    coordinator,
    scheduler,
    cache,
    demo,
    db,
    backup,
    async dispose() {
      scheduler.stop();
      await coordinator.stop();
      await demo.stop();
      await backup.idle();
      db.close();
    },
  };
}
