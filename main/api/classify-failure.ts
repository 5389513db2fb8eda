import { z } from 'zod';
import type { ErrorCode } from '../../shared/domain/errors';
import { redactText } from '../logging/redact';
import { operations, type OperationName } from '../../shared/klaviyo/operations';

/**
 * What went wrong with one attempt, and whether trying again can help. Pure functions of what
 * came back (status, headers, body) or of the network error, so the whole policy is one table
 * in the tests.
 */
export interface Failure {
  code: ErrorCode;
  retriable: boolean;
  /** For logs and developers: operation, status, the server's own words. Never the key. */
  message: string;
  params: Record<string, string>;
  /** The wait the server asked for (Retry-After), when it said. */
  retryAfterMs?: number;
}

/** The JSON:API error document (digest §2.7), read tolerantly: we only want words out of it. */
const errorDocumentSchema = z.object({
  errors: z.array(
    z.object({
      code: z.string().nullish(),
      title: z.string().nullish(),
      detail: z.string().nullish(),
    }),
  ),
});

function errorTexts(body: unknown): { codes: string[]; text: string } {
  const parsed = errorDocumentSchema.safeParse(body);
  if (!parsed.success) return { codes: [], text: typeof body === 'string' ? body.slice(0, 500) : '' };
  return {
    codes: parsed.data.errors.map((error) => error.code ?? '').filter(Boolean),
    text: parsed.data.errors.flatMap((error) => [error.title ?? '', error.detail ?? '']).filter(Boolean).join(' | '),
  };
}

/**
 * Signs that a 400/403 is really about the key: the live API and Klaviyo's own pages disagree on
 * 400 vs 401 for a missing or wrong key (digest §2.1), so the body decides.
 */
const keyErrorCodes = new Set(['not_authenticated', 'authentication_failed', 'invalid_api_key', 'invalid_key']);
const keyErrorText =
  /\b(authenticat\w*|credentials?)\b|\b(invalid|incorrect|wrong|malformed|missing|unknown|revoked|expired)\b.{0,30}\b(api[ _-]?key|private[ _-]?key)\b|\b(api[ _-]?key|private[ _-]?key)\b.{0,30}\b(invalid|incorrect|wrong|malformed|missing|not (provided|valid|found)|revoked|expired)\b/i;
const scopeErrorText = /\b(scopes?|permissions?)\b|\b[a-z-]+:(read|write)\b/i;

function looksLikeKeyError(codes: string[], text: string): boolean {
  return codes.some((code) => keyErrorCodes.has(code)) || keyErrorText.test(text);
}

/** The scope a 403 names, if it names one of the operation's; otherwise all of them. */
function missingScope(operation: OperationName, text: string): string {
  const scopes: readonly string[] = operations[operation].scopes;
  const named = scopes.filter((scope) => text.includes(scope));
  return (named.length > 0 ? named : scopes).join(', ');
}

export function parseRetryAfter(value: unknown, now: Date): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

function headerValue(headers: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

export interface ResponseFacts {
  operation: OperationName;
  status: number;
  headers: Record<string, unknown>;
  body: unknown;
  now: Date;
}

/** `null` when the response is a success we can hand to the schema. */
export function classifyResponse({ operation, status, headers, body, now }: ResponseFacts): Failure | null {
  const id = operations[operation].id;
  const params = { operation: id };
  const { codes, text } = errorTexts(body);
  const said = text ? `: ${redactText(text, []).slice(0, 300)}` : '';
  const failure = (code: ErrorCode, retriable: boolean, extra: Partial<Failure> = {}): Failure => ({
    code,
    retriable,
    message: `${id} answered HTTP ${status}${said}`,
    params,
    ...extra,
  });

  if (status >= 200 && status < 300) {
    if (typeof body === 'object' && body !== null) return null;
    // A 2xx whose body is not a JSON document is most likely cut short on the way (axios hands
    // over the raw text when JSON.parse fails). That is a transport accident, not a contract
    // breach, so it is retried like a 5xx; if it persists it ends as bad-response.
    return { ...failure('bad-response', true), message: `${id} answered HTTP ${status} with a body that is not JSON (truncated?)` };
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(headerValue(headers, 'retry-after'), now);
    return failure('rate-limited', true, retryAfterMs === undefined ? {} : { retryAfterMs });
  }
  if (status >= 500) return failure('server-error', true);
  if (status === 401) return failure('invalid-key', false);
  if (status === 400 || status === 403) {
    // Words about scopes win over words about the key: "this API key lacks the flows:read scope"
    // is a scope problem. A 403 that says neither is still most likely a scope problem.
    const scopeFailure = () => failure('missing-scope', false, { params: { ...params, scope: missingScope(operation, text) } });
    if (scopeErrorText.test(text)) return scopeFailure();
    if (looksLikeKeyError(codes, text)) return failure('invalid-key', false);
    return status === 403 ? scopeFailure() : failure('bad-request', false);
  }
  if (status === 404) return failure('not-found', false);
  if (status === 408) return failure('timeout', true);
  if (status >= 400) return failure('bad-request', false);
  return failure('bad-response', false);
}

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EADDRNOTAVAIL',
]);
/** The connection was there and broke: worth another try, and "unreachable" if it keeps breaking. */
const brokenConnectionCodes = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE', 'UND_ERR_SOCKET']);
const timeoutCodes = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);
/** Our own mistakes (a bad URL or option): retrying cannot help and they must not be disguised. */
const programmingErrorCodes = new Set(['ERR_INVALID_URL', 'ERR_BAD_OPTION', 'ERR_BAD_OPTION_VALUE', 'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_CHAR']);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string' && own !== 'ERR_NETWORK') return own;
  const cause = (error as { cause?: unknown }).cause;
  const causeCode = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  return typeof causeCode === 'string' ? causeCode : typeof own === 'string' ? own : undefined;
}

/**
 * A request that got no HTTP answer. `null` for errors that are not about the network at all
 * (bugs): never retried, reported by the caller as internal.
 */
export function classifyTransportError(error: unknown, operation: OperationName): Failure | null {
  if (!(error instanceof Error)) return null;
  const id = operations[operation].id;
  const params = { operation: id };
  const code = errorCode(error);
  const message = `${id} failed: ${code ?? 'no code'} ${redactText(error.message, [])}`.trim();
  if (code !== undefined && programmingErrorCodes.has(code)) return null;
  if (code !== undefined && timeoutCodes.has(code)) return { code: 'timeout', retriable: true, message, params };
  if (code === 'ERR_BAD_RESPONSE') return { code: 'bad-response', retriable: true, message, params };
  if (code === 'ERR_FR_TOO_MANY_REDIRECTS') return { code: 'bad-response', retriable: false, message, params };
  if (code !== undefined && (unreachableCodes.has(code) || brokenConnectionCodes.has(code))) {
    return { code: 'unreachable', retriable: true, message, params };
  }
  if (/socket hang up|aborted|network/i.test(error.message) || (error as { isAxiosError?: unknown }).isAxiosError === true) {
    return { code: 'unreachable', retriable: true, message, params };
  }
  return null;
}
