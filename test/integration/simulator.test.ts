import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRevision, operationNames, type OperationName } from '../../shared/klaviyo/operations';
import { demoKeys, startSimulator, type RunningSimulator } from '../../main/simulator';
import { loadSpecContract } from '../contract/openapi-contract';
import { aggregateQuery, manualClock, simulatorClient, type ApiAnswer } from '../support/simulator-client';

/** The slice of a JSON:API document these tests read. */
interface Resource {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data?: unknown; links: { self: string; related: string } }>;
  links: { self: string };
}
interface Collection {
  data: Resource[];
  links: { self: string; next?: string; prev?: string };
  included?: Resource[];
}
interface Aggregate {
  data: { type: string; id: string; attributes: { dates: string[]; data: { dimensions: string[]; measurements: Record<string, number[]> }[] }; links: { self: string } };
}
interface ErrorBody {
  errors: { id: string; code: string; title: string; detail: string; source?: { pointer?: string; parameter?: string } }[];
}

const collection = (answer: ApiAnswer) => answer.json as Collection;
const errorsOf = (answer: ApiAnswer) => answer.json as ErrorBody;

const startIso = '2026-07-15T14:20:00Z';
/** The spec subset is required: without it this file fails, naming where it looked. */
const contract = loadSpecContract();

/** A 200 in the operation's response schema; `sparse` for fieldsets, which drop required attributes. */
function expectSpecShape(operation: OperationName, answer: ApiAnswer, sparse = false) {
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toBe('application/vnd.api+json');
  expect(contract.validateResponse(operation, answer.status, answer.json, sparse)).toEqual([]);
}

