import { app } from 'electron';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { startDesktopApp } from './electron/desktop-app';

/** Electron composition root: everything is wired in `startDesktopApp`, which the tests drive too. */
startDesktopApp({
  mainDir: dirname(fileURLToPath(import.meta.url)),
  argv: process.argv,
  devServerUrl: process.env['ELECTRON_RENDERER_URL'],
})?.catch((error: unknown) => {
  // Nothing is running yet (no window, no tray): a half-started app would only confuse.
  console.error('Storepulse could not start:', error);
  app.exit(1);
});
