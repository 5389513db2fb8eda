import type { Logger } from '../ports';

/** Console logger for now; the rotating file log arrives with the desktop-integration work. */
export const consoleLogger: Logger = {
  info: (message, fields) => console.info(message, fields ?? ''),
  warn: (message, fields) => console.warn(message, fields ?? ''),
  error: (message, fields) => console.error(message, fields ?? ''),
};
