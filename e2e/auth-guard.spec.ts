// Only editors change data: the editor pages send anonymous visitors to sign in. That every mutating
// server action and route refuses a caller without a session is checked, for each one found in the
// code, by e2e/anonymous-writes.spec.ts (which took over the action replays that were here).
import { expect, test } from '@playwright/test';

test.describe('anonymous visitors', () => {
  for (const path of ['/nights/new', '/nights/2024-02-15/edit?target=RU', '/weapons', '/import']) {
    test(`are sent to sign in from ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('next') === path);
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Save night' })).toHaveCount(0);
    });
  }
});
