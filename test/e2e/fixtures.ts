import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startBrowserHost, type BrowserHost } from '../../main/web/browser-host';
import { createHostServices } from '../support/host-services';
import type { Services } from '../../main/compose-services';
import { startSimulator, type RunningSimulator } from '../../main/simulator';

/** What a spec may drive behind the page: the core, and the simulator standing in for the real API. */
export interface Backend {
  core: Services;
  remote: RunningSimulator;
}

interface RunningHost extends Backend {
  host: BrowserHost;
  close(): Promise<void>;
}

async function startHost(): Promise<RunningHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'storepulse-e2e-'));
  // A second simulator stands in for the marketing platform's real API, for adding accounts.
  const remote = await startSimulator({ enforceRateLimits: false });
  const { core, events } = createHostServices(dataDir, 'en-US', { realApiBaseUrl: remote.url });
  const host = await startBrowserHost({ rendererDir: 'out/renderer', dispatch: core.dispatch, events });
  return {
    host,
    core,
    remote,
    async close() {
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
export const test = base.extend<{ failures: string[]; host: BrowserHost; backend: Backend }, { hosts: Map<string, Promise<RunningHost>> }>({
  hosts: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const hosts = new Map<string, Promise<RunningHost>>();
      await use(hosts);
      for (const running of hosts.values()) await (await running).close();
    },
    { scope: 'worker' },
  ],
  host: async ({ hosts }, use, testInfo) => {
    let running = hosts.get(testInfo.file);
    if (!running) {
      running = startHost();
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

export async function openApp(page: Page, host: BrowserHost): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('navigation')).toBeVisible();
}
