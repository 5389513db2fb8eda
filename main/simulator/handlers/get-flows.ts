import { matchesAll, subjectOf, validateFilter, type Operand } from '../filter-rules';
import { paginate } from '../json-api';
import { flowResource } from '../resources';
import { pageSizeFor } from '../query-parameters';
import { specFilters } from '../spec-parameters';
import type { SimFlow } from '../world';
import type { Handler } from './handler-context';
import { sortBy } from './sorting';

export function flowFields(flow: SimFlow): Record<string, Operand> {
  return {
    id: flow.id,
    name: flow.name,
    status: flow.status,
    archived: flow.archived,
    created: flow.createdMs,
    updated: flow.updatedMs,
    trigger_type: flow.triggerType,
  };
}

/** `GET /api/flows`: scenario order unless `sort` says otherwise (the default order is our choice). */
export const getFlows: Handler = (context) => {
  const { account, query, baseUrl } = context;
  const filter = query.text('filter');
  const conditions = filter === undefined ? [] : validateFilter(filter, specFilters.getFlows);
  const filtersArchived = conditions.some((condition) => condition.field === 'archived');
  const flows = account.flows.filter(
    (flow) => matchesAll(conditions, subjectOf(flowFields(flow))) && (filtersArchived || context.behaviour.listArchivedFlows || !flow.archived),
  );
  const sorted = sortBy(flows, query.text('sort'), (flow, field) => flowFields(flow)[field] ?? null);
  const { page, links } = paginate(sorted, pageSizeFor('getFlows', query), { baseUrl, path: context.linkPath, pairs: query.pairs });
  const include = query.list('include') ?? [];
  const data = page.map((flow) => flowResource(baseUrl, flow, query.list('fields[flow]'), include));
  // We model no flow actions or tags, so an include adds nothing to `included`.
  return include.length === 0 ? { data, links } : { data, links, included: [] };
};
