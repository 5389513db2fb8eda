/**
 * The renderer's own origin. In a built app it is served from `app://storepulse/` (a privileged
 * standard scheme registered by main/electron/app-protocol.ts), never from `file://`: a `file://`
 * page would share its origin with every file on the disk.
 */
export const appScheme = 'app';
export const appHost = 'storepulse';
export const appIndexUrl = `${appScheme}://${appHost}/index.html`;

/**
 * Whether a URL belongs to the app: `app://storepulse/...`, or the dev server's origin when one is
 * given (the caller passes it only for an unpackaged app). Anything else, `file://` included, is a
 * page from elsewhere.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  // `app:` is not a scheme Node's URL knows, so its origin reads "null": compare the parts.
  if (parsed.protocol === `${appScheme}:`) return parsed.host === appHost;
  if (devServerUrl === undefined) return false;
  try {
    const devServer = new URL(devServerUrl);
    return (devServer.protocol === 'http:' || devServer.protocol === 'https:') && parsed.origin === devServer.origin;
  } catch {
    return false;
  }
}
