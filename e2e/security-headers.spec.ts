import { expect, test } from '@playwright/test';
import { editorStatePath } from './helpers';

const pages = ['/', '/login', '/?from=2025-06-01&to=2025-06-30'];

test.describe('security headers', () => {
  for (const path of pages) {
    test(`${path} carries a strict CSP and the other security headers`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      // Pages rendered per request carry a nonce; pages served from the response cache carry the
      // hashes of their inline scripts instead (e2e/csp-stored-pages.spec.ts). Never 'unsafe-inline'.
      const scripts = (headers['content-security-policy'] ?? '').split('; ').find((directive) => directive.startsWith('script-src')) ?? '';
      expect(scripts).toMatch(/^script-src 'self' ('nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'|'sha256-[A-Za-z0-9+/=]+'( 'sha256-[A-Za-z0-9+/=]+')*)$/);
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['x-powered-by']).toBeUndefined();
    });
  }

  test('the nonce changes on every request', async ({ request }) => {
    const nonceOf = async () =>
      /'nonce-([^']+)'/.exec((await request.get('/login')).headers()['content-security-policy'] ?? '')?.[1];
    expect(await nonceOf()).not.toEqual(await nonceOf());
  });
});

test.describe('pages pass their own policy', () => {
  test.use({ storageState: editorStatePath });

  for (const path of pages) {
    test(`${path} runs with no CSP violation`, async ({ page }) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(path);
      // Hydrated: the client-side sign-out form and links respond.
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
      await page.waitForLoadState('load');
      if (path.includes('from=')) {
        // The charts' code loads when they come near the screen: it must run under the policy too.
        const chart = page.locator('figure[data-chart="launches"]');
        await chart.scrollIntoViewIfNeeded();
        await expect(chart.locator('.recharts-surface').first()).toBeVisible();
      }
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null))));
      expect(violations).toEqual([]);
    });
  }
});
