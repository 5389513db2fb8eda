import type { IncomingHttpHeaders } from 'node:http';
import type { OperationName } from '../../shared/klaviyo/operations';
import { redactAuthorization } from './auth';

/** One request as received, for contract tests. The key is redacted; nothing else keeps it. */
export interface RecordedRequest {
  /** When it arrived, on the simulator's clock (ms since the epoch): the instant its rate limits were judged at. */
  receivedMs: number;
  method: string;
  path: string;
  rawQuery: string;
  query: [string, string][];
  /** Lowercased names; repeated headers joined with ", "; Authorization redacted. */
  headers: Record<string, string>;
  body: string;
  /** The status answered; 0 when the connection was dropped or the request left hanging. */
  status: number;
  operation: OperationName | null;
}

export function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

export function redactedHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const copy = { ...headers };
  if (copy.authorization !== undefined) copy.authorization = redactAuthorization(copy.authorization);
  return copy;
}
