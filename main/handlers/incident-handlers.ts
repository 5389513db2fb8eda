import { accountGetter, type HandlerGroup, type HandlerServices } from './handler-services';

/** Incidents: the grouped drops the screens show, and what the operator does about them. */
export function incidentHandlers({ accounts, incidents }: Pick<HandlerServices, 'accounts' | 'incidents'>): HandlerGroup<'incidents'> {
  const requireAccount = accountGetter(accounts);
  return {
    'incidents:list': (input) => incidents.list({ accountId: input?.accountId && requireAccount(input.accountId).id, limit: input?.limit }),
    'incidents:get': ({ incidentId }) => incidents.get(incidentId),
    'incidents:dismiss': ({ incidentId }) => incidents.dismiss(incidentId),
    'incidents:restore': ({ incidentId }) => incidents.restore(incidentId),
    'incidents:snooze': ({ incidentId, days }) => incidents.snooze(incidentId, days),
    'incidents:unsnooze': ({ incidentId }) => incidents.unsnooze(incidentId),
    'incidents:markRead': ({ incidentIds }) => ({ marked: incidents.markRead(incidentIds) }),
  };
}
