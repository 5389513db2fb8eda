import type { HostKind } from '../shared/domain/app-info';
import type { Handlers } from '../shared/ipc/contract';
import { demoAccounts } from './accounts/demo-accounts';
import { createDispatcher, type Dispatch } from './ipc-dispatcher';
import type { Ports } from './ports';
import { createSettingsService, type SettingsService } from './settings/settings-service';
import packageJson from '../package.json' with { type: 'json' };

export interface CoreOptions {
  host: HostKind;
  platform: string;
  systemLocale: string;
}

export interface Core {
  handlers: Handlers;
  dispatch: Dispatch;
  settings: SettingsService;
  dispose(): Promise<void>;
}

/**
 * Builds every service from the ports. The Electron app, the browser test host and the CLI all
 * call this, so what the tests drive is exactly what users run.
 */
export function createCore(ports: Ports, options: CoreOptions): Core {
  const settings = createSettingsService(ports.preferences, ports.events, ports.logger);

  const handlers = {
    'app:info': () => ({
      name: 'Storepulse',
      version: packageJson.version,
      host: options.host,
      platform: options.platform,
      systemLocale: options.systemLocale,
    }),
    'accounts:list': () => [...demoAccounts],
    'settings:get': () => settings.get(),
    'settings:set': (patch) => settings.update(patch),
  } satisfies Handlers;

  return {
    handlers,
    dispatch: createDispatcher(handlers, ports.logger),
    settings,
    dispose: async () => {},
  };
}
