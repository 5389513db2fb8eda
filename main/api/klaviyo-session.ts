import { AxiosHeaders, type AxiosRequestConfig, type AxiosResponse } from 'axios';
import type { Session } from 'klaviyo-api';
import { apiRevision, jsonApiMediaType, matchOperation, operations, type OperationName } from '../../shared/klaviyo/operations';

/**
 * Our `Session` for the official SDK. The SDK builds each request (path, query serialization,
 * body serialization to the wire's snake_case) and hands it to the session; the session adds the
 * headers and sends it through our executor (rate limiter, timeout, retry, cancellation). The
 * SDK's own retry (`RetryWithExponentialBackoff`) and its global key are never used.
 *
 * One session per call: it knows which operation the call is, and checks that the SDK asked for
 * exactly that path, so operations.ts and the SDK cannot silently disagree.
 */
export interface SessionContext {
  apiKey: string;
  operation: OperationName;
  /** The account's base URL: https://a.klaviyo.com, or a loopback URL for the demo store and tests. */
  basePath: string;
  execute(config: AxiosRequestConfig): Promise<AxiosResponse>;
}

export function createKlaviyoSession(context: SessionContext): Session {
  return {
    applyToRequest(config: AxiosRequestConfig): void {
      const headers = AxiosHeaders.from(config.headers as AxiosHeaders | undefined);
      headers.set('Authorization', `Klaviyo-API-Key ${context.apiKey}`);
      // The SDK sends its own compiled-in revision; ours comes from the one table, and is the
      // revision our schemas were written against.
      headers.set('revision', apiRevision);
      headers.set('Accept', jsonApiMediaType);
      // The SDK leaves Content-Type to axios, which would say application/json.
      if ((config.method ?? 'GET').toUpperCase() === 'POST') headers.set('Content-Type', jsonApiMediaType);
      headers.set('User-Agent', 'Storepulse');
      config.headers = headers;
    },

    async requestWithRetry(config: AxiosRequestConfig): Promise<AxiosResponse> {
      const basePathname = new URL(context.basePath).pathname.replace(/\/+$/, '');
      const pathname = new URL(config.url ?? '', context.basePath).pathname;
      const match = matchOperation(config.method ?? 'GET', pathname.slice(basePathname.length));
      if (match?.name !== context.operation) {
        throw new Error(`The SDK built ${config.method} ${pathname}, which is not ${operations[context.operation].id}`);
      }
      return context.execute(config);
    },

    /** Private keys do not refresh: a 401 is final (OAuth sessions are what this hook is for). */
    refreshAndRetry(): boolean {
      return false;
    },
  };
}
