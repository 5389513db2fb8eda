import type { Page } from '@playwright/test';
import type { Language } from '../../shared/domain/settings';
import { catalogues } from '../../shared/i18n/catalogues';
import type { StorepulseApi } from '../../shared/ipc/contract';
import { fill } from './catalogue-text';
import { expect, openApp, storeTimeOf, test } from './fixtures';
import { next, step, stepHeading } from './wizard-steps';

type Bridge = { storepulse: StorepulseApi };

/**
 * Wording and formatting on every screen, with the computer in Berlin and the demo account in New
 * York: singular counts read singular, times are the account's with its zone named, the French
 * clock is 24-hour, money carries its currency, no label is printed twice, the account picker
 * shows the whole name, and the Flows chart tooltip waits for the pointer.
 */
// On the store's time: the demo store's test-order lag is a minute of the store's clock.
test.use({ timezoneId: 'Europe/Berlin', onStoreTime: true });
test.describe.configure({ mode: 'serial' });

/** "Yes: Yes:", "Oui : Oui :": a label followed by itself. */
const doubledLabel = /(^|[\s(])([\p{L}][\p{L} ]{0,30}?)\s?:\s+\2\s?:/mu;
/** The account's zone named the way Intl names it in each language (New York, Berlin computer). */
const zoneLabel: Record<Language, RegExp> = { en: /\bE[SD]T\b/, fr: /UTC[−-][45]/, de: /GMT[−-][45]|E[SD]T/, pt: /GMT[−-][45]/ };

async function use(page: Page, language: Language): Promise<void> {
  await page.evaluate(
    async (lng) => (globalThis as unknown as Bridge).storepulse.settings.set({ language: lng, lastAccountId: 'demo-outdoor' }),
    language,
  );
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

async function go(page: Page, language: Language, route: keyof (typeof catalogues)['en']['nav']): Promise<void> {
  const nav = catalogues[language].nav;
  await page.getByRole('button', { name: nav[route], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nav[route]);
}

async function expectNoDoubledLabel(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect.soft(text.match(doubledLabel)?.[0] ?? null).toBeNull();
}

/** What the check reads of a button in the page (the specs compile without the DOM library). */
interface ButtonNode {
  offsetParent: unknown;
  parentElement: unknown;
  textContent: string | null;
  closest(selector: string): unknown;
  getBoundingClientRect(): { top: number; bottom: number; left: number; right: number };
}

/** Buttons side by side keep a gap (a split button's two halves are one control and may touch). */
async function expectButtonsApart(page: Page): Promise<void> {
  const touching = await page.locator('button').evaluateAll((nodes) => {
    const found: string[] = [];
    const buttons = (nodes as unknown as ButtonNode[]).filter(
      (button) => button.offsetParent !== null && !button.closest('.flows-actions__split') && !button.closest('[role="radiogroup"], [role="tablist"], .segmented'),
    );
    for (const a of buttons) {
      for (const b of buttons) {
        if (a === b || a.parentElement !== b.parentElement) continue;
        const ra = a.getBoundingClientRect();
        const rb = b.getBoundingClientRect();
        const sameRow = ra.top < rb.bottom && rb.top < ra.bottom;
        if (sameRow && rb.left >= ra.left && rb.left - ra.right < 4) found.push(`${a.textContent} | ${b.textContent}`);
      }
    }
    return found;
  });
  expect.soft(touching).toEqual([]);
}

async function shoot(page: Page, name: string, language: Language): Promise<void> {
  await expectButtonsApart(page);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `test-results/screens/wording-${name}-${language}.png` });
}

for (const language of ['en', 'fr'] as const satisfies readonly Language[]) {
  test(`every screen in ${language}: plurals, account times with zone, picker, tooltip, no doubled label`, async ({ page, host }) => {
    test.setTimeout(240_000);
    const c = catalogues[language];
    await openApp(page, host);
    await use(page, language);
    await expect(page.locator('.sync-line__text')).toContainText(c.sync.upToDate.split('{{')[0]!.trim(), { timeout: 120_000 });

    // The account picker shows the whole name, or names it in a tooltip.
    const picker = page.getByLabel(c.accounts.switcherLabel);
    const chosen = (await picker.locator('option:checked').textContent())!.trim();
    const whole = await picker.evaluate((select) => select.scrollWidth <= select.clientWidth);
    expect(whole || (await picker.getAttribute('title')) === chosen).toBe(true);
    await expect.soft(picker).toHaveAttribute('title', chosen);

    // Home: the last sync in the account's time, its zone named; 24-hour in French.
    await go(page, language, 'home');
    const synced = page.locator('.home-sync__text').first();
    await expect.soft(synced).toContainText(zoneLabel[language]);
    if (language === 'fr') await expect.soft(synced).not.toContainText(/\b(AM|PM)\b/i);
    await expectNoDoubledLabel(page);
    await shoot(page, 'home', language);

    // The notification centre: its event times in the account's zone, named.
    await page.locator('.brand').getByRole('button').click();
    const centre = page.getByRole('dialog', { name: c.notificationCentre.title });
    await expect(centre).toBeVisible();
    await expect.soft(centre.locator('time').first()).toContainText(zoneLabel[language]);
    await expectNoDoubledLabel(page);
    await shoot(page, 'notifications', language);
    await page.keyboard.press('Escape');
    await expect(centre).toBeHidden();

    // Metrics.
    await go(page, language, 'metrics');
    await page.getByRole('button', { name: /^Added to Cart\s*Shopify/ }).click();
    await expect(page.getByTestId('metric-chart').locator('path.recharts-curve').first()).toBeVisible();
    await page.waitForTimeout(500);
    await expect.soft(page.getByTestId('metric-chart').locator('.time-series-chart__tooltip')).toHaveCount(0);
    await expectNoDoubledLabel(page);
    await shoot(page, 'metrics', language);

    // Flows: opening a trigger panel does not pop the chart's tooltip up by itself.
    await go(page, language, 'flows');
    const row = page.locator('tbody tr').filter({ has: page.getByRole('rowheader').getByText('Browse Abandonment', { exact: true }) });
    await row.locator('.flows-table__trigger').click();
    const panel = page.getByRole('dialog', { name: fill(c.flowsScreen.panel.title, { flow: 'Browse Abandonment' }) });
    await expect(panel.locator('.recharts-line-curve').first()).toBeVisible();
    // Let a frame or two pass, as the eye would.
    await page.waitForTimeout(500);
    await expect.soft(panel.locator('.recharts-tooltip-wrapper')).toBeHidden();
    await expectNoDoubledLabel(page);
    await page.screenshot({ path: `test-results/screens/wording-flow-panel-${language}.png` });
    await page.keyboard.press('Escape');

    // Settings: a one-hour interval reads singular.
    await go(page, language, 'settings');
    const interval = page.getByLabel(c.settings.syncInterval);
    const options = await interval.locator('option').allTextContents();
    expect.soft(options).toContain(language === 'fr' ? '1 heure' : '1 hour');
    expect.soft(options.filter((option) => /^1 (hours|heures)$/.test(option))).toEqual([]);
    await expectNoDoubledLabel(page);
    await shoot(page, 'settings', language);

    // Wizards: troubleshooting's answers state Yes or No once.
    await go(page, language, 'wizards');
    await shoot(page, 'wizards', language);
    await page.getByRole('button', { name: c.wizardsScreen.kinds.troubleshoot.title, exact: true }).click();
    const integration = page.getByRole('combobox', { name: c.wizardsScreen.fields.integration, exact: true });
    await expect(integration).toBeVisible();
    await integration.selectOption('Shopify');
    await page.getByRole('button', { name: c.wizardsScreen.next, exact: true }).click();
    await expect(stepHeading(page)).toHaveText(c.wizardsScreen.troubleshoot.steps.questions);
    await expect(step(page).locator('.wizard-item').first()).toBeVisible();
    await expectNoDoubledLabel(page);
    await shoot(page, 'troubleshoot', language);
    await page.getByRole('button', { name: c.wizardsScreen.close }).click();
    await expect(stepHeading(page)).toHaveCount(0);
  });
}

test('a test order found on the demo store shows its value in the account currency and its time with the zone', async ({ page, host, backend }) => {
  const w = catalogues.en.wizardsScreen;
  // The page's timers are Playwright's: the screen's next check is fired by moving them on.
  await page.clock.install();
  await openApp(page, host);
  await use(page, 'en');
  await go(page, 'en', 'wizards');
  await page.getByRole('button', { name: w.kinds['test-order'].title, exact: true }).click();
  await page.getByRole('combobox', { name: w.fields.platform, exact: true }).selectOption('Shopify');
  await next(page).click();
  await next(page).click();
  await step(page).getByRole('checkbox', { name: w['test-order'].items.addToCart }).check();
  await next(page).click();
  await page.getByRole('textbox', { name: w.fields.email, exact: true }).fill('wording@storepulse.example');
  await page.getByRole('button', { name: w.fields.apply }).click();
  await next(page).click();
  await expect(stepHeading(page)).toHaveText(w['test-order'].steps.check);
  await page.getByRole('button', { name: w.testOrder.simulate }).click();
  // The first check (the screen's own, 15 s on) reads singular.
  await expect(page.getByRole('button', { name: w.testOrder.cancel })).toBeVisible();
  await page.clock.fastForward(15_000);
  await expect(page.getByText(/\(1 check so far\)/)).toBeVisible({ timeout: 30_000 });
  // A minute later by the store's clock the order has arrived; the screen's own next check finds it.
  storeTimeOf(backend).clock.advance(60_000);
  await page.clock.fastForward(15_000);
  const found = step(page).locator('.wizard-item--yes');
  await expect(found).toContainText('Placed Order received at', { timeout: 30_000 });
  await expect(found).toContainText(/value \$54/);
  await expect(found).toContainText(zoneLabel.en);
  await expectNoDoubledLabel(page);
  await shoot(page, 'test-order', 'en');
});
