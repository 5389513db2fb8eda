import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonApiMediaType, operationNames, type OperationName } from '../../shared/klaviyo/operations';
import { demoKeys, startSimulator, type RunningSimulator } from '../../main/simulator';
import { largeScenario, largeStoreKey } from '../support/large-scenario';
import { aggregateQuery, manualClock, simulatorClient, type ApiAnswer } from '../support/simulator-client';
import { loadSpecContract } from './openapi-contract';

/**
 * Every kind of answer the simulator gives for the seven operations validates against the spec
 * subset: full documents, sparse fieldsets and includes, every page of a walk, and the error
 * bodies (400, 401, 403, 404, 429, 5xx). Sparse answers are checked without the spec's required
 * attribute lists (digest §4); everything else strictly.
 */
const contract = loadSpecContract();
const startIso = '2026-07-15T14:20:00Z';
type Api = ReturnType<typeof simulatorClient>;

interface Next {
  links?: { next?: string };
}

function expectValid(operation: OperationName, answer: ApiAnswer, status: number, sparse = false) {
  const label = `${operation} ${status}${sparse ? ' sparse' : ''}`;
  expect({ label, status: answer.status, contentType: answer.headers.get('content-type') }).toEqual({ label, status, contentType: jsonApiMediaType });
  expect({ label, problems: contract.validateResponse(operation, answer.status, answer.json, sparse) }).toEqual({ label, problems: [] });
}

/** Every page from `first` on, following links.next; each one validated. */
async function walk(api: Api, operation: OperationName, first: string, sparse: boolean): Promise<number> {
  let next: string | undefined = first;
  let pages = 0;
  while (next !== undefined && pages < 50) {
    const answer = await api.get(next);
    expectValid(operation, answer, 200, sparse);
    next = (answer.json as Next).links?.next;
    pages += 1;
  }
  return pages;
}

