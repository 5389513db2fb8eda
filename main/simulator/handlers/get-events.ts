import { invalidParameter } from '../api-error';
import { matchesAll, subjectOf, validateFilter, type Operand } from '../filter-rules';
import { paginate } from '../json-api';
import { eventResource, metricResource, profileResource, type Resource } from '../resources';
import { pageSizeFor } from '../query-parameters';
import { specFilters } from '../spec-parameters';
import type { SimEvent } from '../world';
import type { Handler } from './handler-context';
import { sortBy } from './sorting';

function eventFields(event: SimEvent): Record<string, Operand> {
  return {
    metric_id: event.metricId,
    profile_id: event.profileId,
    profile: event.profileId,
    metric: event.metricId,
    datetime: event.timeMs,
    timestamp: Math.floor(event.timeMs / 1000),
  };
}

/**
 * `GET /api/events`: the scenario's sample events and delivered test orders (the synthetic hourly
 * volume behind the aggregates is not materialised as single events). Oldest first unless `sort`
 * says otherwise (our choice).
 */
export const getEvents: Handler = (context) => {
  const { account, query, baseUrl } = context;
  const activity = context.activity();
  const filter = query.text('filter');
  const conditions = filter === undefined ? [] : validateFilter(filter, specFilters.getEvents);
  const pageSize = pageSizeFor('getEvents', query);
  if (pageSize > context.behaviour.eventsPageSizeLimit) {
    throw invalidParameter('page[size]', `page[size] must be a whole number from 1 to ${context.behaviour.eventsPageSizeLimit}`);
  }
  const events = sortBy(
    sortBy(activity.events, 'datetime', (event) => event.timeMs).filter((event) => matchesAll(conditions, subjectOf(eventFields(event)))),
    query.text('sort'),
    (event, field) => eventFields(event)[field] ?? null,
  );
  const { page, links } = paginate(events, pageSize, { baseUrl, path: context.linkPath, pairs: query.pairs });
  const include = query.list('include') ?? [];
  const data = page.map((event) => eventResource(baseUrl, event, query.list('fields[event]'), include));
  if (include.length === 0) return { data, links };

  const included = new Map<string, Resource>();
  for (const event of page) {
    const metric = account.metrics.find((candidate) => candidate.id === event.metricId);
    if (include.includes('metric') && metric) {
      included.set(`metric:${metric.id}`, metricResource(baseUrl, metric, query.list('fields[metric]'), undefined));
    }
    const profile = activity.profiles.find((candidate) => candidate.id === event.profileId);
    if (include.includes('profile') && profile) {
      included.set(
        `profile:${profile.id}`,
        profileResource(baseUrl, profile, { fields: query.list('fields[profile]') }),
      );
    }
  }
  return { data, links, included: [...included.values()] };
};
