import { session, shell, type WebContents } from 'electron';
import { isAppUrl } from './ipc';

/**
 * Nothing outside the app loads inside the window: navigation and new windows are denied, links to
 * the web open in the user's browser, and no permission (camera, geolocation...) is ever granted.
 */
export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
