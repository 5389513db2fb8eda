import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { catalogues } from '../../shared/i18n/catalogues';
import { expect, openApp, test } from './fixtures';

const en = catalogues.en;
const s = en.metricsScreen;

/** The demo store syncs on start: wait until the sidebar says the account is up to date. */
async function waitForFirstSync(page: Page): Promise<void> {
  const upToDate = en.sync.upToDate.split('{{')[0]!;
  await expect(page.locator('.sync-line__text')).toContainText(upToDate, { timeout: 120_000 });
}

/** What the row reader touches of a DOM row (this file is compiled without the DOM library). */
interface TableRowElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): { textContent: string | null } | null;
}

/** Table rows as { start, count }: count null where the cell says there is no data. */
async function tableRows(page: Page, column: 'count' | 'previous' = 'count'): Promise<{ start: string; count: number | null }[]> {
  return page.locator('.metrics-table tbody tr').evaluateAll(
    (elements, col) =>
      (elements as unknown as TableRowElement[]).map((row) => {
        const text = row.querySelector(`td[data-column="${col}"]`)?.textContent ?? '';
        const digits = text.replace(/[^0-9]/g, '');
        return { start: row.getAttribute('data-start') ?? '', count: digits === '' ? null : Number(digits) };
      }),
    column,
  );
}

