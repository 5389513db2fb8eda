import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHostServices, type HostServices } from '../support/host-services';
import { requiredScopes } from '../../shared/klaviyo/operations';
import { demoKeys, startSimulator, type RunningSimulator } from '../../main/simulator';
import { noFaults } from '../../main/simulator/faults';
import { tempDir } from '../support/temp-dir';

/**
 * "Check the key" on the Accounts screen, through the same dispatcher the window uses, against the
 * simulator standing in for the real API. A refusal (401, 403) is answered after one request and
 * names its cause; only 429, 5xx and network failures are tried again, and then only once, so the
 * person at the button hears back quickly. Attempts are counted on the server, never timed.
 */
let remote: RunningSimulator;
let host: HostServices;
const dir = tempDir('key-check');

beforeAll(async () => {
  remote = await startSimulator({ enforceRateLimits: false });
  host = createHostServices(dir.path, 'en-US', { realApiBaseUrl: remote.url, schedule: false });
});
afterAll(async () => {
  await host.core.dispose();
  await remote.close();
  dir.remove();
});
afterEach(() => remote.setFaults(noFaults));

/** Runs "Check the key" and returns its answer with the requests the API received meanwhile. */
async function check(key: string) {
  const before = remote.requests.length;
  const result = await host.core.dispatch('accounts:preview', { key });
  const requests = remote.requests.slice(before).map((request) => ({ operation: request.operation, status: request.status }));
  return { result, requests };
}

describe('checking a key', () => {
  it('a key the API does not know is "invalid-key" after one request (401), never retried', async () => {
    const { result, requests } = await check('pk_not_a_key_this_account_has_0000');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-key' } });
    expect(requests).toEqual([{ operation: 'getAccounts', status: 401 }]);
  });

  it.each([...requiredScopes])('a key without %s is "missing-scope" naming it, after one refused request (403)', async (scope) => {
    remote.setFaults({ missingScopes: [scope] });
    const { result, requests } = await check(demoKeys.outdoor);
    expect(result).toMatchObject({ ok: false, error: { code: 'missing-scope', params: { scope } } });
    expect(requests.filter((request) => request.status === 403)).toHaveLength(1);
    expect(requests.at(-1)?.status).toBe(403);
  });

  it('a key with every scope opens the account, one request per scope checked', async () => {
    const { result, requests } = await check(demoKeys.outdoor);
    expect(result).toMatchObject({ ok: true, value: { name: 'Demo Outdoor Co.' } });
    expect(requests.every((request) => request.status === 200)).toBe(true);
    expect(requests.map((request) => request.operation)).toEqual(['getAccounts', 'getMetrics', 'getFlows', 'getProfiles', 'getEvents']);
  });

  it('a server error is tried once more, then named "server-error"', async () => {
    remote.setFaults({ serverErrorRate: 1 });
    const { result, requests } = await check(demoKeys.outdoor);
    expect(result).toMatchObject({ ok: false, error: { code: 'server-error' } });
    expect(requests.map((request) => request.operation)).toEqual(['getAccounts', 'getAccounts']);
  });

  it('a connection that keeps breaking is tried once more, then named "unreachable"', async () => {
    remote.setFaults({ dropConnections: 10 });
    const { result, requests } = await check(demoKeys.outdoor);
    expect(result).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(requests).toEqual([
      { operation: 'getAccounts', status: 0 },
      { operation: 'getAccounts', status: 0 },
    ]);
  });

  it('a 429 is tried once more after its Retry-After, and the check then succeeds', async () => {
    remote.setFaults({ rateLimitStorm: 1 });
    const { result, requests } = await check(demoKeys.outdoor);
    expect(result).toMatchObject({ ok: true });
    expect(requests.slice(0, 2)).toEqual([
      { operation: 'getAccounts', status: 429 },
      { operation: 'getAccounts', status: 200 },
    ]);
  });

  it('a 429 that keeps coming is named "rate-limited" after the second attempt', async () => {
    remote.setFaults({ rateLimitStorm: 10 });
    const { result, requests } = await check(demoKeys.outdoor);
    expect(result).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect(requests).toHaveLength(2);
  });
});
