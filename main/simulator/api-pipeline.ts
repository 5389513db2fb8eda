import { jsonApiMediaType, matchOperation, operationNames, operations, type OperationName } from '../../shared/klaviyo/operations';
import { ApiError, invalidParameter } from './api-error';
import { isWellFormedRevision, readApiKey } from './auth';
import type { FaultInjector } from './faults';
import type { HandlerTable, OpenBehaviour } from './handlers/handler-context';
import { uuidLike } from './prng';
import { parseQuery } from './query-parameters';
import type { RateLimiter, RateLimits } from './rate-limiter';
import { specQueryParameters } from './spec-parameters';
import type { AccountActivity, TestOrderBook } from './test-orders';
import type { TimezoneCatalogue } from './timezones';
import type { SimAccount, World } from './world';

export interface ApiRequest {
  readonly method: string;
  readonly pathname: string;
  readonly search: URLSearchParams;
  /** Lowercased names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /**
   * The simulator's clock when the request arrived, read once by the caller: the rate limits and
   * the data are judged at this instant, and the request log records the same one, so a test can
   * check the limits from the log exactly as the simulator applied them.
   */
  readonly receivedMs: number;
}

export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What to do with a request: answer it, or (injected faults) drop the connection or never answer. */
export type Outcome =
  | { readonly kind: 'reply'; readonly reply: Reply; readonly operation: OperationName | null }
  | { readonly kind: 'drop'; readonly operation: OperationName }
  | { readonly kind: 'hang'; readonly operation: OperationName };

export interface ApiSettings {
  readonly enforceRateLimits: boolean;
  /** 401 by default; 400 is what Klaviyo's API overview documents (digest §2.1). */
  readonly authFailureStatus: 400 | 401;
  readonly behaviour: OpenBehaviour;
}

export interface ApiDependencies {
  readonly world: World;
  readonly baseUrl: string;
  readonly faults: FaultInjector;
  readonly limiter: RateLimiter;
  readonly testOrders: TestOrderBook;
  readonly timezones: TimezoneCatalogue;
  readonly handlers: HandlerTable;
  readonly settings: ApiSettings;
  /** Numbers API requests in arrival order: the key of every fault and error-id draw. */
  nextSequence(): number;
}

/** `additional-fields[profile]=predictive_analytics` lowers the profiles limits (spec, digest §1). */
const predictiveProfileLimits: RateLimits = { burstPerSecond: 10, steadyPerMinute: 150 };

const mediaTypes = [jsonApiMediaType, 'application/json'];

function reply(status: number, document: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': jsonApiMediaType, ...headers }, body: JSON.stringify(document) };
}

function errorReply(error: ApiError, id: string): Reply {
  const { code, title, detail, source } = error;
  return reply(error.status, { errors: [{ id, code, title, detail, ...(source ? { source } : {}) }] }, { ...error.headers });
}

/** Our URL for a collection's `links.self`: the spec path with Klaviyo's trailing slash. */
function linkPath(name: OperationName, pathId: string | undefined): string {
  return `${operations[name].path.replace('{id}', encodeURIComponent(pathId ?? ''))}/`;
}

function unknownRoute(request: ApiRequest): ApiError {
  const allowed = new Set(
    operationNames.filter((name) => matchOperation(operations[name].method, request.pathname)?.name === name).map((name) => operations[name].method),
  );
  if (allowed.size > 0) {
    return new ApiError(405, 'method_not_allowed', 'Method not allowed.', `Method "${request.method}" not allowed.`, undefined, { allow: [...allowed].join(', ') });
  }
  return new ApiError(404, 'not_found', 'Not found.', `No API endpoint at ${request.pathname}`);
}

const throttled = (seconds: number) =>
  new ApiError(429, 'throttled', 'Request was throttled.', `Request was throttled. Expected available in ${seconds} second${seconds === 1 ? '' : 's'}.`, undefined, {
    'retry-after': String(seconds),
  });

/**
 * Answers one request to an `/api/...` path, in the order a client meets the checks: injected
 * arrival faults, key, revision, scopes, rate limit, media type, parameters, then the operation.
 * The order after the key is our choice; the spec does not say.
 */
export function answerApiRequest(request: ApiRequest, deps: ApiDependencies): Outcome {
  const match = matchOperation(request.method, request.pathname);
  if (match === null) return { kind: 'reply', reply: errorReply(unknownRoute(request), uuidLike(deps.world.seed, 'error', request.pathname)), operation: null };
  const operation = match.name;
  const sequence = deps.nextSequence();
  const errorId = uuidLike(deps.world.seed, 'error', sequence);

  const arrival = deps.faults.onArrival(sequence, request.receivedMs);
  if (arrival?.kind === 'drop') return { kind: 'drop', operation };
  if (arrival?.kind === 'hang') return { kind: 'hang', operation };
  if (arrival?.kind === 'storm') return { kind: 'reply', reply: errorReply(throttled(deps.faults.current().retryAfterSeconds), errorId), operation };
  if (arrival?.kind === 'server-error') {
    const failure =
      arrival.status === 500
        ? new ApiError(500, 'error', 'A server error occurred.', 'A server error occurred.')
        : new ApiError(503, 'service_unavailable', 'Service unavailable.', 'The service is temporarily unavailable. Try again later.');
    return { kind: 'reply', reply: errorReply(failure, errorId), operation };
  }

  try {
    const reply = answerAdmitted(request, operation, match.pathId, deps, sequence);
    return { kind: 'reply', reply, operation };
  } catch (error) {
    const apiError =
      error instanceof ApiError ? error : new ApiError(500, 'error', 'A server error occurred.', 'The simulator failed to answer this request.');
    return { kind: 'reply', reply: errorReply(apiError, errorId), operation };
  }
}

