import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { apiRevision, jsonApiMediaType } from '../../shared/klaviyo/operations';
import { demoKeys, startSimulator, type RunningSimulator } from '../../main/simulator';
import { largeScenario, largeStoreKey, largeStoreSize } from '../support/large-scenario';
import { manualClock } from '../support/simulator-client';

/**
 * The demo store answers the cursor forms Klaviyo's official SDKs send back, as a client sees it
 * over HTTP: each page's `links.next` is fed back as the next request's `page[cursor]`, in one of
 * the forms the SDKs produce. Metrics come 200 a page, so the 450 metrics of the large store take
 * three pages; each must be counted exactly once. Its accounts carry a complete street address
 * (the Python SDK's model rejects a null city).
 */
const startIso = '2026-07-15T14:20:00Z';
const headers = { Authorization: `Klaviyo-API-Key ${largeStoreKey}`, revision: apiRevision, accept: jsonApiMediaType };

interface MetricsPage {
  data: { id: string }[];
  links?: { next?: string | null };
}

const test = base.extend<object, { store: RunningSimulator }>({
  store: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const store = await startSimulator({ clock: manualClock(startIso), enforceRateLimits: false, scenario: largeScenario() });
      await use(store);
      await store.close();
    },
    { scope: 'worker' },
  ],
});

/** The value under `page[cursor]` in a `links.next` URL, as the URL carries it. */
function cursorOf(link: string): string {
  return new URL(link).searchParams.get('page[cursor]') ?? '';
}

/** Each form a client may send back, as the query string of the next request. */
const forms: [string, (link: string) => string][] = [
  ['the raw cursor', (link) => `?page%5Bcursor%5D=${encodeURIComponent(cursorOf(link))}`],
  // The Python SDK splits an https link on `page[cursor]` and keeps the `=` after it.
  ['a leading "=" (Python SDK)', (link) => `?page%5Bcursor%5D=${encodeURIComponent(`=${cursorOf(link)}`)}`],
  ['the whole http links.next', (link) => `?page%5Bcursor%5D=${encodeURIComponent(link)}`],
  ['the whole https links.next', (link) => `?page%5Bcursor%5D=${encodeURIComponent(link.replace(/^http:/, 'https:'))}`],
  // The Node SDK hands the link to its query builder, which encodes it once more.
  ['a percent-encoded links.next (Node SDK)', (link) => `?page%5Bcursor%5D=${encodeURIComponent(encodeURIComponent(link))}`],
];

async function walkMetrics(request: APIRequestContext, baseUrl: string, form: (link: string) => string): Promise<string[]> {
  const ids: string[] = [];
  let query = '';
  for (let pages = 0; pages < 10; pages += 1) {
    const answer = await request.get(`${baseUrl}/api/metrics${query}`, { headers });
    expect({ status: answer.status(), body: answer.ok() ? '' : await answer.text() }).toEqual({ status: 200, body: '' });
    const page = (await answer.json()) as MetricsPage;
    ids.push(...page.data.map((metric) => metric.id));
    const next = page.links?.next;
    if (next == null) break;
    query = form(next);
  }
  return ids;
}

test.describe('the demo store with the cursors the official SDKs send', () => {
  for (const [name, form] of forms) {
    test(`pages through every metric exactly once, fed ${name}`, async ({ request, store }) => {
      const ids = await walkMetrics(request, store.url, form);
      expect(ids).toHaveLength(largeStoreSize.metrics);
      expect(new Set(ids).size).toBe(largeStoreSize.metrics);
    });
  }

  test('every demo account has a complete street address, all strings', async ({ request }) => {
    const demo = await startSimulator({ clock: manualClock(startIso), enforceRateLimits: false });
    try {
      for (const [name, key] of Object.entries(demoKeys)) {
        const answer = await request.get(`${demo.url}/api/accounts`, { headers: { ...headers, Authorization: `Klaviyo-API-Key ${key}` } });
        expect(answer.status()).toBe(200);
        const body = (await answer.json()) as { data: { attributes: { contact_information: { street_address: Record<string, unknown> } } }[] };
        const address = body.data[0]?.attributes.contact_information.street_address ?? {};
        expect(Object.keys(address).sort(), name).toEqual(['address1', 'address2', 'city', 'country', 'region', 'zip']);
        for (const [field, value] of Object.entries(address)) expect({ account: name, field, type: typeof value }).toEqual({ account: name, field, type: 'string' });
      }
    } finally {
      await demo.close();
    }
  });
});
