import { join } from 'node:path';

/**
 * Where the built preload and renderer sit relative to the built main bundle (`out/main`). A test
 * checks that these files exist in the build output, so a renamed output fails CI, not users.
 */
export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs');
}

/** The built renderer, served on `app://storepulse/` (main/electron/app-protocol.ts). */
export function rendererDir(mainDir: string): string {
  return join(mainDir, '../renderer');
}

export function rendererIndexPath(mainDir: string): string {
  return join(rendererDir(mainDir), 'index.html');
}

/**
 * The tray icon: shipped beside the app as an extra resource when packaged, read from the
 * checkout in development. macOS gets a template image (it follows the menu bar's colour).
 */
export function trayIconPath(options: { mainDir: string; isPackaged: boolean; resourcesPath: string; platform: string }): string {
  const folder = options.isPackaged ? join(options.resourcesPath, 'tray') : join(options.mainDir, '../../resources/tray');
  return join(folder, options.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png');
}