test.describe('metrics screen', () => {
  test('shows Added to Cart over 7 days with its expected band, the drop shaded, a matching table and a CSV export', async ({
    page,
    host,
    failures,
  }) => {
    test.setTimeout(180_000);
    await openApp(page, host);
    await waitForFirstSync(page);
    await page.getByRole('button', { name: en.nav.metrics, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: en.metrics.title })).toBeVisible();

    // The list: headline metrics first, the dropping metric flagged.
    const list = page.getByRole('region', { name: s.listTitle });
    await expect(list.getByRole('heading', { name: s.headlineGroup })).toBeVisible();
    const addedToCart = list.getByRole('button', { name: /^Added to Cart\s*Shopify/ });
    await expect(addedToCart).toContainText(s.alertBadge);
    const metricId = await addedToCart.getAttribute('data-metric-id');
    expect(metricId).toBeTruthy();

    // Search narrows the list; the integration filter too.
    await list.getByLabel(s.search).fill('cart');
    await expect(list.getByRole('button')).toHaveCount(1);
    await list.getByLabel(s.search).fill('');
    await list.getByLabel(s.integration).selectOption('BigCommerce');
    await expect(list.getByRole('button')).toHaveCount(2);
    await list.getByLabel(s.integration).selectOption('');

    await addedToCart.click();
    await expect(addedToCart).toHaveAttribute('aria-current', 'true');
    const detail = page.getByRole('region', { name: 'Added to Cart', exact: true });
    await expect(detail.getByRole('heading', { level: 2, name: 'Added to Cart' })).toBeVisible();
    await detail.getByRole('radio', { name: s.ranges['7d'], exact: true }).check();
    await expect(detail.getByRole('radio', { name: s.intervals.hour, exact: true })).toBeChecked();

    // The chart: an SVG with the count line, the expected band and the shaded drop.
    const chart = page.getByTestId('metric-chart');
    await expect(chart.locator('svg.recharts-surface')).toBeVisible();
    await expect(chart.locator('.time-series-chart__count path.recharts-curve').first()).toBeVisible();
    await expect(chart.locator('.time-series-chart__band path').first()).toBeAttached();
    await expect(chart.locator('.time-series-chart__anomaly').first()).toBeAttached();
    await expect(chart.locator('.time-series-chart__marker').first()).toBeAttached();
    await expect(page.getByText(s.legend.band)).toBeVisible();
    await expect(page.getByText(s.legend.anomaly)).toBeVisible();

    // The table: a week of hours, with the counts the cache holds.
    const rows = page.locator('.metrics-table tbody tr');
    await expect(rows).toHaveCount(168);
    const table = await tableRows(page);
    const first = table[0]!.start;
    const end = new Date(Date.parse(table.at(-1)!.start) + 3_600_000).toISOString();
    const series = await page.evaluate(
      // The page's own bridge (this file is compiled without the DOM library, hence the cast).
      async ({ metricId, from, to }) =>
        (globalThis as unknown as { storepulse: StorepulseApi }).storepulse.metrics.series({ accountId: 'demo-outdoor', metricId, interval: 'hour', from, to }),
      { metricId: metricId!, from: first, to: end },
    );
    if (!series.ok) throw new Error(series.error.message);
    const cached = new Map(series.value.map((point) => [point.start, point.count]));
    expect(cached.size).toBeGreaterThan(100);
    expect(table.map((row) => row.count)).toEqual(table.map((row) => cached.get(row.start) ?? null));

    // CSV: exactly the table's rows, with the UTC start and the count.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: s.exportCsv }).click()]);
    expect(download.suggestedFilename()).toMatch(/^added-to-cart_shopify_hour_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([s.columns.startUtc, s.columns.bucket.replace('{{timezone}}', 'America/New_York'), s.columns.count, s.columns.expected]);
    expect(parsed.slice(1).map((row) => [row[0], row[2] === '' ? null : Number(row[2])])).toEqual(
      table.map((row) => [row.start, row.count]),
    );
    const firstLabel = await rows.first().locator('th').textContent();
    expect(parsed[1]![1]).toBe(firstLabel);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.metrics.title);
    await page.screenshot({ path: 'test-results/screens/metrics.png' });

    const { violations } = await new AxeBuilder({ page }).analyze();
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(failures).toEqual([]);
  });

  test('compares with the previous period and warns about hourly history beyond 35 days', async ({ page, host, failures }) => {
    test.setTimeout(180_000);
    await openApp(page, host);
    await waitForFirstSync(page);
    await page.getByRole('button', { name: en.nav.metrics, exact: true }).click();
    await page.getByRole('button', { name: /^Placed Order\s*Shopify/ }).click();
    const detail = page.getByRole('region', { name: 'Placed Order', exact: true });

    await detail.getByRole('radio', { name: s.ranges['24h'], exact: true }).check();
    await expect(detail.getByRole('radio', { name: s.intervals.day, exact: true })).toBeDisabled();
    await expect(page.locator('.metrics-table tbody tr')).toHaveCount(24);

    await detail.getByLabel(s.compare).check();
    await expect(page.getByRole('columnheader', { name: s.columns.previous })).toBeVisible();
    await expect(page.getByTestId('metric-chart').locator('.time-series-chart__previous path.recharts-curve')).toBeAttached();
    const previous = await tableRows(page, 'previous');
    expect(previous.filter((row) => row.count !== null).length).toBeGreaterThan(20);

    await detail.getByRole('radio', { name: s.ranges['90d'], exact: true }).check();
    await expect(detail.getByRole('radio', { name: s.intervals.day, exact: true })).toBeChecked();
    await expect(page.locator('.metrics-table tbody tr')).toHaveCount(90);
    await detail.getByRole('radio', { name: s.intervals.hour, exact: true }).check();
    await expect(page.getByText(s.hourlyBeyondCache_other.split('{{')[0]!)).toBeVisible();
    await expect(page.locator('.metrics-table tbody tr')).not.toHaveCount(90);

    await detail.getByRole('radio', { name: s.ranges.custom, exact: true }).check();
    await detail.getByLabel(s.from, { exact: true }).fill('2026-01-10');
    await detail.getByLabel(s.to, { exact: true }).fill('2026-01-01');
    await expect(page.getByText(s.dateErrors['end-before-start'])).toBeVisible();
    expect(failures).toEqual([]);
  });

  test('a year of hourly buckets keeps only the rows in view in the page, all of them in the table and the export', async ({ page, host, failures }) => {
    test.setTimeout(180_000);
    await openApp(page, host);
    await waitForFirstSync(page);
    await page.getByRole('button', { name: en.nav.metrics, exact: true }).click();
    await page.getByRole('button', { name: /^Placed Order\s*Shopify/ }).click();
    const detail = page.getByRole('region', { name: 'Placed Order', exact: true });
    await detail.getByRole('radio', { name: s.ranges['1y'], exact: true }).check();
    await detail.getByRole('radio', { name: s.intervals.hour, exact: true }).check();

    const table = page.locator('.metrics-table table');
    await expect.poll(async () => Number(await table.getAttribute('aria-rowcount'))).toBeGreaterThan(8700);
    const inPage = await page.locator('.metrics-table tbody tr[data-start]').count();
    expect(inPage).toBeGreaterThan(5);
    expect(inPage).toBeLessThan(200);
    // Scrolling to the end brings the last hours into the page.
    await page.locator('.metrics-table__scroll').evaluate((element) => {
      const scroller = element as unknown as { scrollTop: number; scrollHeight: number };
      scroller.scrollTop = scroller.scrollHeight;
    });
    const rowcount = Number(await table.getAttribute('aria-rowcount'));
    await expect(page.locator(`.metrics-table tbody tr[aria-rowindex="${rowcount}"]`)).toBeAttached();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: s.exportCsv }).click()]);
    const lines = (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/);
    expect(lines).toHaveLength(rowcount);
    expect(failures).toEqual([]);
  });
});
