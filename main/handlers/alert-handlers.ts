import { accountGetter, type HandlerGroup, type HandlerServices } from './handler-services';

/** Alerts, their history and the diagnoses. */
export function alertHandlers({ accounts, alerts, incidents }: Pick<HandlerServices, 'accounts' | 'alerts' | 'incidents'>): HandlerGroup<'alerts' | 'diagnoses'> {
  const requireAccount = accountGetter(accounts);
  const accountOf = (accountId: string | undefined) => accountId && requireAccount(accountId).id;
  return {
    'alerts:list': (input) => alerts.list({ accountId: accountOf(input?.accountId), states: input?.states }),
    'alerts:dismiss': ({ alertId }) => alerts.dismiss(alertId),
    'alerts:snooze': ({ alertId, days }) => alerts.snooze(alertId, days),
    'alerts:history': (input) => alerts.history({ accountId: accountOf(input?.accountId), limit: input?.limit }),
    'alerts:overview': (input) => {
      const history = alerts.history({ limit: input?.historyLimit ?? 300 });
      // Bounded: the open alerts, and the ended ones only as far as the history shown names them.
      const named = new Set(history.map((transition) => transition.alertId));
      return {
        alerts: alerts.list({}).filter((alert) => alert.state !== 'resolved' || named.has(alert.id)),
        history,
        diagnoses: alerts.diagnoses({}),
        incidents: incidents.list({ limit: input?.incidentLimit ?? 200 }),
        trends: alerts.trends({}),
      };
    },
    'diagnoses:list': (input) => alerts.diagnoses({ accountId: accountOf(input?.accountId) }),
  };
}
