import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { startBrowserHost } from '../../main/web/browser-host';
import { createHostServices } from '../support/host-services';
import { atMost, median, round, type Figure } from './bench-stats';

const en = catalogues.en;
const chromiumPath = process.env['STOREPULSE_CHROMIUM'] ?? '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const gzipKB = (files: readonly string[]) => files.reduce((sum, name) => sum + gzipSync(readFileSync(join('out', 'renderer', name))).length, 0) / 1024;

/** Bytes of all the renderer's JavaScript and CSS after gzip, as an installer ships them. */
function bundleKBGzip(): number {
  return gzipKB(readdirSync(join('out', 'renderer', 'assets')).filter((name) => name.endsWith('.js') || name.endsWith('.css')).map((name) => join('assets', name)));
}

/** What the page loads before anything shows: the scripts, preloads and styles index.html names. */
function firstLoadKBGzip(): number {
  const html = readFileSync(join('out', 'renderer', 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  return gzipKB(files);
}

/**
 * Installed in the page before the click: resolves `window.__storepulseYear` with the milliseconds
 * from the click to the frame after the table lists more than 8,000 hours and the chart has drawn
 * its line again (it is taken down while the new buckets load). A string, as it runs in the page.
 */
const yearWatcher = `(() => {
  let clickedAt = null;
  document.addEventListener('click', (event) => { clickedAt ??= event.timeStamp; }, { capture: true, once: true });
  window.__storepulseYear = new Promise((resolve) => {
    const done = () => {
      const rows = Number(document.querySelector('.metrics-table table')?.getAttribute('aria-rowcount') ?? 0);
      const line = document.querySelector('[data-testid="metric-chart"] .time-series-chart__count path.recharts-curve');
      if (clickedAt === null || rows <= 8000 || !line) return false;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt), 0));
      return true;
    };
    const observer = new MutationObserver(done);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
})()`;

/**
 * The renderer in Chromium through the browser host, on a demo cache synced beforehand (so every
 * figure is "from the cache"): time from opening the app to the first metric chart painted, and
 * the time to draw a year of hourly buckets once its data is in the page. Medians of runs, each
 * in a fresh page.
 */
export async function rendererBench(dir: string): Promise<Figure[]> {
  const { core, events } = createHostServices(join(dir, 'renderer'), 'en-US', { schedule: false });
  await core.coordinator.sync('demo-outdoor');
  const host = await startBrowserHost({ rendererDir: 'out/renderer', dispatch: core.dispatch, events });
  const browser = await chromium.launch({ executablePath: chromiumPath, args });
  const firstChart: number[] = [];
  const yearChart: number[] = [];
  try {
    for (let run = 0; run < 5; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const started = performance.now();
      await page.goto(host.url);
      // Home opens with the headline cards' sparklines: the first chart the operator sees.
      await page.locator('.home-sparkline path.home-sparkline__line').first().waitFor();
      firstChart.push(performance.now() - started);
      await page.getByRole('button', { name: en.nav.metrics, exact: true }).click();
      await page.getByRole('region', { name: en.metricsScreen.listTitle }).getByRole('button', { name: /^Placed Order\s*Shopify/ }).click();
      await page.getByTestId('metric-chart').locator('.time-series-chart__count path.recharts-curve').first().waitFor();

      // A year of hourly buckets: what is drawn is measured from the click to the chart's new path.
      const detail = page.getByRole('region', { name: 'Placed Order', exact: true });
      await detail.getByRole('radio', { name: en.metricsScreen.ranges['1y'], exact: true }).check();
      await page.getByTestId('metric-chart').locator('.time-series-chart__count path.recharts-curve').first().waitFor();
      const hourly = detail.getByRole('radio', { name: en.metricsScreen.intervals.hour, exact: true });
      if (await hourly.isEnabled()) {
        // Timed inside the page, from the click's event to the first frame after the chart and
        // the table hold the year of hours: polling from outside the page added its own latency.
        await page.evaluate(yearWatcher);
        await hourly.check();
        yearChart.push(await page.evaluate<number>('window.__storepulseYear'));
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await host.close();
    await core.dispose();
  }
  const first = round(median(firstChart), 0);
  const figures: Figure[] = [
    { key: 'renderer.firstChartMs', value: first, unit: 'ms', goal: atMost(first, 1000), note: 'open the app: Home\'s first sparkline painted from the cache' },
  ];
  if (yearChart.length > 0) {
    const year = round(median(yearChart), 0);
    figures.push({ key: 'renderer.chart1YearHourlyMs', value: year, unit: 'ms', goal: atMost(year, 150), note: 'a year of hourly buckets: fetch, table (windowed) and chart (thinned by LTTB)' });
  }
  const bundle = round(bundleKBGzip(), 0);
  figures.push({ key: 'renderer.bundleKBGzip', value: bundle, unit: 'KB', note: 'every screen' });
  figures.push({ key: 'renderer.firstLoadKBGzip', value: round(firstLoadKBGzip(), 0), unit: 'KB', note: 'loaded before the first paint; the other screens load when opened' });
  return figures;
}
