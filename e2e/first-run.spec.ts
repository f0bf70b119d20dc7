import { expect, test } from '@playwright/test';
import { editorStatePath, freshServerURL } from './helpers';

test('a new installation shows the empty state with what to do next', async ({ page }) => {
  await page.goto(freshServerURL);
  await expect(page.getByRole('heading', { name: 'No nights recorded yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add night' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('on a default installation (no BETTER_AUTH_URL) the first editor can sign in', async ({ page }) => {
  await page.goto(`${freshServerURL}/login`);
  // Typed once the page is interactive, as a person would (data-interactive: app/components/use-hydrated.ts).
  await page.locator('form[data-interactive]').waitFor({ state: 'attached' });
  await page.getByLabel('Email').fill(process.env.E2E_EDITOR_EMAIL ?? '');
  await page.getByLabel('Password').fill(process.env.E2E_EDITOR_PASSWORD ?? '');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test.describe('the first editor', () => {
  test.use({ storageState: editorStatePath });

  test('was created from EDITOR_EMAIL at start-up and is signed in', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText(process.env.E2E_EDITOR_EMAIL ?? '')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });
});

test('a wrong password is refused with a message and no session', async ({ page }) => {
  await page.goto('/login');
  // Typed once the page is interactive, as a person would (data-interactive: app/components/use-hydrated.ts).
  await page.locator('form[data-interactive]').waitFor({ state: 'attached' });
  await page.getByLabel('Email').fill(process.env.E2E_EDITOR_EMAIL ?? '');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Next.js adds an empty role=alert route announcer, so find the alert by its text.
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});
