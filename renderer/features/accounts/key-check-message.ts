/**
 * What the Accounts screen says when "Check the key" fails: a title naming the cause (key not
 * valid, the scope it lacks, account unreachable, rate-limited) and the sentence under it. The
 * code comes from the API client's classification; codes with nothing specific to a key check
 * keep the generic title and their usual sentence.
 */
export interface KeyCheckMessage {
  titleKey: string;
  bodyKey: string;
}

const specific: Record<string, KeyCheckMessage> = {
  'invalid-key': { titleKey: 'accounts.keyCheck.invalidKeyTitle', bodyKey: 'errors.invalid-key' },
  'missing-scope': { titleKey: 'accounts.keyCheck.missingScopeTitle', bodyKey: 'errors.missing-scope' },
  unreachable: { titleKey: 'accounts.keyCheck.unreachableTitle', bodyKey: 'accounts.keyCheck.unreachableBody' },
  // No answer in time is, for the person checking a key, the same as no answer at all.
  timeout: { titleKey: 'accounts.keyCheck.unreachableTitle', bodyKey: 'accounts.keyCheck.unreachableBody' },
  'rate-limited': { titleKey: 'accounts.keyCheck.rateLimitedTitle', bodyKey: 'accounts.keyCheck.rateLimitedBody' },
  'server-error': { titleKey: 'accounts.keyCheck.serverErrorTitle', bodyKey: 'accounts.keyCheck.serverErrorBody' },
};

/** `errorKey` is the translation key the bridge gave the failure (`errors.<code>`). */
export function keyCheckMessage(errorKey: string): KeyCheckMessage {
  const code = errorKey.startsWith('errors.') ? errorKey.slice('errors.'.length) : errorKey;
  return specific[code] ?? { titleKey: 'errors.title', bodyKey: errorKey };
}
