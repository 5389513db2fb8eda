import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startBrowserHost, type BrowserHost } from '../../main/web/browser-host';
import { createHostServices } from '../support/host-services';
import type { Services } from '../../main/compose-services';
import { startSimulator, type RunningSimulator } from '../../main/simulator';
import { storeTime, type StoreTime } from '../support/store-time';
import { unlimitedRateLimits } from '../support/unlimited-registry';

/** What a spec may drive behind the page: the core, and the simulator standing in for the real API. */
export interface Backend {
  core: Services;
  remote: RunningSimulator;
  /** The store's time, when the file asked for it (`test.use({ onStoreTime: true })`); else the wall clock. */
  time: StoreTime | undefined;
}

interface RunningHost extends Backend {
  host: BrowserHost;
  close(): Promise<void>;
}

async function startHost(onStoreTime: boolean): Promise<RunningHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'storepulse-e2e-'));
  // On the store's time, the core and the stand-in share one clock that starts at the wall clock's
  // now and moves only when the spec moves it or an API wait passes on it. The stand-in does not
  // limit, so the client's own per-minute pacing (real time, minutes for a full history) is off.
  const time = onStoreTime ? storeTime(new Date().toISOString()) : undefined;
  // A second simulator stands in for the marketing platform's real API, for adding accounts.
  const remote = await startSimulator({ enforceRateLimits: false, ...(time ? { clock: time.clock } : {}) });
  const { core, events } = createHostServices(dataDir, 'en-US', {
    realApiBaseUrl: remote.url,
    ...(time ? { clock: time.clock, rateLimits: unlimitedRateLimits, apiSleep: time.sleep } : {}),
  });
  const host = await startBrowserHost({ rendererDir: 'out/renderer', dispatch: core.dispatch, events });
  return {
    host,
    core,
    remote,
    time,
    async close() {
      // A wait a spec left held must not keep the sync (and so the core's stop) waiting.
      time?.release();
      await host.close();
      await core.dispose();
      await remote.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Each spec file gets its own browser host (the built renderer and a real core with its own data
 * folder, on a random loopback port), shared by that file's tests in order: what one file
 * dismisses or snoozes on the demo store never leaks into another file.
 */
export const test = base.extend<
  { failures: string[]; host: BrowserHost; backend: Backend; onStoreTime: boolean },
  { hosts: Map<string, Promise<RunningHost>> }
>({
  /** The file's host on the store's time (see `startHost`); set per file, before its first test. */
  onStoreTime: [false, { option: true }],
  hosts: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const hosts = new Map<string, Promise<RunningHost>>();
      await use(hosts);
      for (const running of hosts.values()) await (await running).close();
    },
    { scope: 'worker' },
  ],
  host: async ({ hosts, onStoreTime }, use, testInfo) => {
    let running = hosts.get(testInfo.file);
    if (!running) {
      running = startHost(onStoreTime);
      hosts.set(testInfo.file, running);
    }
    await use((await running).host);
  },
  /** The same file's core and remote simulator (start the host first: ask for `host` too). */
  backend: async ({ hosts, host }, use, testInfo) => {
    void host;
    await use((await hosts.get(testInfo.file)!) as Backend);
  },
  /** Console errors and uncaught exceptions seen by the page (a CSP violation shows up here). */
  failures: async ({ page }, use) => {
    const failures: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(message.text());
    });
    page.on('pageerror', (error) => failures.push(error.message));
    await use(failures);
  },
});

export { expect };

/** The file's store time; only for a file that asked for it. */
export function storeTimeOf(backend: Backend): StoreTime {
  if (!backend.time) throw new Error('this file runs on the wall clock: test.use({ onStoreTime: true }) first');
  return backend.time;
}

export async function openApp(page: Page, host: BrowserHost): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('navigation')).toBeVisible();
}
