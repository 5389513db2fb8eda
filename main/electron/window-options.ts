import type { BrowserWindowConstructorOptions } from 'electron';

export const windowSize = { width: 1280, height: 820, minWidth: 900, minHeight: 600 };

/** Electron's security checklist, in one place so a test can assert it. */
export function secureWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    ...windowSize,
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
    },
  };
}