describe('simulator: the seven operations', () => {
  let sim: RunningSimulator;
  let api: ReturnType<typeof simulatorClient>;
  let placedOrderId: string;

  beforeAll(async () => {
    sim = await startSimulator({ clock: manualClock(startIso), enforceRateLimits: false });
    api = simulatorClient(sim.url, demoKeys.outdoor);
    const metrics = collection(await api.get("/api/metrics?filter=equals(integration.name,'Shopify')"));
    placedOrderId = metrics.data.find((metric) => metric.attributes.name === 'Placed Order')?.id ?? '';
  });
  afterAll(() => sim.close());

  it('validates against the spec subset (and the check itself catches a bad document)', () => {
    const problems = contract.validateResponse('getFlowsTriggeredByMetric', 200, { data: [{ type: 'flows', id: 'x', attributes: {}, links: {} }], links: { self: 'x', next: null } }, false);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/data\/0\/type must be equal to one of the allowed values/),
        expect.stringMatching(/^\/data\/0\/links must have required property 'self'/),
        expect.stringMatching(/^\/links\/self must match format "uri"/),
        expect.stringMatching(/^\/links\/next must be string/),
      ]),
    );
  });

  it('lists the accounts with their demo keys', () => {
    expect(sim.url).toBe(`http://127.0.0.1:${sim.port}`);
    expect(sim.accounts.map(({ name, key, timezone, currency }) => ({ name, key, timezone, currency }))).toEqual([
      { name: 'Demo Outdoor Co.', key: demoKeys.outdoor, timezone: 'America/New_York', currency: 'USD' },
      { name: 'Demo Charity', key: demoKeys.charity, timezone: 'Europe/London', currency: 'GBP' },
    ]);
  });

  it('GET /api/accounts: exactly the key’s account, sparse fieldsets included', async () => {
    const full = await api.get('/api/accounts');
    expectSpecShape('getAccounts', full);
    const [account] = collection(full).data;
    expect(account).toMatchObject({ type: 'account', id: sim.accounts[0]?.id, attributes: { timezone: 'America/New_York', preferred_currency: 'USD' } });
    expect(account?.links.self).toBe(`${sim.url}/api/accounts/${sim.accounts[0]?.id}/`);

    const sparseAnswer = await api.get('/api/accounts?fields[account]=timezone,preferred_currency,contact_information.street_address.city');
    expectSpecShape('getAccounts', sparseAnswer, true);
    const sparse = collection(sparseAnswer);
    expect(sparse.data[0]?.attributes).toEqual({ timezone: 'America/New_York', preferred_currency: 'USD', contact_information: { street_address: { city: 'Burlington' } } });
    expect(sparse.links.self).toBe(`${sim.url}/api/accounts/?fields%5Baccount%5D=timezone%2Cpreferred_currency%2Ccontact_information.street_address.city`);
  });

  it('GET /api/metrics: integration name and category, filters, flow-triggers included', async () => {
    const all = await api.get('/api/metrics');
    expectSpecShape('getMetrics', all);
    const metrics = collection(all).data;
    expect(metrics).toHaveLength(16);
    expect(metrics.every((metric) => /^[A-Za-z0-9]{6}$/.test(metric.id))).toBe(true);
    expect(collection(all).links).not.toHaveProperty('next');

    const bigCommerce = collection(await api.get("/api/metrics?filter=equals(integration.name,'BigCommerce')&fields[metric]=name,integration"));
    expect(bigCommerce.data.map((metric) => [metric.attributes.name, (metric.attributes.integration as { category: string }).category])).toEqual([
      ['Placed Order', 'ecommerce'],
      ['Started Checkout', 'ecommerce'],
    ]);
    const klaviyo = collection(await api.get("/api/metrics?filter=equals(integration.name,'Klaviyo')&fields[metric]=name,integration"));
    expect(klaviyo.data.map((metric) => [metric.attributes.name, (metric.attributes.integration as { category: string }).category])).toEqual([
      ['Received Email', 'email'],
      ['Marked Email as Spam', 'email'],
      ['Bounced Email', 'email'],
      ['Unsubscribed', 'email'],
    ]);

    const withFlows = await api.get('/api/metrics?include=flow-triggers&fields[flow]=name,status');
    expectSpecShape('getMetrics', withFlows, true);
    const placedOrder = collection(withFlows).data.find((metric) => metric.id === placedOrderId);
    expect(placedOrder?.relationships?.['flow-triggers']?.data).toEqual([{ type: 'flow', id: expect.any(String) }]);
    expect(collection(withFlows).included?.map((flow) => Object.keys(flow.attributes).sort())).toContainEqual(['name', 'status']);
  });

  it('GET /api/flows: every flow, archived ones too, with the spec’s trigger types', async () => {
    const answer = await api.get('/api/flows?fields[flow]=name,status,trigger_type,archived,created,updated&sort=id');
    expectSpecShape('getFlows', answer, true);
    const flows = collection(answer).data;
    expect(flows.length).toBe(11);
    expect(flows.map((flow) => flow.id)).toEqual(flows.map((flow) => flow.id).sort());
    expect(new Set(flows.map((flow) => flow.attributes.trigger_type))).toEqual(new Set(['Metric', 'Added to List', 'Date Based', 'Price Drop']));
    const live = collection(await api.get("/api/flows?filter=and(equals(status,'live'),equals(archived,false))"));
    expect(live.data.every((flow) => flow.attributes.status === 'live' && flow.attributes.archived === false)).toBe(true);
  });

  it('GET /api/metrics/{id}/flow-triggers: the flows a metric triggers; unknown id is 404', async () => {
    const metrics = collection(await api.get("/api/metrics?filter=equals(integration.name,'BigCommerce')"));
    const bigCommercePlacedOrder = metrics.data.find((metric) => metric.attributes.name === 'Placed Order');
    const answer = await api.get(`/api/metrics/${bigCommercePlacedOrder?.id}/flow-triggers?fields[flow]=name,status`);
    expectSpecShape('getFlowsTriggeredByMetric', answer, true);
    expect(collection(answer).data.map((flow) => flow.attributes)).toEqual([
      { name: 'Order Confirmation (BigCommerce)', status: 'live' },
      { name: 'Repeat Customer Thank-You (BigCommerce)', status: 'manual' },
    ]);
    const unknown = await api.get('/api/metrics/NOPE00/flow-triggers');
    expect(unknown.status).toBe(404);
    expect(errorsOf(unknown).errors[0]).toMatchObject({ code: 'not_found' });
  });

  it('GET /api/profiles: email match ignores case; no match is 200 with data []', async () => {
    const found = await api.get(`/api/profiles?filter=${encodeURIComponent("equals(email,'Alex.Morgan@EXAMPLE.com')")}&fields[profile]=email,created,updated`);
    expectSpecShape('getProfiles', found, true);
    expect(collection(found).data.map((profile) => profile.attributes.email)).toEqual(['alex.morgan@example.com']);
    const none = await api.get(`/api/profiles?filter=${encodeURIComponent("equals(email,'nobody+test@example.com')")}`);
    expect(none.status).toBe(200);
    expect(collection(none).data).toEqual([]);
  });

  it('GET /api/events: and(profile_id, metric_id, datetime), newest first, metric and profile included', async () => {
    const profile = collection(await api.get(`/api/profiles?filter=${encodeURIComponent("equals(email,'alex.morgan@example.com')")}`)).data[0];
    const filter = `and(equals(profile_id,'${profile?.id}'),equals(metric_id,'${placedOrderId}'),greater-or-equal(datetime,2026-07-01T00:00:00Z))`;
    const answer = await api.get(`/api/events?filter=${encodeURIComponent(filter)}&sort=-datetime&page[size]=20&include=metric,profile`);
    expectSpecShape('getEvents', answer);
    const [event] = collection(answer).data;
    expect(event?.attributes).toMatchObject({ event_properties: { $value: 129.95, OrderId: '1042' }, datetime: '2026-07-13T10:00:00+00:00', timestamp: 1783936800 });
    expect(event?.relationships?.metric?.data).toEqual({ type: 'metric', id: placedOrderId });
    expect(collection(answer).included?.map((resource) => resource.type).sort()).toEqual(['metric', 'profile']);
  });

  it('POST /api/metric-aggregates: one zero-filled row aligned with local-midnight dates in UTC', async () => {
    const answer = await api.post(
      '/api/metric-aggregates',
      aggregateQuery(placedOrderId, '2026-07-10T00:00:00', '2026-07-20T00:00:00', { interval: 'day', timezone: 'America/New_York' }),
    );
    expectSpecShape('queryMetricAggregates', answer);
    const { attributes } = (answer.json as Aggregate).data;
    expect(attributes.dates).toHaveLength(10);
    expect(attributes.dates[0]).toBe('2026-07-10T04:00:00+00:00');
    const [row] = attributes.data;
    expect(row?.dimensions).toEqual([]);
    expect(Object.keys(row?.measurements ?? {})).toEqual(['count', 'sum_value', 'unique']);
    expect(row?.measurements.count).toHaveLength(10);
    expect(row?.measurements.count?.slice(6)).toEqual([0, 0, 0, 0]); // after the clock: nothing yet
    expect(row?.measurements.count?.[0]).toBeGreaterThan(100);
  });

  it('POST /api/metric-aggregates: 23 hourly buckets on New York’s spring-forward day; application/json accepted', async () => {
    const bigCommerce = collection(await api.get("/api/metrics?filter=equals(integration.name,'BigCommerce')")).data[0]?.id ?? '';
    const answer = await api.post(
      '/api/metric-aggregates',
      aggregateQuery(bigCommerce, '2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00', { interval: 'hour', timezone: 'America/New_York' }),
      { 'content-type': 'application/json' },
    );
    expect(answer.status).toBe(200);
    expect((answer.json as Aggregate).data.attributes.dates).toHaveLength(23);
  });

  it.each([
    ['no metric_id', { ...aggregateQuery('x', '2026-07-01T00:00:00', '2026-07-02T00:00:00'), data: { type: 'metric-aggregate', attributes: { measurements: ['count'], filter: ['greater-or-equal(datetime,2026-07-01T00:00:00)', 'less-than(datetime,2026-07-02T00:00:00)'] } } }, '/data/attributes/metric_id'],
    ['a wrong type', { data: { ...aggregateQuery('x', 'a', 'b').data, type: 'metric-aggregates' } }, '/data/type'],
    ['an unknown measurement', aggregateQuery('x', '2026-07-01T00:00:00', '2026-07-02T00:00:00', { measurements: ['count', 'sum'] }), '/data/attributes/measurements/1'],
    ['no time range', aggregateQuery('x', '2026-07-01T00:00:00', '2026-07-02T00:00:00', { filter: ['greater-or-equal(datetime,2026-07-01T00:00:00)'] }), '/data/attributes/filter'],
    ['a quoted datetime', aggregateQuery('x', "'2026-07-01T00:00:00'", '2026-07-02T00:00:00'), '/data/attributes/filter/0'],
    ['Factory', aggregateQuery('x', '2026-07-01T00:00:00', '2026-07-02T00:00:00', { timezone: 'Factory' }), '/data/attributes/timezone'],
    ['Europe/Kyiv', aggregateQuery('x', '2026-07-01T00:00:00', '2026-07-02T00:00:00', { timezone: 'Europe/Kyiv' }), '/data/attributes/timezone'],
    ['a miscased zone', aggregateQuery('x', '2026-07-01T00:00:00', '2026-07-02T00:00:00', { timezone: 'america/new_york' }), '/data/attributes/timezone'],
    ['an unknown interval', aggregateQuery('x', '2026-07-01T00:00:00', '2026-07-02T00:00:00', { interval: 'hourly' }), '/data/attributes/interval'],
  ])('POST /api/metric-aggregates refuses %s with 400 and source.pointer', async (_, body, pointer) => {
    const answer = await api.post('/api/metric-aggregates', body);
    expect(answer.status).toBe(400);
    expect(errorsOf(answer).errors[0]).toMatchObject({ code: 'invalid', source: { pointer } });
  });

  it('POST /api/metric-aggregates: unknown metric 404, wrong media type 415, invalid JSON 400', async () => {
    expect((await api.post('/api/metric-aggregates', aggregateQuery('NOPE00', '2026-07-01T00:00:00', '2026-07-02T00:00:00'))).status).toBe(404);
    expect((await api.post('/api/metric-aggregates', aggregateQuery(placedOrderId, '2026-07-01T00:00:00', '2026-07-02T00:00:00'), { 'content-type': 'text/plain' })).status).toBe(415);
    const broken = await api.post('/api/metric-aggregates', '{"data":');
    expect(broken.status).toBe(400);
    expect(errorsOf(broken).errors[0]?.source).toEqual({ pointer: '/' });
  });

  it('refuses parameters outside the spec with 400 naming the parameter', async () => {
    for (const [query, parameter] of [
      ['/api/flows?fields[flow]=name,colour', 'fields[flow]'],
      ['/api/flows?page[size]=51', 'page[size]'],
      ['/api/profiles?page[size]=0', 'page[size]'],
      ['/api/events?page[size]=1001', 'page[size]'],
      ['/api/metrics?page[size]=10', 'page[size]'],
      ['/api/flows?sort=priority', 'sort'],
      ["/api/metrics?filter=equals(name,'Placed Order')", 'filter'],
      ['/api/flows?filter=equals(archived,%27false%27)', 'filter'],
      ['/api/flows?page[cursor]=forged', 'page[cursor]'],
      ['/api/flows?fields[flow]=name&fields[flow]=status', 'fields[flow]'],
    ] as const) {
      const answer = await api.get(query);
      expect({ query, status: answer.status }).toEqual({ query, status: 400 });
      expect(errorsOf(answer).errors[0]?.source).toEqual({ parameter });
    }
  });

  it('walks flows and profiles page by page through links.next, which keeps the query and is absent at the end', async () => {
    const seen: string[] = [];
    let next: string | undefined = `${sim.url}/api/flows?page[size]=3&fields[flow]=name&sort=name`;
    let pages = 0;
    while (next !== undefined && pages < 10) {
      const page = collection(await api.get(next));
      expect(page.data.length).toBeLessThanOrEqual(3);
      seen.push(...page.data.map((flow) => flow.id));
      if (page.links.next !== undefined) {
        expect(new URL(page.links.next).searchParams.get('fields[flow]')).toBe('name');
        expect(new URL(page.links.next).searchParams.get('sort')).toBe('name');
      }
      next = page.links.next;
      pages += 1;
    }
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(11);

    const firstProfile = collection(await api.get('/api/profiles?page[size]=2'));
    expect(firstProfile.data).toHaveLength(2);
    const secondProfile = collection(await api.get(firstProfile.links.next ?? ''));
    expect(secondProfile.data).toHaveLength(1);
    expect(secondProfile.links).not.toHaveProperty('next');
  });

  it('records every request with a redacted key and its arrival on the simulator’s clock', async () => {
    await api.get('/api/flows?page%5Bsize%5D=2');
    const recorded = sim.requests.at(-1);
    expect(recorded).toMatchObject({
      receivedMs: Date.parse(startIso),
      method: 'GET',
      path: '/api/flows',
      rawQuery: 'page%5Bsize%5D=2',
      query: [['page[size]', '2']],
      status: 200,
      operation: 'getFlows',
      body: '',
    });
    expect(recorded?.headers.authorization).toBe('Klaviyo-API-Key pk_dem…');
    expect(recorded?.headers.revision).toBe(apiRevision);
    expect(JSON.stringify(sim.requests)).not.toContain(demoKeys.outdoor);
  });
});

