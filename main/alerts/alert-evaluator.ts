import type { Sensitivity } from '../../shared/domain/sensitivity';
import type { AlertRecord } from '../db/repositories/alerts-repository';
import type { Clock } from '../ports';
import { evaluateAccount, type AlertEvaluationDeps, type EvaluationInput } from './alert-evaluation';

export interface AlertEvaluatorDeps extends AlertEvaluationDeps {
  clock: Clock;
  account(id: string): { id: string; name: string; timezone: string } | undefined;
  sensitivity(): Sensitivity;
  /** Hours an incident's metrics must stay back to normal before it resolves (Settings). */
  recoveryHours(): number;
  /** How far back the hourly cache reaches (the sync's hourly backfill). */
  hourlyHistoryDays: number;
}

/** What one evaluation changed, for the notices to tell the renderer and the operator. */
export interface EvaluationOutcome {
  account: { id: string; name: string };
  /** Whether any alert or diagnosis changed. */
  changed: boolean;
  /** Alerts to announce now, one per new episode still open or snooze run out on a live drop. */
  notify: AlertRecord[];
  /** Incidents to announce now (one notification each) and incidents just resolved. */
  notifyIncidents: string[];
  resolvedIncidents: string[];
}

export interface AlertEvaluator {
  /** Runs detection on the account's freshly synced data; null when the account is gone. */
  evaluate(accountId: string): EvaluationOutcome | null;
  /**
   * Judges the present again from the cache for metrics whose monitor settings just changed
   * (see `EvaluationInput.rejudge`); null when the account is gone.
   */
  rejudge(accountId: string, metrics: ReadonlyMap<string, { unmutedFrom: string | null }>): EvaluationOutcome | null;
}

/**
 * Detection after each successful sync: reads the cache and the alert records, writes the new
 * ones, and says what changed. Telling anyone about it is the notices' job, not this one's.
 */
export function createAlertEvaluator(deps: AlertEvaluatorDeps): AlertEvaluator {
  const run = (accountId: string, rejudge?: EvaluationInput['rejudge']): EvaluationOutcome | null => {
    const account = deps.account(accountId);
    if (!account) return null;
    const result = evaluateAccount(deps, {
      account,
      sensitivity: deps.sensitivity(),
      now: deps.clock.now(),
      hourlyHistoryDays: deps.hourlyHistoryDays,
      recoveryHours: deps.recoveryHours(),
      ...(rejudge ? { rejudge } : {}),
    });
    return {
      account: { id: account.id, name: account.name },
      changed: result.changed,
      notify: result.notify,
      notifyIncidents: result.notifyIncidents,
      resolvedIncidents: result.resolvedIncidents,
    };
  };
  return {
    evaluate: (accountId) => run(accountId),
    rejudge: (accountId, metrics) => run(accountId, metrics),
  };
}
