import type { Clock, Logger } from '../ports';
import { demoKeys, startSimulator, type RunningSimulator } from '../simulator';
import type { DemoAccountSeed } from './account-service';
import { demoAccounts } from './demo-accounts';

export interface DemoStore {
  accounts: readonly DemoAccountSeed[];
  keyFor(accountId: string): string | undefined;
  /** Starts the embedded simulator on first use and returns its loopback URL. */
  baseUrl(): Promise<string>;
  stop(): Promise<void>;
}

const keys: Record<string, string> = {
  'demo-outdoor': demoKeys.outdoor,
  'demo-charity': demoKeys.charity,
};

/** The built-in demo store: the simulator in-process, started only when a demo account needs it. */
export function createDemoStore(clock: Clock, logger: Logger): DemoStore {
  let running: Promise<RunningSimulator> | null = null;
  return {
    accounts: demoAccounts,
    keyFor: (accountId) => keys[accountId],
    async baseUrl() {
      running ??= startSimulator({ clock, enforceRateLimits: false }).then((simulator) => {
        logger.info('demo store listening', { url: simulator.url });
        return simulator;
      });
      return (await running).url;
    },
    async stop() {
      if (running) await (await running).close();
      running = null;
    },
  };
}
