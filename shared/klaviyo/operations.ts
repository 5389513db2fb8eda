/**
 * The seven Klaviyo operations Storepulse uses (official spec, revision 2026-07-15), with the facts
 * both the client and the simulator need: method, path, scopes and the spec's rate limits
 * (`x-klaviyo-ratelimit`, `x-klaviyo-scopes`). One table, so the two sides cannot disagree; it lives
 * in shared/ because the simulator, a separate server, depends on nothing of main/'s client.
 */
export const apiRevision = '2026-07-15';
export const productionBaseUrl = 'https://a.klaviyo.com';
export const jsonApiMediaType = 'application/vnd.api+json';

export interface OperationSpec {
  /** operationId in the spec */
  readonly id: string;
  readonly method: 'GET' | 'POST';
  /** Path template as in the spec, `{id}` for the path parameter. */
  readonly path: string;
  readonly scopes: readonly string[];
  readonly burstPerSecond: number;
  readonly steadyPerMinute: number;
}

export const operations = {
  getAccounts: {
    id: 'get_accounts',
    method: 'GET',
    path: '/api/accounts',
    scopes: ['accounts:read'],
    burstPerSecond: 1,
    steadyPerMinute: 15,
  },
  getMetrics: {
    id: 'get_metrics',
    method: 'GET',
    path: '/api/metrics',
    scopes: ['metrics:read'],
    burstPerSecond: 10,
    steadyPerMinute: 150,
  },
  queryMetricAggregates: {
    id: 'query_metric_aggregates',
    method: 'POST',
    path: '/api/metric-aggregates',
    scopes: ['metrics:read'],
    burstPerSecond: 3,
    steadyPerMinute: 60,
  },
  getFlows: {
    id: 'get_flows',
    method: 'GET',
    path: '/api/flows',
    scopes: ['flows:read'],
    burstPerSecond: 3,
    steadyPerMinute: 60,
  },
  getFlowsTriggeredByMetric: {
    id: 'get_flows_triggered_by_metric',
    method: 'GET',
    path: '/api/metrics/{id}/flow-triggers',
    scopes: ['flows:read', 'metrics:read'],
    burstPerSecond: 10,
    steadyPerMinute: 150,
  },
  getProfiles: {
    id: 'get_profiles',
    method: 'GET',
    path: '/api/profiles',
    scopes: ['profiles:read'],
    burstPerSecond: 75,
    steadyPerMinute: 750,
  },
  getEvents: {
    id: 'get_events',
    method: 'GET',
    path: '/api/events',
    scopes: ['events:read'],
    burstPerSecond: 350,
    steadyPerMinute: 3500,
  },
} as const satisfies Record<string, OperationSpec>;

export type OperationName = keyof typeof operations;
export const operationNames = Object.keys(operations) as OperationName[];

/** Every scope the app needs on a private key. */
export const requiredScopes = [...new Set(operationNames.flatMap((name) => operations[name].scopes))].sort();

/** Which operation a request is, from its method and path; the path parameter when there is one. */
export function matchOperation(
  method: string,
  pathname: string,
): { name: OperationName; pathId?: string } | null {
  const path = pathname.replace(/\/+$/, '');
  for (const name of operationNames) {
    const spec = operations[name];
    if (spec.method !== method.toUpperCase()) continue;
    if (!spec.path.includes('{id}')) {
      if (path === spec.path) return { name };
      continue;
    }
    const [prefix, suffix] = spec.path.split('{id}') as [string, string];
    if (path.startsWith(prefix) && path.endsWith(suffix)) {
      const id = path.slice(prefix.length, path.length - suffix.length);
      if (id.length > 0 && !id.includes('/')) return { name, pathId: decodeURIComponent(id) };
    }
  }
  return null;
}
