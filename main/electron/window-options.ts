import { BrowserWindow } from 'electron';
import type { WindowPlacement } from '../desktop/window-state';

export const windowSize = { width: 1280, height: 820, minWidth: 900, minHeight: 600 };

/**
 * The app window with Electron's security checklist, in one place. The web preferences are
 * written out literally (not spread from elsewhere) so that static audits such as
 * electronegativity can see them.
 */
export function createSecureWindow(preload: string, placement: WindowPlacement): BrowserWindow {
  return new BrowserWindow({
    minWidth: windowSize.minWidth,
    minHeight: windowSize.minHeight,
    width: placement.width,
    height: placement.height,
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    show: false,
    title: 'Storepulse',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click would otherwise ask for a new window (denied anyway by the open handler).
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
