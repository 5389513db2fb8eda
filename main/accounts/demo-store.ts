import type { Clock, Logger } from '../ports';
import { demoKeys, startSimulator, type RunningSimulator, type SimulatorOptions } from '../simulator';
import type { DemoAccountSeed } from './account-service';
import { demoAccounts } from './demo-accounts';

export interface DemoStore {
  accounts: readonly DemoAccountSeed[];
  keyFor(accountId: string): string | undefined;
  /** Starts the embedded simulator on first use and returns its loopback URL. */
  baseUrl(): Promise<string>;
  /** Records a test order for that email in the demo account; it shows up after the store's sync lag. */
  placeTestOrder(accountId: string, email: string): Promise<void>;
  stop(): Promise<void>;
}

const keys: Record<string, string> = {
  'demo-outdoor': demoKeys.outdoor,
  'demo-charity': demoKeys.charity,
};

/** The built-in demo store: the simulator in-process, started only when a demo account needs it. */
export type DemoTestOrderOptions = Pick<SimulatorOptions, 'testOrderDelayMs' | 'neverDeliverTestOrders'>;

export function createDemoStore(clock: Clock, logger: Logger, testOrders: DemoTestOrderOptions = {}, anchor?: Date): DemoStore {
  let running: Promise<RunningSimulator> | null = null;
  const simulator = () =>
    (running ??= startSimulator({ clock, enforceRateLimits: false, ...testOrders, ...(anchor ? { anchor } : {}) }).then((started) => {
      logger.info('demo store listening', { url: started.url });
      return started;
    }));
  return {
    accounts: demoAccounts,
    keyFor: (accountId) => keys[accountId],
    async baseUrl() {
      return (await simulator()).url;
    },
    async placeTestOrder(accountId, email) {
      const accountKey = keys[accountId];
      if (!accountKey) throw new Error(`${accountId} is not a demo account`);
      (await simulator()).placeTestOrder({ accountKey, email });
    },
    async stop() {
      if (running) await (await running).close();
      running = null;
    },
  };
}
