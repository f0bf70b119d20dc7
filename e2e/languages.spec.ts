// English and Ukrainian: the language lives in the URL, a first visit to the bare home page follows the
// browser, and the switch keeps the view. Read-only: uses the fixture nights.
import { expect, test } from '@playwright/test';

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
  await expect(page).toHaveURL(/\/uk\?from=2025-06-01&to=2025-06-30&target=UA$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/\?from=2025-06-01&to=2025-06-30&target=UA$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a night page has a Ukrainian address too', async ({ page }) => {
  await page.goto('/uk/nights/2025-06-10');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/nights/2025-06-10');
});
