import { apiRevision, jsonApiMediaType } from '../../shared/klaviyo/operations';
import type { Clock } from '../../main/ports';

/** A clock the test moves by hand: the simulator's data, limits and test orders follow it. */
export function manualClock(iso: string): Clock & { advance(ms: number): void; set(iso: string): void } {
  let current = Date.parse(iso);
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (next) => {
      current = Date.parse(next);
    },
  };
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; `undefined` when it is not JSON. */
  json: unknown;
}

/**
 * Plain fetch with the headers every Klaviyo request carries; no retries, no interpretation.
 * `extraHeaders` go on every request (e.g. `connection: close`, where a test restarts a simulator
 * on the same port and must not reuse a socket of the old one).
 */
export function simulatorClient(baseUrl: string, key: string, extraHeaders: Record<string, string> = {}) {
  const standard = { authorization: `Klaviyo-API-Key ${key}`, revision: apiRevision, accept: jsonApiMediaType, ...extraHeaders };
  const read = async (response: Response): Promise<ApiAnswer> => {
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
  return {
    get: async (pathAndQuery: string, headers: Record<string, string | undefined> = {}) =>
      read(await fetch(new URL(pathAndQuery, baseUrl), { headers: withoutUndefined({ ...standard, ...headers }) })),
    post: async (path: string, body: unknown, headers: Record<string, string | undefined> = {}) =>
      read(
        await fetch(new URL(path, baseUrl), {
          method: 'POST',
          headers: withoutUndefined({ ...standard, 'content-type': jsonApiMediaType, ...headers }),
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
  };
}

function withoutUndefined(headers: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The body of a `metric-aggregate` query, as the sync sends it. */
export function aggregateQuery(metricId: string, start: string, end: string, extra: Record<string, unknown> = {}) {
  return {
    data: {
      type: 'metric-aggregate',
      attributes: {
        metric_id: metricId,
        measurements: ['count', 'sum_value', 'unique'],
        filter: [`greater-or-equal(datetime,${start})`, `less-than(datetime,${end})`],
        ...extra,
      },
    },
  };
}
