import { defineConfig } from '@playwright/test';

/**
 * End-to-end specs drive the built renderer in Chromium through the browser host. Playwright never
 * downloads a browser here: it uses the system's Chromium (Debian's `chromium`), or the one named
 * by STOREPULSE_CHROMIUM.
 */
const chromium = process.env['STOREPULSE_CHROMIUM'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