describe('simulator: metrics pages', () => {
  it('pages metrics by 200, the spec’s fixed page size', async () => {
    const metrics = Array.from({ length: 250 }, (_, i) => ({ key: `m${i}`, name: `Metric ${i}`, integration: { name: 'API', category: 'api' }, baseHourlyRate: 1 }));
    const sim = await startSimulator({
      clock: manualClock(startIso),
      enforceRateLimits: false,
      scenario: { seed: 3, historyDays: 30, accounts: [{ name: 'Many', privateKey: 'pk_many', publicKey: 'Many01', timezone: 'UTC', currency: 'EUR', metrics }] },
    });
    try {
      const api = simulatorClient(sim.url, 'pk_many');
      const first = collection(await api.get('/api/metrics?fields[metric]=name'));
      expect(first.data).toHaveLength(200);
      const second = collection(await api.get(first.links.next ?? ''));
      expect(second.data.map((metric) => metric.attributes.name)).toEqual(metrics.slice(200).map((metric) => metric.name));
      expect(second.links).not.toHaveProperty('next');
    } finally {
      await sim.close();
    }
  });
});

describe('simulator: keys, revision, scopes', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ clock: manualClock(startIso), enforceRateLimits: false });
  });
  afterAll(() => sim.close());

  it.each([
    ['a wrong key', { authorization: 'Klaviyo-API-Key pk_not_a_key' }, 'authentication_failed'],
    ['a key with a stray space', { authorization: `Klaviyo-API-Key  ${demoKeys.outdoor}` }, 'authentication_failed'],
    ['a Bearer token', { authorization: `Bearer ${demoKeys.outdoor}` }, 'authentication_failed'],
    ['no key', { authorization: undefined }, 'not_authenticated'],
  ])('answers %s with 401 and an errors body', async (_, headers, code) => {
    const answer = await simulatorClient(sim.url, demoKeys.outdoor).get('/api/accounts', headers);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).toBe('application/vnd.api+json');
    expect(errorsOf(answer)).toEqual({ errors: [{ id: expect.any(String), code, title: expect.any(String), detail: expect.any(String) }] });
  });

  it('answers a bad key with 400 when configured so', async () => {
    const strict = await startSimulator({ clock: manualClock(startIso), authFailureStatus: 400 });
    try {
      expect((await simulatorClient(strict.url, 'pk_wrong').get('/api/accounts')).status).toBe(400);
    } finally {
      await strict.close();
    }
  });

  it.each([
    ['missing', undefined],
    ['malformed', '15-07-2026'],
    ['not a date', '2026-02-30'],
  ])('answers a %s revision with 400 naming the revision', async (_, revision) => {
    const answer = await simulatorClient(sim.url, demoKeys.outdoor).get('/api/accounts', { revision });
    expect(answer.status).toBe(400);
    expect(errorsOf(answer).errors[0]?.source).toEqual({ parameter: 'revision' });
  });

  it('accepts a revision with a suffix', async () => {
    expect((await simulatorClient(sim.url, demoKeys.outdoor).get('/api/accounts', { revision: '2026-07-15.pre' })).status).toBe(200);
  });

  it('answers a missing scope with 403 naming it; both scopes of flow-triggers are needed', async () => {
    const api = simulatorClient(sim.url, demoKeys.outdoor);
    sim.setFaults({ missingScopes: ['flows:read'] });
    try {
      const flows = await api.get('/api/flows');
      expect(flows.status).toBe(403);
      expect(errorsOf(flows).errors[0]).toMatchObject({ code: 'permission_denied', detail: 'This key is missing the flows:read scope' });
      expect((await api.get('/api/metrics/NOPE00/flow-triggers')).status).toBe(403);
      expect((await api.get('/api/metrics')).status).toBe(200);
      sim.setFaults({ missingScopes: ['flows:read', 'metrics:read'] });
      expect(errorsOf(await api.get('/api/metrics/NOPE00/flow-triggers')).errors[0]?.detail).toBe('This key is missing the flows:read and metrics:read scopes');
    } finally {
      sim.setFaults({ missingScopes: [] });
    }
  });

  it('answers unknown routes 404 and wrong methods 405, in the errors shape', async () => {
    const api = simulatorClient(sim.url, demoKeys.outdoor);
    expect((await api.get('/api/lists')).status).toBe(404);
    const wrongMethod = await api.post('/api/flows', {});
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
    expect(errorsOf(wrongMethod).errors).toHaveLength(1);
  });

  it('keeps each key to its own account', async () => {
    const charity = simulatorClient(sim.url, demoKeys.charity);
    const accounts = collection(await charity.get('/api/accounts'));
    expect(accounts.data.map((account) => account.attributes.timezone)).toEqual(['Europe/London']);
    const metrics = collection(await charity.get('/api/metrics'));
    expect(metrics.data.map((metric) => [metric.attributes.name, (metric.attributes.integration as { category: string }).category])).toEqual([
      ['Contribution made', 'donations'],
      ['Newsletter Signup', 'api'],
    ]);
  });
});

