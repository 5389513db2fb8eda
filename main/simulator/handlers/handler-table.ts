import type { HandlerTable } from './handler-context';
import { getAccounts } from './get-accounts';
import { getEvents } from './get-events';
import { getFlowTriggers } from './get-flow-triggers';
import { getFlows } from './get-flows';
import { getMetrics } from './get-metrics';
import { getProfiles } from './get-profiles';
import { queryMetricAggregates } from './query-metric-aggregates';

/** One handler per operation of `shared/klaviyo/operations.ts`; a missing one fails the type check. */
export const handlers: HandlerTable = {
  getAccounts,
  getMetrics,
  queryMetricAggregates,
  getFlows,
  getFlowsTriggeredByMetric: getFlowTriggers,
  getProfiles,
  getEvents,
};
