import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { startDesktopApp } from './electron/desktop-app';

/** Electron composition root: everything is wired in `startDesktopApp`, which the tests drive too. */
void startDesktopApp({
  mainDir: dirname(fileURLToPath(import.meta.url)),
  argv: process.argv,
  devServerUrl: process.env['ELECTRON_RENDERER_URL'],
});