describe('simulator answers against the spec subset', () => {
  let sim: RunningSimulator;
  let api: Api;
  let metricId: string;
  let profileId: string;

  /** One ordinary request per operation, for the error cases that apply to all of them. */
  const plainRequest = (client: Api, operation: OperationName): Promise<ApiAnswer> => {
    const requests: Record<OperationName, () => Promise<ApiAnswer>> = {
      getAccounts: () => client.get('/api/accounts'),
      getMetrics: () => client.get('/api/metrics'),
      queryMetricAggregates: () => client.post('/api/metric-aggregates', aggregateQuery(metricId, '2026-07-01T00:00:00', '2026-07-02T00:00:00')),
      getFlows: () => client.get('/api/flows'),
      getFlowsTriggeredByMetric: () => client.get(`/api/metrics/${metricId}/flow-triggers`),
      getProfiles: () => client.get('/api/profiles'),
      getEvents: () => client.get('/api/events'),
    };
    return requests[operation]();
  };

  beforeAll(async () => {
    sim = await startSimulator({ clock: manualClock(startIso), enforceRateLimits: false });
    api = simulatorClient(sim.url, demoKeys.outdoor);
    const metrics = (await api.get("/api/metrics?filter=equals(integration.name,'Shopify')")).json as { data: { id: string }[] };
    metricId = metrics.data[0]?.id ?? '';
    const profiles = (await api.get(`/api/profiles?filter=${encodeURIComponent("equals(email,'alex.morgan@example.com')")}`)).json as { data: { id: string }[] };
    profileId = profiles.data[0]?.id ?? '';
  });
  afterAll(() => sim.close());

  it('200, full documents with every include', async () => {
    expectValid('getAccounts', await api.get('/api/accounts'), 200);
    expectValid('getMetrics', await api.get('/api/metrics?include=flow-triggers'), 200);
    for (const interval of ['hour', 'day', 'week', 'month']) {
      const body = aggregateQuery(metricId, '2026-06-01T00:00:00', '2026-07-16T00:00:00', { interval, timezone: 'America/New_York' });
      expectValid('queryMetricAggregates', await api.post('/api/metric-aggregates', body), 200);
    }
    const byFlow = aggregateQuery(metricId, '2026-07-01T00:00:00', '2026-07-08T00:00:00', { by: ['$flow', 'Campaign Name'], sort: '-count', page_size: 10 });
    expectValid('queryMetricAggregates', await api.post('/api/metric-aggregates', byFlow), 200);
    expectValid('getFlows', await api.get('/api/flows?include=flow-actions,tags'), 200);
    expectValid('getFlowsTriggeredByMetric', await api.get(`/api/metrics/${metricId}/flow-triggers`), 200);
    expectValid('getProfiles', await api.get('/api/profiles?additional-fields[profile]=subscriptions,predictive_analytics&include=push-tokens,conversations'), 200);
    expectValid('getEvents', await api.get(`/api/events?filter=equals(profile_id,'${profileId}')&include=metric,profile,attributions`), 200);
  });

  it('200, sparse fieldsets (nested sub-paths included)', async () => {
    expectValid('getAccounts', await api.get('/api/accounts?fields[account]=timezone,preferred_currency,contact_information.street_address.city'), 200, true);
    expectValid('getMetrics', await api.get('/api/metrics?fields[metric]=name&include=flow-triggers&fields[flow]=name'), 200, true);
    const body = aggregateQuery(metricId, '2026-07-01T00:00:00', '2026-07-03T00:00:00');
    expectValid('queryMetricAggregates', await api.post('/api/metric-aggregates?fields[metric-aggregate]=dates', body), 200, true);
    expectValid('getFlows', await api.get('/api/flows?fields[flow]=name,status'), 200, true);
    expectValid('getFlowsTriggeredByMetric', await api.get(`/api/metrics/${metricId}/flow-triggers?fields[flow]=trigger_type`), 200, true);
    expectValid('getProfiles', await api.get('/api/profiles?fields[profile]=email,location.city'), 200, true);
    expectValid('getEvents', await api.get(`/api/events?fields[event]=datetime&include=profile&fields[profile]=email&filter=equals(profile_id,'${profileId}')`), 200, true);
  });

  it('200, every page of flows, profiles and events', async () => {
    expect(await walk(api, 'getFlows', '/api/flows?page[size]=3&sort=-created', false)).toBe(4);
    expect(await walk(api, 'getProfiles', '/api/profiles?page[size]=1&fields[profile]=email', true)).toBe(3);
    expect(await walk(api, 'getEvents', `/api/events?page[size]=1&filter=equals(profile_id,'${profileId}')`, false)).toBe(3);
  });

  it('200, every page of 450 metrics', async () => {
    const large = await startSimulator({ clock: manualClock(startIso), enforceRateLimits: false, scenario: largeScenario() });
    try {
      expect(await walk(simulatorClient(large.url, largeStoreKey), 'getMetrics', '/api/metrics', false)).toBe(3);
    } finally {
      await large.close();
    }
  });

  it('400: a filter, a body and a revision the simulator refuses', async () => {
    expectValid('getFlows', await api.get("/api/flows?filter=equals(colour,'red')"), 400);
    expectValid('getProfiles', await api.get('/api/profiles?page[size]=0'), 400);
    expectValid('getEvents', await api.get('/api/events?sort=priority'), 400);
    expectValid('queryMetricAggregates', await api.post('/api/metric-aggregates', { data: { type: 'metric-aggregate', attributes: { measurements: ['count'] } } }), 400);
    expectValid('queryMetricAggregates', await api.post('/api/metric-aggregates', '{"data":'), 400);
    expectValid('getAccounts', await api.get('/api/accounts', { revision: undefined }), 400);
  });

  it.each(operationNames)('401: %s with an unknown key', async (operation) => {
    expectValid(operation, await plainRequest(simulatorClient(sim.url, 'pk_not_a_key'), operation), 401);
  });

  it('403: a key without flows:read', async () => {
    sim.setFaults({ missingScopes: ['flows:read'] });
    try {
      expectValid('getFlows', await plainRequest(api, 'getFlows'), 403);
      expectValid('getFlowsTriggeredByMetric', await plainRequest(api, 'getFlowsTriggeredByMetric'), 403);
    } finally {
      sim.setFaults({ missingScopes: [] });
    }
  });

  it('404: an unknown metric', async () => {
    expectValid('getFlowsTriggeredByMetric', await api.get('/api/metrics/NOPE00/flow-triggers'), 404);
    expectValid('queryMetricAggregates', await api.post('/api/metric-aggregates', aggregateQuery('NOPE00', '2026-07-01T00:00:00', '2026-07-02T00:00:00')), 404);
  });

  it.each(operationNames)('429 and 5xx: %s throttled and failing', async (operation) => {
    sim.setFaults({ rateLimitStorm: 1 });
    expectValid(operation, await plainRequest(api, operation), 429);
    sim.setFaults({ serverErrorRate: 1 });
    try {
      const statuses = new Set<number>();
      // The status (500 or 503) is drawn per request: a few requests meet both.
      for (let i = 0; i < 6; i += 1) {
        const answer = await plainRequest(api, operation);
        statuses.add(answer.status);
        expectValid(operation, answer, answer.status);
      }
      expect([...statuses].every((status) => status === 500 || status === 503)).toBe(true);
    } finally {
      sim.setFaults({ serverErrorRate: 0 });
    }
  });

  it('429 from the rate limits themselves, not only from the injected storm', async () => {
    const limited = await startSimulator({ clock: manualClock(startIso) });
    try {
      const client = simulatorClient(limited.url, demoKeys.outdoor);
      expectValid('getAccounts', await client.get('/api/accounts'), 200);
      const refused = await client.get('/api/accounts');
      expectValid('getAccounts', refused, 429);
      expect(refused.headers.get('retry-after')).toBe('1');
    } finally {
      await limited.close();
    }
  });
});
