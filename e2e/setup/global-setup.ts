// Signs the test editor in once through the real form, and saves the session for specs that need it
// (signing in once also keeps clear of the sign-in rate limit).
import { chromium, type FullConfig } from '@playwright/test';
import { editorStatePath } from '../helpers';

export default async function globalSetup(config: FullConfig) {
  const project = config.projects[0];
  const baseURL = project?.use.baseURL;
  if (!baseURL) throw new Error('baseURL is not set');
  const browser = await chromium.launch(project.use.launchOptions);
  const page = await browser.newPage({ baseURL });
  await page.goto('/login');
  // Typed once the page is interactive, as a person would (data-interactive: app/components/use-hydrated.ts).
  await page.locator('form[data-interactive]').waitFor({ state: 'attached' });
  await page.getByLabel('Email').fill(process.env.E2E_EDITOR_EMAIL ?? '');
  await page.getByLabel('Password').fill(process.env.E2E_EDITOR_PASSWORD ?? '');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page.context().storageState({ path: editorStatePath });
  await browser.close();
}
