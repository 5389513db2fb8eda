import type { HandlerGroup, HandlerServices } from './handler-services';

/** The app itself: what runs where, and its log folder. */
export function appHandlers(services: Pick<HandlerServices, 'info' | 'openLogsFolder'>): HandlerGroup<'app'> {
  return {
    'app:info': () => services.info(),
    'app:openLogs': async () => ({ opened: await services.openLogsFolder() }),
  };
}
