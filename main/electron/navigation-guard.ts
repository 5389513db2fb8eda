import { app, session, shell, type WebContents } from 'electron';

/**
 * Nothing outside the app loads inside the window: navigation and new windows are denied, links to
 * the web open in the user's browser, and no permission (camera, geolocation...) is ever granted.
 */
export function guardNavigation(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Every web contents the app ever creates gets the guard, not only the ones we remember to guard. */
export function guardAllWebContents(isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, isAppUrl));
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
