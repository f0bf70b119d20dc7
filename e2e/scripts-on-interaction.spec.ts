// Reader pages from the cache start their scripts when the reader uses the page (a touch, a key, a
// scroll) or a chart comes near the screen, not at load: on a phone the figures are there without
// React. What scripts add still works once they run, and a choice made before they did is kept.
import { expect, test, type Page } from '@playwright/test';
import { read } from './cache-helpers';
import { editorStatePath, isHydrated as hydrated } from './helpers';

const PHONE = { width: 390, height: 844 };

const nextScriptsInPage = (page: Page) => page.locator('script[src*="/_next/static/"]:not([nomodule])').count();
const scriptsAdded = (page: Page) => page.locator('html[data-scripts="added"]');

test.describe('a reader on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  for (const path of ['/', '/uk', '/nights/2025-06-29', '/about']) {
    test(`${path}: the figures come without scripts; the first scroll brings them`, async ({ page, baseURL }) => {
      await read(baseURL, path);
      const response = await page.goto(path);
      expect(response?.headers()['x-air-tally-cache']).toBe('HIT');
      await page.waitForLoadState('load');
      await page.waitForTimeout(1_000);
      expect(await nextScriptsInPage(page)).toBe(0);
      await expect(scriptsAdded(page)).toHaveCount(0);
      expect(await hydrated(page)).toBe(false);
      await expect(page.locator('main h1')).toBeVisible();

      await page.mouse.wheel(0, 300);
      await expect(scriptsAdded(page)).toHaveCount(1);
      expect(await nextScriptsInPage(page)).toBeGreaterThan(0);
      await expect.poll(() => hydrated(page), { timeout: 30_000 }).toBe(true);
    });
  }

  test('a chart scrolled to is drawn, and a table opened before the scripts ran shows its rows', async ({ page }) => {
    await page.goto('/?from=2025-06-01&to=2025-08-31');
    const launches = page.locator('figure[data-chart="launches"]');
    // Opened by keyboard-free tap, before anything else: the tap is what starts the scripts.
    const toggle = launches.locator('details summary');
    await toggle.tap();
    await expect(launches.locator('details')).toHaveAttribute('open', '');
    await expect(launches.locator('details table tbody tr').first()).toBeVisible({ timeout: 30_000 });
    await expect(launches.locator('.recharts-surface').first()).toBeVisible({ timeout: 30_000 });
  });
});

test.describe('an editor', () => {
  test.use({ storageState: editorStatePath, viewport: PHONE });

  test('gets the scripts at once: pages for a session are not stored, nor deferred', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.headers()['x-air-tally-cache']).not.toBe('HIT');
    expect(await nextScriptsInPage(page)).toBeGreaterThan(0);
    await expect(scriptsAdded(page)).toHaveCount(0);
    await expect.poll(() => hydrated(page), { timeout: 30_000 }).toBe(true);
  });
});
