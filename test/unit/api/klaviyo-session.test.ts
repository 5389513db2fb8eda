import type { AxiosRequestConfig, AxiosResponse } from 'axios';
import { describe, expect, it } from 'vitest';
import { createKlaviyoSession } from '../../../main/api/klaviyo-session';
import { apiRevision, type OperationName } from '../../../shared/klaviyo/operations';

const ok = { status: 200, data: {} } as AxiosResponse;

function session(operation: OperationName, basePath = 'http://127.0.0.1:9') {
  const executed: AxiosRequestConfig[] = [];
  const created = createKlaviyoSession({
    apiKey: 'pk_session_test_key',
    operation,
    basePath,
    execute: async (config) => {
      executed.push(config);
      return ok;
    },
  });
  return { created, executed };
}

function headersOf(config: AxiosRequestConfig): Record<string, unknown> {
  return JSON.parse(JSON.stringify(config.headers)) as Record<string, unknown>;
}

describe('our SDK session', () => {
  it('sets the key scheme, our revision and the JSON:API media type; Content-Type only on POST', () => {
    const { created } = session('getFlows');
    const get: AxiosRequestConfig = { method: 'GET', url: 'http://127.0.0.1:9/api/flows', headers: { Accept: 'application/vnd.api+json' } };
    const post: AxiosRequestConfig = { method: 'POST', url: 'http://127.0.0.1:9/api/metric-aggregates', headers: {} };
    void created.applyToRequest(get);
    void created.applyToRequest(post);
    expect(headersOf(get)).toEqual({
      Accept: 'application/vnd.api+json',
      Authorization: 'Klaviyo-API-Key pk_session_test_key',
      revision: apiRevision,
      'User-Agent': 'Storepulse',
    });
    expect(headersOf(post)).toMatchObject({ 'Content-Type': 'application/vnd.api+json', revision: apiRevision });
  });

  it('hands the request to our executor when the SDK asked for the operation’s path', async () => {
    const { created, executed } = session('getFlowsTriggeredByMetric', 'http://127.0.0.1:9/prefix/');
    const config: AxiosRequestConfig = { method: 'GET', url: 'http://127.0.0.1:9/prefix/api/metrics/M%201/flow-triggers' };
    expect(await created.requestWithRetry(config)).toBe(ok);
    expect(executed).toEqual([config]);
  });

  it('refuses a request whose path is not the operation’s, so operations.ts and the SDK cannot drift apart', async () => {
    const { created, executed } = session('getFlows');
    await expect(created.requestWithRetry({ method: 'GET', url: 'http://127.0.0.1:9/api/metrics' })).rejects.toThrow(/not get_flows/);
    expect(executed).toEqual([]);
  });

  it('never asks the SDK to retry after a refresh: private keys do not refresh', async () => {
    expect(await session('getFlows').created.refreshAndRetry(new Error('401'), false)).toBe(false);
  });
});
