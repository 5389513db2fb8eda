import { app, dialog } from 'electron';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { matchLanguage } from '../shared/i18n/catalogues';
import { startDesktopApp } from './electron/desktop-app';
import { startupFailedText } from './startup/startup-text';

/** Electron composition root: everything is wired in `startDesktopApp`, which the tests drive too. */
startDesktopApp({
  mainDir: dirname(fileURLToPath(import.meta.url)),
  argv: process.argv,
  devServerUrl: process.env['ELECTRON_RENDERER_URL'],
})?.catch((error: unknown) => {
  // Nothing is running yet (no window, no tray): a half-started app would only confuse. The files
  // a person can damage are checked before this; what remains is said, not only printed.
  console.error('Storepulse could not start:', error);
  const text = startupFailedText(matchLanguage(app.getLocale()), join(app.getPath('userData'), 'logs'));
  dialog.showErrorBox(text.title, text.message);
  app.exit(1);
});
