// The policy of pages served from the response cache: no nonce (a stored one would be everyone's) but
// the SHA-256 hash of each inline script, still no 'unsafe-inline' or 'unsafe-eval' for scripts, the
// same bytes for every reader, and no violation in the browser, hydration and deferred charts included.
import { expect, test } from '@playwright/test';
import { read } from './cache-helpers';
import { startScripts } from './helpers';

const STORED_PAGES = ['/', '/uk', '/?from=2025-06-01&to=2025-08-31', '/nights/2025-06-29', '/uk/nights/2025-06-29'];

const scriptSources = (policy: string) => policy.split(';').map((directive) => directive.trim()).find((directive) => directive.startsWith('script-src ')) ?? '';

for (const path of STORED_PAGES) {
  test(`${path} carries a hash-based policy and the same bytes for everyone`, async ({ baseURL }) => {
    const first = await fetch(`${baseURL ?? ''}${path}`);
    const second = await fetch(`${baseURL ?? ''}${path}`);
    const policy = second.headers.get('content-security-policy') ?? '';
    expect(second.headers.get('x-air-tally-cache')).toBe('HIT');
    expect(scriptSources(policy)).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+={0,2}')+$/);
    expect(scriptSources(policy)).not.toMatch(/unsafe-inline|unsafe-eval|nonce|strict-dynamic/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(second.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await second.text();
    expect(html).toBe(await first.text());
    expect(html).not.toMatch(/\snonce="/);
    // Every inline script of the page is named in the policy, and nothing else is.
    const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    const { createHash } = await import('node:crypto');
    const named = new Set(scriptSources(policy).match(/'sha256-[^']+'/g));
    for (const script of hashes) expect(named.has(`'sha256-${createHash('sha256').update(script).digest('base64')}'`)).toBe(true);
    expect(named.size).toBe(new Set(hashes).size);
  });
}

for (const path of STORED_PAGES) {
  test(`${path} from the cache runs with no CSP violation`, async ({ page, baseURL }) => {
    await read(baseURL, path);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(path);
    expect(response?.headers()['x-air-tally-cache']).toBe('HIT');
    await page.waitForLoadState('load');
    // The inline scripts ran (a blocked one would leave this undefined); then the reader's first interaction
    // starts Next's runtime (added by the inline loader), which hydrates the page.
    await page.waitForFunction(() => Array.isArray((self as unknown as { __next_f?: unknown }).__next_f));
    await startScripts(page);
    if (path.includes('from=')) {
      const chart = page.locator('figure[data-chart="launches"]');
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('.recharts-surface').first()).toBeVisible({ timeout: 30_000 });
    }
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null))));
    expect(violations).toEqual([]);
  });
}