describe('simulator: rate limits', () => {
  it('answers a burst above the burst limit with 429 and Retry-After; the next second is free again', async () => {
    const clock = manualClock(startIso);
    const sim = await startSimulator({ clock });
    try {
      const api = simulatorClient(sim.url, demoKeys.outdoor);
      const burst = [];
      for (let i = 0; i < 4; i += 1) burst.push(await api.get('/api/flows?page[size]=1'));
      expect(burst.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
      expect(burst[0]?.headers.get('ratelimit-limit')).toBe('60');
      expect(burst[0]?.headers.get('ratelimit-remaining')).toBe('59');
      expect(burst[3]?.headers.get('retry-after')).toBe('1');
      // The log holds the instant each request was judged at: the four arrived in the same millisecond.
      expect(new Set(sim.requests.slice(0, 4).map((request) => request.receivedMs))).toEqual(new Set([Date.parse(startIso)]));
      expect(burst[3]?.headers.get('ratelimit-limit')).toBeNull();
      expect(errorsOf(burst[3] as ApiAnswer).errors[0]?.code).toBe('throttled');
      // Another operation and another key have their own windows.
      expect((await api.get('/api/metrics')).status).toBe(200);
      expect((await simulatorClient(sim.url, demoKeys.charity).get('/api/flows')).status).toBe(200);
      clock.advance(1000);
      expect((await api.get('/api/flows?page[size]=1')).status).toBe(200);
      expect(sim.requests.at(-1)?.receivedMs).toBe(Date.parse(startIso) + 1000);
      // accounts: 1/s burst, 15/min steady.
      for (let i = 0; i < 15; i += 1) {
        expect((await api.get('/api/accounts')).status).toBe(200);
        clock.advance(1000);
      }
      const steady = await api.get('/api/accounts');
      expect(steady.status).toBe(429);
      expect(steady.headers.get('retry-after')).toBe('45');
    } finally {
      await sim.close();
    }
  });

  it('can be switched off', async () => {
    const sim = await startSimulator({ clock: manualClock(startIso), enforceRateLimits: false });
    try {
      const api = simulatorClient(sim.url, demoKeys.outdoor);
      const statuses = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await api.get('/api/accounts')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
    } finally {
      await sim.close();
    }
  });
});

describe('simulator: determinism', () => {
  const testOrderEmail = 'same.again+test@example.com';

  /**
   * The raw bytes of one or more answers of each of the seven operations (pages, sparse fieldsets,
   * includes, a delivered test order), by label, so that a difference names its request.
   */
  async function bodiesOf(sim: RunningSimulator): Promise<Record<string, string>> {
    const api = simulatorClient(sim.url, demoKeys.outdoor, { connection: 'close' });
    sim.placeTestOrder({ email: testOrderEmail, value: 12.5, delayMs: 0 });
    const metricsAnswer = await api.get('/api/metrics');
    const metricId = collection(metricsAnswer).data[0]?.id ?? '';
    const profilesAnswer = await api.get('/api/profiles?page[size]=2');
    const profileId = collection(profilesAnswer).data[0]?.id ?? '';
    const flowsPage = await api.get('/api/flows?sort=-updated&page[size]=5');
    const testOrderProfile = await api.get(`/api/profiles?filter=${encodeURIComponent(`equals(email,'${testOrderEmail}')`)}`);
    const testOrderProfileId = collection(testOrderProfile).data[0]?.id ?? '';
    return {
      accounts: (await api.get('/api/accounts')).text,
      'accounts, sparse': (await api.get('/api/accounts?fields[account]=timezone,contact_information.street_address')).text,
      metrics: metricsAnswer.text,
      'metrics with flow triggers': (await api.get('/api/metrics?include=flow-triggers&fields[flow]=name')).text,
      'aggregates, hourly': (await api.post('/api/metric-aggregates', aggregateQuery(metricId, '2026-07-08T00:00:00', '2026-07-16T00:00:00', { interval: 'hour', timezone: 'America/New_York' }))).text,
      'aggregates, daily': (await api.post('/api/metric-aggregates', aggregateQuery(metricId, '2026-06-01T00:00:00', '2026-07-16T00:00:00', { interval: 'day', timezone: 'UTC' }))).text,
      'flows, first page': flowsPage.text,
      'flows, second page': (await api.get(collection(flowsPage).links.next ?? '')).text,
      'flow triggers': (await api.get(`/api/metrics/${metricId}/flow-triggers`)).text,
      'profiles, first page': profilesAnswer.text,
      'profiles, second page': (await api.get(collection(profilesAnswer).links.next ?? '')).text,
      'profile of the test order': testOrderProfile.text,
      events: (await api.get(`/api/events?filter=equals(profile_id,'${profileId}')&include=metric,profile`)).text,
      'events of the test order': (await api.get(`/api/events?filter=equals(profile_id,'${testOrderProfileId}')&fields[event]=datetime,event_properties,uuid`)).text,
    };
  }

  it('answers byte-identical bodies for the same seed and clock across two simulators, for all seven operations', async () => {
    const first = await startSimulator({ clock: manualClock(startIso), seed: 42, enforceRateLimits: false });
    const port = first.port;
    const firstBodies = await bodiesOf(first);
    expect(new Set(first.requests.map((request) => request.operation))).toEqual(new Set(operationNames));
    expect(first.requests.filter((request) => request.status !== 200)).toEqual([]);
    await first.close();
    // Same port, so the absolute links inside the bodies are the same too.
    const second = await startSimulator({ clock: manualClock(startIso), seed: 42, port, enforceRateLimits: false });
    try {
      expect(await bodiesOf(second)).toEqual(firstBodies);
    } finally {
      await second.close();
    }
    const other = await startSimulator({ clock: manualClock(startIso), seed: 43, port, enforceRateLimits: false });
    try {
      const otherBodies = await bodiesOf(other);
      // Another seed is another store: ids and volumes differ wherever they appear.
      for (const label of ['accounts', 'metrics', 'aggregates, hourly', 'flows, first page', 'profiles, first page', 'events of the test order']) {
        expect({ label, same: otherBodies[label] === firstBodies[label] }).toEqual({ label, same: false });
      }
    } finally {
      await other.close();
    }
  });
});

describe('simulator: test orders', () => {
  const email = 'first.timer+test@example.com';

  async function lookUp(api: ReturnType<typeof simulatorClient>, placedOrderId: string) {
    const profiles = collection(await api.get(`/api/profiles?filter=${encodeURIComponent(`equals(email,'${email}')`)}`));
    const profileId = profiles.data[0]?.id;
    if (profileId === undefined) return { profile: false, events: [] as Resource[] };
    const filter = `and(equals(profile_id,'${profileId}'),equals(metric_id,'${placedOrderId}'),greater-or-equal(datetime,2026-07-15T00:00:00Z))`;
    const events = collection(await api.get(`/api/events?filter=${encodeURIComponent(filter)}&sort=-datetime`));
    return { profile: true, events: events.data };
  }

  it('shows the profile and its Placed Order only once the delay has passed on the simulator’s clock', async () => {
    const clock = manualClock(startIso);
    const sim = await startSimulator({ clock, enforceRateLimits: false, testOrderDelayMs: 60_000 });
    try {
      const api = simulatorClient(sim.url, demoKeys.outdoor);
      const metrics = collection(await api.get("/api/metrics?filter=equals(integration.name,'Shopify')"));
      const placedOrderId = metrics.data.find((metric) => metric.attributes.name === 'Placed Order')?.id ?? '';
      sim.placeTestOrder({ email, value: 42.5 });
      expect(await lookUp(api, placedOrderId)).toEqual({ profile: false, events: [] });
      clock.advance(59_000);
      expect(await lookUp(api, placedOrderId)).toEqual({ profile: false, events: [] });
      clock.advance(1_000);
      const { profile, events } = await lookUp(api, placedOrderId);
      expect(profile).toBe(true);
      expect(events).toHaveLength(1);
      expect(events[0]?.attributes).toMatchObject({
        datetime: '2026-07-15T14:20:00+00:00',
        event_properties: { $value: 42.5, OrderId: expect.stringMatching(/^TEST-\d+$/), ItemNames: expect.arrayContaining([expect.any(String)]) },
      });

      // The control route does the same from outside the process.
      const control = await fetch(`${sim.url}/__simulator/test-orders`, { method: 'POST', body: JSON.stringify({ email, delayMs: 0 }) });
      expect(control.status).toBe(202);
      expect((await lookUp(api, placedOrderId)).events).toHaveLength(2);
      const refused = await fetch(`${sim.url}/__simulator/test-orders`, { method: 'POST', body: JSON.stringify({ email: 'not-an-email' }) });
      expect(refused.status).toBe(400);
      expect(await (await fetch(`${sim.url}/__simulator/health`)).json()).toEqual({ ok: true });
    } finally {
      await sim.close();
    }
  });

  it('never delivers when told so', async () => {
    const clock = manualClock(startIso);
    const sim = await startSimulator({ clock, enforceRateLimits: false, neverDeliverTestOrders: true });
    try {
      const api = simulatorClient(sim.url, demoKeys.outdoor);
      sim.placeTestOrder({ email, delayMs: 0 });
      clock.advance(24 * 3_600_000);
      expect(await lookUp(api, 'any')).toEqual({ profile: false, events: [] });
      expect(() => sim.placeTestOrder({ email, accountKey: 'pk_unknown' })).toThrow(/No simulated account/);
    } finally {
      await sim.close();
    }
  });
});
