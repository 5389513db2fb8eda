import type { HandlerGroup, HandlerServices } from './handler-services';

/** Per-metric monitor settings: sensitivity, mute and the minimum hourly volume. */
export function monitorHandlers({ metricMonitors }: Pick<HandlerServices, 'metricMonitors'>): HandlerGroup<'monitors'> {
  return {
    'monitors:list': ({ accountId }) => metricMonitors.list(accountId),
    'monitors:get': ({ accountId, metricId }) => metricMonitors.get(accountId, metricId),
    'monitors:set': (patch) => metricMonitors.set(patch),
  };
}
