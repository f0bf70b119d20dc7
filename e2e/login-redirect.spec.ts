// Finding 2 of issue 15: after signing in, `/login?next=…` sent editors wherever `next` said once a
// browser had tidied it up ("/\t/evil.example" became "//evil.example"), and a newline in it was a 500.
// Every known bypass (lib/return-path-bypasses.ts) goes through the login page's server redirect (an
// editor already signed in) and, for a few, through the form's navigation after signing in: the answer
// is a redirect, never a 500, and the browser stays on the site.
import { expect, test } from '@playwright/test';
import { REDIRECT_BYPASSES } from '../lib/return-path-bypasses';
import { editorStatePath } from './helpers';
import { mainServerURL } from './raw-requests';

test.describe('the login page redirects a signed-in editor only within the site', () => {
  test.use({ storageState: editorStatePath });

  for (const [value, why] of REDIRECT_BYPASSES) {
    test(`next= ${why}`, async ({ request }) => {
      for (const [prefix, home] of [['', '/'], ['/uk', '/uk']] as const) {
        const response = await request.get(`${prefix}/login?next=${encodeURIComponent(value)}`, { maxRedirects: 0 });
        expect(response.status(), `${prefix}/login`).toBe(307);
        const location = response.headers().location ?? '';
        expect(location, 'no control character or backslash reaches the header').not.toMatch(/[\u0000-\u001F\u007F\\]/);
        const target = new URL(location, `${mainServerURL}/login`);
        expect(target.origin).toBe(mainServerURL);
        expect(target.pathname).toBe(home);
      }
    });
  }

  test('a path on the site is kept, in the language of the page', async ({ request }) => {
    const english = await request.get(`/login?next=${encodeURIComponent('/nights/new?target=RU')}`, { maxRedirects: 0 });
    expect(english.headers().location).toBe('/nights/new?target=RU');
    const ukrainian = await request.get(`/uk/login?next=${encodeURIComponent('/import')}`, { maxRedirects: 0 });
    expect(ukrainian.headers().location).toBe('/uk/import');
  });
});

test('after signing in through the form, the browser stays on the site whatever next= said', async ({ page }) => {
  for (const value of ['/\t/evil.example/phish', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
    await page.context().clearCookies();
    await page.goto(`/login?next=${encodeURIComponent(value)}`);
    // Sent by POST even before the script runs: a password never ends up in an address or a log.
    await expect(page.locator('form')).toHaveAttribute('method', 'post');
    // Typed once the page is interactive, as a person would (data-interactive: app/components/use-hydrated.ts).
    await page.locator('form[data-interactive]').waitFor({ state: 'attached' });
    await page.getByLabel('Email').fill(process.env.E2E_EDITOR_EMAIL ?? '');
    await page.getByLabel('Password').fill(process.env.E2E_EDITOR_PASSWORD ?? '');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(new URL(page.url()).origin, value).toBe(mainServerURL);
    expect(new URL(page.url()).pathname, value).toBe('/');
  }
});
