/**
 * The only hosts the app sends the user's browser to: the account platform's site and help centre,
 * and the status pages the diagnosis and the wizards link to (main/detection/diagnosis-platforms.ts;
 * a test keeps the two lists in step). A page that could be made to show another link must not be
 * able to open it: the OS hands any URL to whatever program claims its scheme.
 */
export const externalLinkHosts: readonly string[] = ['www.klaviyo.com', 'help.klaviyo.com', 'status.shopify.com', 'status.bigcommerce.com'];

export type ExternalLinkRefusal = 'not-a-url' | 'not-https' | 'host' | 'credentials' | 'port';
export type ExternalLinkDecision = { allowed: true; url: string } | { allowed: false; reason: ExternalLinkRefusal };

/** https to an allow-listed host on the default port, without credentials; the URL as parsed. */
export function externalLinkDecision(url: string): ExternalLinkDecision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { allowed: false, reason: 'not-a-url' };
  }
  if (parsed.protocol !== 'https:') return { allowed: false, reason: 'not-https' };
  if (!externalLinkHosts.includes(parsed.hostname)) return { allowed: false, reason: 'host' };
  if (parsed.username !== '' || parsed.password !== '') return { allowed: false, reason: 'credentials' };
  if (parsed.port !== '') return { allowed: false, reason: 'port' };
  return { allowed: true, url: parsed.href };
}
