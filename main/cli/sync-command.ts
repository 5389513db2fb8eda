import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isOrderMetric } from '../alerts/incident-notice-text';
import { createCore } from '../core';
import type { Alert } from '../../shared/domain/alert';
import type { Clock, EventSink, IncidentNotice, Logger } from '../ports';
import { systemClock } from '../ports';
import { createEnvironmentSecretStore } from '../secrets/environment-secret-store';
import { demoAccounts, valueOf } from './core-calls';

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

export const syncUsage = `storepulse sync --db FILE [--account demo|ID] [--json] [--now ISO]
  Runs one complete sync into the cache FILE (created if needed).
  --account demo   the built-in demo store (default); or a stored account's id, whose key is read
                   from the STOREPULSE_API_KEY environment variable
  --json           print a JSON summary as the last line
  --now ISO        treat this instant as "now" (reproducible runs against the demo store)`;

/** `storepulse sync`: one complete sync of one account into a cache file, headless. */
export async function runSyncCommand(args: string[], io: CommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        db: { type: 'string' },
        account: { type: 'string', default: 'demo' },
        json: { type: 'boolean', default: false },
        now: { type: 'string' },
        verbose: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    io.err(`storepulse sync: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (!values.db) {
    io.err('storepulse sync: --db FILE is required');
    return 2;
  }
  let clock: Clock = systemClock;
  if (values.now !== undefined) {
    const fixed = Date.parse(values.now);
    if (Number.isNaN(fixed)) {
      io.err(`storepulse sync: --now "${values.now}" is not an ISO 8601 instant`);
      return 2;
    }
    clock = { now: () => new Date(fixed) };
  }

  const logger: Logger = {
    info: (message, fields) => values.verbose && io.err(`${message} ${fields ? JSON.stringify(fields) : ''}`),
    warn: (message, fields) => io.err(`warning: ${message} ${fields ? JSON.stringify(fields) : ''}`),
    error: (message, fields) => io.err(`error: ${message} ${fields ? JSON.stringify(fields) : ''}`),
  };
  // The command line has no desktop: the alerts and incidents that would have been told are
  // reported with the result.
  const alertsFired: Alert[] = [];
  const incidentsFired: IncidentNotice[] = [];
  const incidentsResolved: IncidentNotice[] = [];
  let lastLine = '';
  const events: EventSink = {
    emit(event, payload) {
      if (event === 'alerts:fired') alertsFired.push((payload as { alert: Alert }).alert);
      if (event !== 'sync:progress' || values.json) return;
      const progress = payload as { phase: string; done: number; total: number; currentMetric: string | null };
      const line = `${progress.phase} ${progress.done}/${progress.total}${progress.currentMetric ? ` ${progress.currentMetric}` : ''}`;
      if (line !== lastLine) io.err(line);
      lastLine = line;
    },
  };

  const file = resolve(values.db);
  const preferences: Record<string, unknown> = {};
  const core = createCore(
    {
      clock,
      logger,
      events,
      secrets: createEnvironmentSecretStore(io.env),
      notifier: {
        incidentFired: (notice) => incidentsFired.push(notice),
        incidentResolved: (notice) => incidentsResolved.push(notice),
      },
      preferences: { read: () => preferences, write: (value) => Object.assign(preferences, value) },
    },
    { host: 'cli', platform: process.platform, systemLocale: 'en-US', dataDir: dirname(file), databaseFile: file, ensureDemoAccounts: values.account === 'demo' },
  );
  try {
    // `demo` is the demo store's first account, whatever its id; any other value names an account.
    const accountId =
      values.account === 'demo'
        ? (await demoAccounts(core.invoke))[0]?.id
        : (await valueOf(core.invoke('accounts:list', undefined))).find((account) => account.id === values.account)?.id;
    if (!accountId) {
      io.err(`storepulse sync: no account "${values.account}" in ${file}`);
      return 2;
    }
    const started = Date.now();
    const result = await valueOf(core.invoke('sync:run', { accountId }));
    const durationMs = Date.now() - started;
    if (result.error) io.err(`storepulse sync: ${result.error.code}: ${result.error.message}`);
    const summary = {
      account: accountId,
      requests: result.requests,
      requestsByOperation: result.requestsByOperation,
      metrics: result.metrics,
      seriesRows: result.seriesRows,
      durationMs,
      alertsFired: alertsFired.map(({ metricName, integrationName, figures, start }) => ({ metric: metricName, integration: integrationName, figures, start })),
      incidentsFired: incidentsFired.map((notice) => ({
        incident: notice.incidentId,
        metric: notice.headlineMetricName,
        integration: notice.integrationName,
        metrics: notice.memberMetricNames,
        figures: notice.figures,
        start: notice.start,
        cost: notice.cost,
      })),
      incidentsResolved: incidentsResolved.map((notice) => ({
        incident: notice.incidentId,
        metric: notice.headlineMetricName,
        metrics: notice.memberMetricNames,
        start: notice.start,
        end: notice.end,
        cost: notice.cost,
      })),
    };
    if (values.json) io.out(JSON.stringify(summary));
    else {
      io.out(`${result.outcome}: ${summary.metrics} metrics, ${summary.seriesRows} series rows, ${summary.requests} requests in ${durationMs} ms`);
      for (const alert of alertsFired) {
        const metric = alert.integrationName ? `${alert.metricName} (${alert.integrationName})` : alert.metricName;
        const now = alert.figures.now ?? alert.figures.fired;
        io.out(`alert: ${metric} now ${now.percentBelow}% below expected (through ${now.through}), since ${alert.start}`);
      }
      const missed = (notice: IncidentNotice) =>
        `about ${Math.round(notice.cost.missingEvents.estimate)} ${isOrderMetric(notice.cost.metricName) ? 'orders' : 'events'} missed`;
      for (const notice of incidentsFired) {
        const others = notice.memberMetricNames.length - 1;
        const metric = notice.integrationName ? `${notice.headlineMetricName} (${notice.integrationName})` : notice.headlineMetricName;
        io.out(`incident: ${metric}${others > 0 ? ` and ${others} more` : ''} down since ${notice.start}, ${missed(notice)} so far`);
      }
      for (const notice of incidentsResolved) {
        io.out(`incident over: ${notice.headlineMetricName} back to normal, down from ${notice.start} to ${notice.end ?? notice.cost.through}, ${missed(notice)}`);
      }
    }
    return result.outcome === 'success' ? 0 : 1;
  } catch (error) {
    io.err(`storepulse sync: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await core.dispose();
  }
}
