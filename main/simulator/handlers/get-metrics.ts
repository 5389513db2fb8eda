import { matchesAll, subjectOf, validateFilter } from '../filter-rules';
import { paginate } from '../json-api';
import { pageSizeFor } from '../query-parameters';
import { flowResource, metricResource, type Resource } from '../resources';
import { specFilters } from '../spec-parameters';
import type { SimAccount } from '../world';
import type { Handler } from './handler-context';

export function flowsTriggeredBy(account: SimAccount, metricId: string) {
  return account.flows.filter((flow) => flow.triggerMetricId === metricId);
}

/**
 * `GET /api/metrics`: in scenario order (the default order is our choice). A metric is listed from
 * its creation on, as Klaviyo lists it: with the clock moved back (a replay of the store's
 * history), a metric that starts later does not exist yet.
 */
export const getMetrics: Handler = (context) => {
  const { account, query, baseUrl } = context;
  const filter = query.text('filter');
  const conditions = filter === undefined ? [] : validateFilter(filter, specFilters.getMetrics);
  const metrics = account.metrics.filter((metric) =>
    metric.startMs <= context.nowMs &&
    matchesAll(conditions, subjectOf({ 'integration.name': metric.integration.name, 'integration.category': metric.integration.category })),
  );
  const { page, links } = paginate(metrics, pageSizeFor('getMetrics', query), { baseUrl, path: context.linkPath, pairs: query.pairs });
  const includeFlows = query.list('include')?.includes('flow-triggers') ?? false;
  const data = page.map((metric) =>
    metricResource(baseUrl, metric, query.list('fields[metric]'), includeFlows ? flowsTriggeredBy(account, metric.id).map((flow) => flow.id) : undefined),
  );
  if (!includeFlows) return { data, links };
  const included = new Map<string, Resource>();
  for (const metric of page) {
    for (const flow of flowsTriggeredBy(account, metric.id)) included.set(flow.id, flowResource(baseUrl, flow, query.list('fields[flow]')));
  }
  return { data, links, included: [...included.values()] };
};
