import { app, session, type WebContents } from 'electron';

export interface NavigationPolicy {
  /** Our own pages (main/desktop/app-origin.ts). */
  isAppUrl(url: string): boolean;
  /** Hands an allow-listed link to the browser; refuses (and logs) any other. */
  openInBrowser(url: string): void;
}

/**
 * Nothing outside the app loads inside the window: navigation and new windows are denied, links to
 * allow-listed sites open in the user's browser, and no permission (camera, geolocation...) is ever
 * granted.
 */
export function guardNavigation(contents: WebContents, policy: NavigationPolicy): void {
  contents.on('will-navigate', (event, url) => {
    if (policy.isAppUrl(url)) return;
    event.preventDefault();
    policy.openInBrowser(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!policy.isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    policy.openInBrowser(url);
    return { action: 'deny' };
  });
}

/** Every web contents the app ever creates gets the guard, not only the ones we remember to guard. */
export function guardAllWebContents(policy: NavigationPolicy): void {
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, policy));
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
