import Conf from 'conf';
import { createCore, type Core } from '../../main/core';
import { systemClock, type Logger } from '../../main/ports';
import { createServerSentEvents, type ServerSentEvents } from './server-sent-events';

export interface HostCore {
  core: Core;
  events: ServerSentEvents;
}

const quietLogger: Logger = {
  info: () => {},
  warn: (message, fields) => console.warn(message, fields ?? ''),
  error: (message, fields) => console.error(message, fields ?? ''),
};

/**
 * The core as the browser host runs it: preferences through `conf` (the library electron-store
 * wraps) in a folder of the caller's choosing, events as server-sent events.
 */
export function createHostCore(dataDir: string, systemLocale = 'en-US'): HostCore {
  const events = createServerSentEvents();
  const conf = new Conf<Record<string, unknown>>({ projectName: 'storepulse', cwd: dataDir, configName: 'preferences' });
  const core = createCore(
    {
      clock: systemClock,
      logger: quietLogger,
      preferences: { read: () => conf.store, write: (value) => (conf.store = value) },
      events,
    },
    { host: 'browser', platform: process.platform, systemLocale },
  );
  return { core, events };
}
