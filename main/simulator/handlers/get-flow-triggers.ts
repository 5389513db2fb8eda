import { notFound } from '../api-error';
import { apiUrl } from '../json-api';
import { flowResource } from '../resources';
import type { Handler } from './handler-context';
import { flowsTriggeredBy } from './get-metrics';

/**
 * `GET /api/metrics/{id}/flow-triggers`: the flows a metric triggers, one page (the spec gives
 * this operation no paging parameters). An id that is not one of the key's metrics is a 404
 * (our choice; the spec does not say).
 */
export const getFlowTriggers: Handler = (context) => {
  const { account, pathId, baseUrl } = context;
  const metric = account.metrics.find((candidate) => candidate.id === pathId);
  if (!metric) throw notFound(`Metric with id ${pathId ?? ''} does not exist.`);
  return {
    data: flowsTriggeredBy(account, metric.id).map((flow) => flowResource(baseUrl, flow, context.query.list('fields[flow]'))),
    links: { self: apiUrl(baseUrl, context.linkPath, context.query.pairs) },
  };
};
