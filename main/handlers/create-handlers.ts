import type { Handlers } from '../../shared/ipc/contract';
import { accountHandlers } from './account-handlers';
import { alertHandlers } from './alert-handlers';
import { appHandlers } from './app-handlers';
import { incidentHandlers } from './incident-handlers';
import { announcingChanges } from './change-events';
import type { HandlerServices } from './handler-services';
import { metricHandlers } from './metric-handlers';
import { monitorHandlers } from './monitor-handlers';
import { settingsHandlers } from './settings-handlers';
import { syncHandlers } from './sync-handlers';
import { wizardHandlers } from './wizard-handlers';

export type { HandlerServices } from './handler-services';

/**
 * Contract channel -> service call, one group per domain, joined here; the mutating channels then
 * announce their change (change-events.ts). Validation happens in the dispatcher. A channel no
 * group answers fails `tsc` (the return type is `Handlers`).
 */
export function createHandlers(services: HandlerServices): Handlers {
  const handlers: Handlers = {
    ...appHandlers(services),
    ...settingsHandlers(services),
    ...accountHandlers(services),
    ...syncHandlers(services),
    ...metricHandlers(services),
    ...alertHandlers(services),
    ...incidentHandlers(services),
    ...monitorHandlers(services),
    ...wizardHandlers(services),
  };
  return announcingChanges(handlers, services.events);
}
