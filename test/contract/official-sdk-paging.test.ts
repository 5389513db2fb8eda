import { ApiKeySession, MetricsApi } from 'klaviyo-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoKeys, startSimulator, type RunningSimulator } from '../../main/simulator';
import { largeScenario, largeStoreKey, largeStoreSize } from '../support/large-scenario';
import { manualClock, simulatorClient } from '../support/simulator-client';

/**
 * The demo store driven the way Klaviyo's official SDKs document it: "pass `links.next` as the
 * page cursor". The Node SDK is the real one from node_modules; the Python SDK's cursor handling
 * (klaviyo-api-python, wrapper.py `_page_cursor_update`) is restated below, since no Python runs
 * here. A vitest contract test rather than a browser spec: no screen is involved, and the real
 * Node SDK runs in the test's own process.
 */
const startIso = '2026-07-15T14:20:00Z';

/** wrapper.py: only an https link is split, on the first token found, keeping the `=` after it. */
function pythonSdkPageCursor(pageCursor: string): string {
  let cursor = pageCursor;
  if (cursor.includes('https://')) {
    const token = ['page%5Bcursor%5D', 'page[cursor]'].find((candidate) => cursor.includes(candidate));
    if (token !== undefined) cursor = (cursor.split(token).pop() ?? '').split('&')[0] ?? '';
  }
  return decodeURIComponent(cursor);
}

interface MetricsPage {
  data: { id: string }[];
  links?: { next?: string | null };
}

describe('the demo store with the official SDKs', () => {
  let large: RunningSimulator;

  beforeAll(async () => {
    large = await startSimulator({ clock: manualClock(startIso), enforceRateLimits: false, scenario: largeScenario() });
  });
  afterAll(() => large.close());

  it('Node SDK: getMetrics({ pageCursor: links.next }) walks every page', async () => {
    const metrics = new MetricsApi(new ApiKeySession(largeStoreKey));
    metrics.basePath = large.url;
    const ids: string[] = [];
    let next: string | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const { body } = await metrics.getMetrics(next === undefined ? {} : { pageCursor: next });
      ids.push(...body.data.map((metric) => metric.id));
      next = body.links?.next ?? undefined;
      if (next === undefined) break;
    }
    expect(new Set(ids).size).toBe(largeStoreSize.metrics);
  });

  it.each([
    ['as given (http)', (link: string) => link],
    ['behind an https front', (link: string) => link.replace(/^http:/, 'https:')],
  ])('Python SDK: get_metrics(page_cursor=links.next) walks every page, links %s', async (_, asSeen) => {
    const api = simulatorClient(large.url, largeStoreKey);
    const ids: string[] = [];
    let query = '';
    for (let pages = 0; pages < 10; pages += 1) {
      const answer = await api.get(`/api/metrics${query}`);
      expect({ status: answer.status, body: answer.status === 200 ? '' : answer.text }).toEqual({ status: 200, body: '' });
      const page = answer.json as MetricsPage;
      ids.push(...page.data.map((metric) => metric.id));
      const next = page.links?.next;
      if (next == null) break;
      // The generated client sends the value percent-encoded under page[cursor].
      query = `?page%5Bcursor%5D=${encodeURIComponent(pythonSdkPageCursor(asSeen(next)))}`;
    }
    expect(new Set(ids).size).toBe(largeStoreSize.metrics);
  });

  it.each(Object.entries(demoKeys))(
    'the %s demo account has a complete street address (the Python SDK model requires a city string)',
    async (_, key) => {
      const demo = await startSimulator({ clock: manualClock(startIso), enforceRateLimits: false });
      try {
        const answer = await simulatorClient(demo.url, key).get('/api/accounts');
        const account = (answer.json as { data: { attributes: { contact_information: { street_address: Record<string, unknown> } } }[] }).data[0];
        const address = account?.attributes.contact_information.street_address ?? {};
        expect(Object.keys(address).sort()).toEqual(['address1', 'address2', 'city', 'country', 'region', 'zip']);
        for (const [field, value] of Object.entries(address)) expect({ field, type: typeof value }).toEqual({ field, type: 'string' });
      } finally {
        await demo.close();
      }
    },
  );
});
