// English and Ukrainian: the language lives in the URL, a first visit to the bare home page follows the
// browser, and the switch keeps the view. Read-only: uses the fixture nights.
import { expect, test } from '@playwright/test';
import { englishInterfaceParts, shownText } from './english-words';
import { editorStatePath, startScripts } from './helpers';

test.describe('a browser that prefers Ukrainian', () => {
  test.use({ locale: 'uk-UA', extraHTTPHeaders: { 'Accept-Language': 'uk-UA,uk;q=0.9,en;q=0.5' } });

  test('opens the Ukrainian dashboard from the bare home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/uk$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.getByRole('navigation', { name: 'Головне меню' })).toBeVisible();
  });

  test('the switch is remembered by the bare home page over the browser language', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/uk$/);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/');
    await expect(page).not.toHaveURL(/\/uk$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  // After React has taken over the page, its own click handler stores the choice before following the link
  // (lib/remember-choice.ts); before, the loader of a reader page does (the test above).
  for (const start of ['/uk', '/uk/login']) {
    test(`from ${start} with React running, the switch is remembered too`, async ({ page }) => {
      await page.goto(start);
      await startScripts(page);
      await page.getByRole('link', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const cookies = await page.context().cookies();
      const remembered = cookies.find((cookie) => cookie.name === 'NEXT_LOCALE');
      expect(remembered).toMatchObject({ value: 'en', path: '/', sameSite: 'Lax' });
      // For a year.
      expect((remembered?.expires ?? 0) - Date.now() / 1000).toBeGreaterThan(364 * 86400);
      await page.goto('/');
      await expect(page).not.toHaveURL(/\/uk$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  }

  test('keeps a shared English link in English', async ({ page }) => {
    await page.goto('/?from=2025-06-01&to=2025-06-30');
    await expect(page).toHaveURL(/\/\?from=2025-06-01&to=2025-06-30$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('an English browser gets English, and the switch keeps the filters in both directions', async ({ page }) => {
  await page.goto('/?from=2025-06-01&to=2025-06-30&target=UA');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Українською' }).click();
  // The same view, its parameters in any order.
  const sameView = (pathname: string) => (url: URL) =>
    url.pathname === pathname && [...url.searchParams].sort().join('&') === 'from,2025-06-01&target,UA&to,2025-06-30';
  await expect(page).toHaveURL(sameView('/uk'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(sameView('/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a night page has a Ukrainian address too', async ({ page }) => {
  await page.goto('/uk/nights/2025-06-10');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/nights/2025-06-10');
});

test.describe('no English interface words on Ukrainian pages', () => {
  // Each page with the catalogues it is drawn from. Stored text (statements, notes, weapon names that
  // are not seed weapons) is data, not interface, and stays as entered.
  // The statement, notes and the history's editor are stored text, as entered.
  const storedOnNight = ['section[aria-labelledby="source-title"] blockquote', 'section[aria-labelledby="source-title"] p'];
  const pages: { address: string; namespaces: string[]; stored?: string[] }[] = [
    { address: '/uk/nights/2025-06-10', namespaces: ['common', 'night'], stored: storedOnNight },
    { address: '/uk/nights/2025-06-10?target=RU', namespaces: ['common', 'night'], stored: storedOnNight },
    { address: '/uk/about', namespaces: ['common', 'about'] },
    { address: '/uk/login', namespaces: ['common', 'login'] },
  ];
  for (const { address, namespaces, stored } of pages) {
    test(address, async ({ page }) => {
      const english = englishInterfaceParts(namespaces);
      expect(english.length).toBeGreaterThan(10);
      await page.goto(address);
      await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
      // Deferred parts (the weapons chart, the history) load as they come near the screen.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += 600) await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForLoadState('networkidle');
      const shown = await shownText(page, stored);
      expect(english.filter((part) => shown.includes(part))).toEqual([]);
    });
  }

  test.describe('editor pages', () => {
    test.use({ storageState: editorStatePath });
    const editorPages: { address: string; namespaces: string[]; stored?: string[] }[] = [
      { address: '/uk/nights/new', namespaces: ['common', 'nightForm', 'statementFill'] },
      { address: '/uk/nights/2025-06-10/edit', namespaces: ['common', 'nightForm', 'statementFill'] },
      { address: '/uk/import', namespaces: ['common', 'importPage'] },
      // The list of weapons holds their names and aliases as entered.
      { address: '/uk/weapons', namespaces: ['common', 'weapons'], stored: ['main table tbody'] },
    ];
    for (const { address, namespaces, stored } of editorPages) {
      test(address, async ({ page }) => {
        const english = englishInterfaceParts(namespaces);
        await page.goto(address);
        await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
        const shown = await shownText(page, stored);
        expect(english.filter((part) => shown.includes(part))).toEqual([]);
      });
    }
  });
});
