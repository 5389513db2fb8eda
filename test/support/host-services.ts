import { composeServices, type Services } from '../../main/compose-services';
import { hostComposition, type HostCoreOptions, type HostNotices } from '../../main/web/host-core';
import type { ServerSentEvents } from '../../main/web/server-sent-events';

/**
 * The browser host's composition with its services in reach, for tests that await a sync on the
 * coordinator or read the cache behind the page. The host itself gets only the core (createHostCore).
 */
export function createHostServices(
  dataDir: string,
  systemLocale = 'en-US',
  options: HostCoreOptions = {},
): { core: Services; events: ServerSentEvents; notices: HostNotices } {
  const { ports, options: coreOptions, events, notices } = hostComposition(dataDir, systemLocale, options);
  return { core: composeServices(ports, coreOptions), events, notices };
}

export type HostServices = ReturnType<typeof createHostServices>;
