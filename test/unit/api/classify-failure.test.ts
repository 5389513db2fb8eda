import { describe, expect, it } from 'vitest';
import { classifyResponse, classifyTransportError, parseRetryAfter } from '../../../main/api/classify-failure';
import type { OperationName } from '../../../shared/klaviyo/operations';

const now = new Date('2026-07-15T12:00:00Z');

function errorBody(detail: string, code = 'error', title = 'Error') {
  return { errors: [{ id: 'e1', code, title, detail, source: { pointer: '/data/' } }] };
}

function classify(status: number, body: unknown, operation: OperationName = 'getFlows', headers: Record<string, unknown> = {}) {
  return classifyResponse({ operation, status, headers, body, now });
}

describe('classifyResponse', () => {
  it('lets a 2xx JSON document through to the schema', () => {
    expect(classify(200, { data: [] })).toBeNull();
  });

  it.each([
    // status, body, code, retried
    [200, '{"data":[{"id":"1","att', 'bad-response', true],
    [200, '', 'bad-response', true],
    [429, errorBody('Request was throttled.', 'throttled'), 'rate-limited', true],
    [500, errorBody('Internal error'), 'server-error', true],
    [502, '<html>Bad gateway</html>', 'server-error', true],
    [503, errorBody('Service unavailable'), 'server-error', true],
    [504, undefined, 'server-error', true],
    [408, undefined, 'timeout', true],
    [401, errorBody('Incorrect authentication credentials.', 'authentication_failed'), 'invalid-key', false],
    [401, undefined, 'invalid-key', false],
    [400, errorBody('Authentication credentials were not provided.', 'not_authenticated'), 'invalid-key', false],
    [400, errorBody('The API key is invalid.'), 'invalid-key', false],
    [400, errorBody("Invalid filter provided: 'equals(nope,1)'", 'invalid'), 'bad-request', false],
    [400, errorBody("'page[size]' must be between 1 and 50"), 'bad-request', false],
    [403, errorBody('Invalid API key.', 'permission_denied', 'Forbidden'), 'invalid-key', false],
    [403, errorBody('You do not have permission to perform this action.', 'permission_denied'), 'missing-scope', false],
    [403, errorBody('This key lacks the flows:read scope.'), 'missing-scope', false],
    [403, undefined, 'missing-scope', false],
    [404, errorBody('Metric not found'), 'not-found', false],
    [405, undefined, 'bad-request', false],
    [415, undefined, 'bad-request', false],
    [302, undefined, 'bad-response', false],
  ])('HTTP %i %j → %s, retried: %s', (status, body, code, retriable) => {
    expect(classify(status, body)).toMatchObject({ code, retriable, params: expect.objectContaining({ operation: 'get_flows' }) });
  });

  it.each([
    ['a scope the detail names', 'getFlowsTriggeredByMetric', 'Missing scope metrics:read', 'metrics:read'],
    ['another one', 'getFlowsTriggeredByMetric', 'API key is missing the flows:read scope', 'flows:read'],
    ['all of them when none is named', 'getFlowsTriggeredByMetric', 'You do not have permission to perform this action.', 'flows:read, metrics:read'],
    ['the one of a single-scope operation', 'getEvents', 'Forbidden', 'events:read'],
  ] as const)('403 names %s', (_label, operation, detail, scope) => {
    expect(classify(403, errorBody(detail), operation)?.params).toEqual({ operation: expect.any(String), scope });
  });

  it('reads Retry-After in seconds or as an HTTP date, header name in any case', () => {
    expect(classify(429, undefined, 'getFlows', { 'retry-after': '2' })?.retryAfterMs).toBe(2_000);
    expect(classify(429, undefined, 'getFlows', { 'Retry-After': 1 })?.retryAfterMs).toBe(1_000);
    expect(classify(429, undefined, 'getFlows', { 'retry-after': 'Wed, 15 Jul 2026 12:00:03 GMT' })?.retryAfterMs).toBe(3_000);
    expect(classify(429, undefined, 'getFlows')?.retryAfterMs).toBeUndefined();
  });

  it('keeps key-shaped strings the server echoes out of the message', () => {
    const failure = classify(400, errorBody('Bad key pk_abcdef0123456789 given in header'));
    expect(failure?.message).not.toContain('pk_abcdef0123456789');
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['3', 3_000],
    ['1.5', 1_500],
    [' 4 ', 4_000],
    ['Wed, 15 Jul 2026 11:59:00 GMT', 0],
    ['soon', undefined],
    [undefined, undefined],
  ])('%j → %j ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

function networkError(code: string | undefined, message: string, isAxios = true): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code }, isAxios ? { isAxiosError: true } : {});
}

describe('classifyTransportError', () => {
  it.each([
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9', 'unreachable'],
    ['ENOTFOUND', 'getaddrinfo ENOTFOUND a.klaviyo.invalid', 'unreachable'],
    ['EAI_AGAIN', 'getaddrinfo EAI_AGAIN a.klaviyo.com', 'unreachable'],
    ['ECONNRESET', 'socket hang up', 'unreachable'],
    ['EPIPE', 'write EPIPE', 'unreachable'],
    [undefined, 'socket hang up', 'unreachable'],
    ['ETIMEDOUT', 'connect ETIMEDOUT', 'timeout'],
    ['ERR_BAD_RESPONSE', 'Unexpected end of JSON input', 'bad-response'],
  ])('%s (%s) → %s, retried', (code, message, expected) => {
    expect(classifyTransportError(networkError(code, message), 'getMetrics')).toMatchObject({
      code: expected,
      retriable: true,
      params: { operation: 'get_metrics' },
    });
  });

  it('also finds the code on the cause', () => {
    const error = Object.assign(new Error('fetch failed'), { isAxiosError: true, code: 'ERR_NETWORK', cause: { code: 'ECONNREFUSED' } });
    expect(classifyTransportError(error, 'getMetrics')?.code).toBe('unreachable');
  });

  it.each([
    ['a programming error', new TypeError('x is not a function')],
    ['a bad URL', networkError('ERR_INVALID_URL', 'Invalid URL')],
    ['not an Error at all', 'boom'],
  ])('leaves %s to the caller (not a network failure, never retried)', (_label, error) => {
    expect(classifyTransportError(error, 'getMetrics')).toBeNull();
  });
});