function authenticate(request: ApiRequest, deps: ApiDependencies): SimAccount {
  const authorization = request.headers.authorization;
  const key = readApiKey(authorization);
  const account = deps.world.accounts.find((candidate) => candidate.privateKey === key);
  if (key !== null && account !== undefined && !deps.faults.current().revokedKeys.includes(key)) return account;
  const status = deps.settings.authFailureStatus;
  throw authorization === undefined
    ? new ApiError(status, 'not_authenticated', 'Authentication credentials were not provided.', 'Missing the "Authorization: Klaviyo-API-Key <private key>" header.')
    : new ApiError(status, 'authentication_failed', 'Incorrect authentication credentials.', 'The API key is missing, malformed, revoked or unknown.');
}

function checkRevision(request: ApiRequest): void {
  const revision = request.headers.revision;
  if (revision === undefined) throw invalidParameter('revision', 'The "revision" header is required, e.g. revision: 2026-07-15');
  if (!isWellFormedRevision(revision)) throw invalidParameter('revision', `"${revision}" is not a valid revision; expected YYYY-MM-DD or YYYY-MM-DD.suffix`);
}

function checkScopes(operation: OperationName, account: SimAccount, deps: ApiDependencies): void {
  const removed = deps.faults.current().missingScopes;
  const missing = operations[operation].scopes.filter((scope) => !account.source.scopes.includes(scope) || removed.includes(scope));
  if (missing.length === 0) return;
  const scopes = missing.length === 1 ? `the ${missing[0]} scope` : `the ${missing.join(' and ')} scopes`;
  throw new ApiError(403, 'permission_denied', 'You do not have permission to perform this action.', `This key is missing ${scopes}`);
}

/** Takes a slot in the key's window for this operation; the RateLimit-* headers to answer with. */
function admit(request: ApiRequest, operation: OperationName, account: SimAccount, deps: ApiDependencies, nowMs: number): Record<string, string> {
  if (!deps.settings.enforceRateLimits) return {};
  const predictive = operation === 'getProfiles' && (request.search.get('additional-fields[profile]') ?? '').split(',').includes('predictive_analytics');
  const limits = predictive ? predictiveProfileLimits : operations[operation];
  const decision = deps.limiter.admit(`${account.id}:${operation}${predictive ? ':predictive' : ''}`, limits, nowMs);
  if (!decision.admitted) throw throttled(decision.retryAfterSeconds);
  // Our choice, after Klaviyo's guide: the steady window's numbers on every admitted answer.
  return {
    'ratelimit-limit': String(decision.limit),
    'ratelimit-remaining': String(decision.remaining),
    'ratelimit-reset': String(decision.resetSeconds),
  };
}

function checkMediaType(request: ApiRequest): void {
  if (request.method !== 'POST') return;
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!mediaTypes.includes(mediaType)) {
    throw new ApiError(415, 'unsupported_media_type', 'Unsupported media type.', `Send the body as ${jsonApiMediaType} (application/json is accepted too).`);
  }
}

function answerAdmitted(request: ApiRequest, operation: OperationName, pathId: string | undefined, deps: ApiDependencies, sequence: number): Reply {
  const account = authenticate(request, deps);
  checkRevision(request);
  checkScopes(operation, account, deps);
  const nowMs = request.receivedMs;
  const rateHeaders = admit(request, operation, account, deps, nowMs);
  checkMediaType(request);

  const query = parseQuery(request.search, specQueryParameters[operation]);
  let activity: AccountActivity | undefined;
  const document = deps.handlers[operation]({
    world: deps.world,
    account,
    nowMs,
    baseUrl: deps.baseUrl,
    linkPath: linkPath(operation, pathId),
    query,
    pathId,
    body: request.body,
    activity: () => (activity ??= deps.testOrders.activity(account, nowMs)),
    timezones: deps.timezones,
    behaviour: deps.settings.behaviour,
  });

  const answer = reply(200, document, rateHeaders);
  switch (deps.faults.onSuccess(sequence)) {
    case 'truncate':
      return { ...answer, body: answer.body.slice(0, Math.floor(answer.body.length / 2)) };
    case 'malformed':
      return reply(200, { data: 'simulated malformed answer', links: 'not an object' }, rateHeaders);
    default:
      return answer;
  }
}
