/**
 * Redaction of secrets in text and log fields. Private keys must never reach a log file, an error
 * message or a bug report, whoever wrote the line.
 */

/** What a Klaviyo private key looks like, so keys we were never told about are caught too. */
const privateKeyPattern = /pk_[A-Za-z0-9_]{6,}/g;

/** Field names whose values are secret whatever they contain (header names included). */
const secretFieldNames = /^((proxy-)?authorization|(x-)?api[-_]?key|private[-_]?key|secret|password|token)$/i;

/**
 * An Authorization header written into text (a request dump, an error's message, serialised
 * JSON): its whole value goes, whatever the scheme and whatever the credential looks like.
 */
const authorizationHeader = /((?:proxy-)?authorization"?\s*[:=]\s*"?)[^"\r\n]+/gi;

/**
 * A credential after its scheme, outside any header line. The platform's scheme is matched in any
 * case; the standard ones only as HTTP writes them, so "basic settings" stays readable.
 */
const schemeCredential = /\b(?:(?:Bearer|Basic|Digest)|[Kk][Ll][Aa][Vv][Ii][Yy][Oo]-[Aa][Pp][Ii]-[Kk][Ee][Yy])\s+[A-Za-z0-9._~+/=:-]+/g;

/** Keeps the last four characters of long secrets so two keys can be told apart in a log. */
export function redactedForm(secret: string): string {
  return secret.length >= 16 ? `[redacted …${secret.slice(-4)}]` : '[redacted]';
}

export function redactText(text: string, secrets: readonly string[]): string {
  let result = text;
  // Longest first, so a secret that contains another is replaced whole.
  for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join(redactedForm(secret));
  }
  return result
    .replace(privateKeyPattern, (match) => redactedForm(match))
    .replace(authorizationHeader, (_match, name: string) => `${name}[redacted]`)
    .replace(schemeCredential, '[redacted]');
}

const maxDepth = 8;

/** A deep copy of `value` with every string redacted; Errors become plain objects. */
export function redactValue(value: unknown, secrets: readonly string[], depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= maxDepth) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return {
      name: value.name,
      message: redactText(value.message, secrets),
      ...(typeof code === 'string' ? { code } : {}),
    };
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1, seen));
  if (value instanceof Date) return value;
  const result: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    result[name] = secretFieldNames.test(name) ? '[redacted]' : redactValue(item, secrets, depth + 1, seen);
  }
  return result;
}
