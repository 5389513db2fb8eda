import Conf from 'conf';
import { createCore, type Core, type CoreOptions } from '../core';
import { systemClock, type Clock, type IncidentNotice, type Logger, type Ports } from '../ports';
import { createMemorySecretStore } from '../secrets/memory-secret-store';
import { createServerSentEvents, type ServerSentEvents } from './server-sent-events';

/** What would have been OS notifications: a browser page has no desktop to show them on. */
export interface HostNotices {
  fired: IncidentNotice[];
  resolved: IncidentNotice[];
}

export interface HostCore {
  core: Core;
  events: ServerSentEvents;
  notices: HostNotices;
}

const quietLogger: Logger = {
  info: () => {},
  warn: (message, fields) => console.warn(message, fields ?? ''),
  error: (message, fields) => console.error(message, fields ?? ''),
};

export type HostCoreOptions = Partial<Pick<CoreOptions, 'schedule' | 'realApiBaseUrl' | 'demoTestOrders' | 'rateLimits' | 'apiSleep'>> & {
  clock?: Clock;
  events?: ServerSentEvents;
};

/** The browser host's ports and core options: what `createHostCore` builds the core from. */
export interface HostComposition {
  ports: Ports;
  options: CoreOptions;
  events: ServerSentEvents;
  notices: HostNotices;
}

/**
 * The ports as the browser host fills them: preferences through `conf` (the library
 * electron-store wraps) in a folder of the caller's choosing, events as server-sent events.
 */
export function hostComposition(dataDir: string, systemLocale = 'en-US', options: HostCoreOptions = {}): HostComposition {
  // Given when the page's event stream must exist before the core does (a recovery page first).
  const events = options.events ?? createServerSentEvents();
  const notices: HostNotices = { fired: [], resolved: [] };
  const conf = new Conf<Record<string, unknown>>({ projectName: 'storepulse', cwd: dataDir, configName: 'preferences' });
  return {
    events,
    notices,
    ports: {
      clock: options.clock ?? systemClock,
      logger: quietLogger,
      preferences: { read: () => conf.store, write: (value) => (conf.store = value) },
      events,
      secrets: createMemorySecretStore(),
      notifier: {
        incidentFired: (notice) => notices.fired.push(notice),
        incidentResolved: (notice) => notices.resolved.push(notice),
      },
    },
    options: {
      host: 'browser',
      platform: process.platform,
      systemLocale,
      dataDir,
      schedule: options.schedule ?? true,
      realApiBaseUrl: options.realApiBaseUrl,
      demoTestOrders: options.demoTestOrders,
      // Tests against a simulator on their own clock: no real-time pacing, waits on that clock.
      ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
      ...(options.apiSleep ? { apiSleep: options.apiSleep } : {}),
    },
  };
}

/** The core as the browser host runs it. */
export function createHostCore(dataDir: string, systemLocale = 'en-US', options: HostCoreOptions = {}): HostCore {
  const { ports, options: coreOptions, events, notices } = hostComposition(dataDir, systemLocale, options);
  return { core: createCore(ports, coreOptions), events, notices };
}
