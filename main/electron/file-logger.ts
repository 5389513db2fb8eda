import log from 'electron-log/node';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRedactingLogger } from '../logging/redacting-logger';
import type { Logger } from '../ports';

export interface FileLogger {
  logger: Logger;
  folder: string;
  file: string;
}

/** Large enough for weeks of syncs; one previous file (`main.old.log`) is kept on rotation. */
const maxBytes = 2 * 1024 * 1024;

/**
 * The app's log: a rotating file in `<userData>/logs`, every line redacted first (every key the
 * secret store has handled, by value; Authorization headers; and
 * anything shaped like a private key). The Node flavour of electron-log is used because the path
 * is set here explicitly and nothing of the renderer is collected: the renderer's failures reach
 * main as IPC results. It also keeps this adapter testable without an Electron binary.
 */
export function createFileLogger(userDataDir: string, knownSecrets: () => readonly string[] = () => []): FileLogger {
  const folder = join(userDataDir, 'logs');
  const file = join(folder, 'main.log');
  // electron-log does not create the folder of a path it is given.
  mkdirSync(folder, { recursive: true });
  const instance = log.create({ logId: `storepulse:${file}` });
  instance.transports.file.resolvePathFn = () => file;
  instance.transports.file.maxSize = maxBytes;
  instance.transports.file.level = 'info';
  // The console is for development; a packaged app has no one reading it.
  instance.transports.console.level = process.env['ELECTRON_RENDERER_URL'] ? 'info' : false;
  const write = (level: 'info' | 'warn' | 'error') => (message: string, fields?: Record<string, unknown>) => {
    if (fields === undefined) instance[level](message);
    else instance[level](message, fields);
  };
  const inner: Logger = { info: write('info'), warn: write('warn'), error: write('error') };
  return { logger: createRedactingLogger(inner, knownSecrets), folder, file };
}
