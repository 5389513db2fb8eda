import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import type { Language } from '../../shared/domain/settings';
import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { fill } from './catalogue-text';
import { expect, openApp, test, type Backend } from './fixtures';

/**
 * Reconciliation fed the donations platform's own export, as a merchant pastes it: its header,
 * its separator, blank lines and a BOM. Demo Charity's account counts days in London; the
 * platform (set to New York time) counts them five hours later.
 */
type Bridge = { storepulse: StorepulseApi };
const METRIC = 'Contribution made (Classy)';

async function setLanguage(page: Page, language: Language): Promise<void> {
  await page.evaluate(async (lng) => (globalThis as unknown as Bridge).storepulse.settings.set({ language: lng }), language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Recent days whose New York count (what the platform exports) differs from the account's. */
function sourceDays(backend: Backend): { day: string; count: number }[] {
  const contribution = backend.core.cache.catalogue.listMetrics('demo-charity').find((m) => m.name === 'Contribution made')!;
  const days = [2, 3, 4, 5, 6, 7, 8].map((back) => {
    const day = DateTime.utc().minus({ days: back }).toISODate()!;
    const ny = DateTime.fromISO(day, { zone: 'America/New_York' });
    const london = DateTime.fromISO(day, { zone: 'Europe/London' }).toSeconds();
    const count = backend.core.cache.series.read('demo-charity', contribution.id, 'hour', ny.toSeconds(), ny.plus({ days: 1 }).toSeconds()).reduce((sum, row) => sum + row.count, 0);
    const account = backend.core.cache.series.read('demo-charity', contribution.id, 'day', london, london + 86_400)[0]?.count;
    return { day, count, differs: account !== undefined && account !== count };
  });
  return days.filter((d) => d.differs).slice(0, 2);
}

/** Opens a new reconciliation on Demo Charity's donations and stands on the source step. */
async function openSourceStep(page: Page, language: Language): Promise<void> {
  const c = catalogues[language];
  const w = c.wizardsScreen;
  await page.getByLabel(c.accounts.switcherLabel).selectOption('demo-charity');
  await page.getByRole('button', { name: c.nav.wizards, exact: true }).click();
  await page.getByRole('button', { name: w.kinds.reconcile.title, exact: true }).click();
  await page.getByRole('combobox', { name: w.fields.metricId, exact: true }).selectOption({ label: METRIC });
  await page.getByRole('button', { name: w.next, exact: true }).click();
  await expect(page.locator('#wizard-step-title')).toHaveText(w.reconcile.steps.source);
}

async function paste(page: Page, language: Language, csv: string): Promise<void> {
  const w = catalogues[language].wizardsScreen;
  await page.getByLabel(w.fields.csv, { exact: true }).fill(csv);
  await page.getByRole('button', { name: w.fields.apply, exact: true }).click();
}

test.describe.configure({ mode: 'serial' });

test.describe('reconciliation reads the source platform’s own export', () => {
  test.beforeEach(async ({ page, host, backend }) => {
    test.setTimeout(180_000);
    await openApp(page, host);
    await expect.poll(() => backend.core.coordinator.status('demo-charity').state, { timeout: 150_000 }).toBe('up-to-date');
  });

  test('a Date;Donations export with a BOM and blank lines, pasted alone, reaches the comparison', async ({ page, backend, failures }) => {
    const w = catalogues.en.wizardsScreen;
    const days = sourceDays(backend);
    expect(days.length).toBeGreaterThan(0);
    const csv = `\uFEFFDate;Donations\r\n\r\n${days.map((d) => `${d.day};${d.count}`).join('\r\n\r\n')}\r\n\r\n`;
    await openSourceStep(page, 'en');
    await paste(page, 'en', csv);
    await expect(page.locator('.wizard__step [role="alert"], .wizard__step .wizard-item--no')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screens/reconcile-csv-source-en.png', fullPage: true });
    await page.getByRole('button', { name: w.next, exact: true }).click();
    await expect(page.locator('#wizard-step-title')).toHaveText(w.reconcile.steps.compare);
    for (const d of days) await expect(page.locator('.wizard__step')).toContainText(`${d.day}: source ${d.count}`);
    await expect(page.locator('.wizard__step')).toContainText('Counted in America/New_York');
    await page.screenshot({ path: 'test-results/screens/reconcile-csv-compare-en.png', fullPage: true });
    await page.getByRole('button', { name: w.next, exact: true }).click();
    await expect(page.locator('.wizard__step').getByText(fill(w.reconcile.items.explained.yes, { zone: 'America/New_York', accountZone: 'Europe/London' }))).toBeVisible();
    await page.getByRole('button', { name: w.close }).click();
    expect(failures).toEqual([]);
  });

  for (const language of ['en', 'fr'] as const) {
    test(`${language}: an imported file with two numeric columns asks which is the count, then continues`, async ({ page, backend, failures }) => {
      const w = catalogues[language].wizardsScreen;
      const [first] = sourceDays(backend);
      await setLanguage(page, language);
      await openSourceStep(page, language);
      await page.getByLabel(w.fields.importCsv, { exact: true }).setInputFiles({
        name: 'donations.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`Date,Donors,Donations\n${first!.day},3,${first!.count}\n`),
      });
      const question = page.getByRole('combobox', { name: w.fields.csvCountColumn, exact: true });
      await expect(question).toBeVisible();
      await expect(page.locator('.wizard__step')).toContainText(fill(w.reconcile.items.csvAskCount, { columns: 'Donors · Donations' }));
      await expect(page.getByRole('button', { name: w.next, exact: true })).toBeDisabled();
      await page.locator('.wizard__step .wizard-item--info').last().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screens/reconcile-csv-ask-${language}.png` });
      await question.selectOption({ label: fill(w.fields.csvColumnOption, { column: '3', label: 'Donations' }) });
      await expect(question).toBeHidden();
      await page.getByRole('button', { name: w.next, exact: true }).click();
      await expect(page.locator('#wizard-step-title')).toHaveText(w.reconcile.steps.compare);
      await expect(page.locator('.wizard__step')).toContainText(first!.day);
      await page.screenshot({ path: `test-results/screens/reconcile-csv-compare-${language}.png` });
      await page.getByRole('button', { name: w.close }).click();
      expect(failures).toEqual([]);
    });
  }

  test('dates that could be day-first or month-first make it ask, then read them as chosen', async ({ page, failures }) => {
    const w = catalogues.en.wizardsScreen;
    await setLanguage(page, 'en');
    await openSourceStep(page, 'en');
    await paste(page, 'en', 'Date;Donations\n03/04/2026;7\n05/04/2026;9\n');
    const question = page.getByRole('combobox', { name: w.fields.csvDateOrder, exact: true });
    await expect(question).toBeVisible();
    await expect(page.getByRole('button', { name: w.next, exact: true })).toBeDisabled();
    await page.locator('.wizard__step .wizard-item--info').last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/reconcile-csv-ask-date-en.png' });
    await question.selectOption({ label: fill(w.fields.csvDateOrderOption['day-first'], { sample: '03/04/2026', date: '2026-04-03' }) });
    await expect(question).toBeHidden();
    await page.getByRole('button', { name: w.next, exact: true }).click();
    await expect(page.locator('#wizard-step-title')).toHaveText(w.reconcile.steps.compare);
    await expect(page.locator('.wizard__step')).toContainText('2026-04-03: source 7');
    await expect(page.locator('.wizard__step')).toContainText('2026-04-05: source 9');
    await page.getByRole('button', { name: w.close }).click();
    expect(failures).toEqual([]);
  });

  for (const language of ['fr', 'en'] as const) {
    test(`${language}: a bad line is refused with its number and the reason`, async ({ page, failures }) => {
      const w = catalogues[language].wizardsScreen;
      await setLanguage(page, language);
      await openSourceStep(page, language);
      await paste(page, language, 'Date;Dons\n\n2026-11-20;5\n2026-13-45;3\n');
      const expected = fill(w.reconcile.items.csvBadDate.no, { line: '4', value: '2026-13-45' });
      await expect(page.locator('.wizard__step .wizard-item--no')).toContainText(expected);
      if (language === 'fr') expect(expected.startsWith('Ligne 4 : « 2026-13-45 »')).toBe(true);
      await expect(page.getByRole('button', { name: w.next, exact: true })).toBeDisabled();
      await page.locator('.wizard__step .wizard-item--no').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screens/reconcile-csv-error-${language}.png` });
      await page.getByRole('button', { name: w.close }).click();
      expect(failures).toEqual([]);
    });
  }
});
