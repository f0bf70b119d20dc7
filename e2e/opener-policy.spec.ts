// Cross-Origin-Opener-Policy by page (lib/opener-policy.ts): sign-in, the editor's pages and every other
// page cut the link to a window of another site that opened them; the public reading pages (dashboard,
// night, "How we count") keep it, so that a phone can open them in the process it already has. Checked by
// header and in the browser, from a page of another origin that opens ours in a new window.
import { expect, test } from '@playwright/test';
import { editorStatePath } from './helpers';
import { startOtherSite, type OtherSite } from './other-site';

const READING = ['/', '/uk', '/nights/2025-06-29', '/uk/nights/2025-06-29', '/about', '/?from=2025-06-01&to=2025-06-30'];
const ISOLATED = ['/login', '/uk/login', '/nights/new', '/import', '/weapons', '/no-such-page', '/uk/no-such-page', '/embed/launches'];

test.describe('the opener policy, by header', () => {
  for (const path of READING) {
    test(`${path}: none`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(200);
      expect(response.headers()['cross-origin-opener-policy']).toBeUndefined();
    });
  }
  for (const path of ISOLATED) {
    test(`${path}: same-origin`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.headers()['cross-origin-opener-policy']).toBe('same-origin');
    });
  }

  test.describe('as the editor', () => {
    test.use({ storageState: editorStatePath });
    for (const path of ['/nights/new', '/nights/2025-06-29/edit', '/import', '/uk/import']) {
      test(`${path}: same-origin`, async ({ request }) => {
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status()).toBe(200);
        expect(response.headers()['cross-origin-opener-policy']).toBe('same-origin');
      });
    }
  });
});

let otherSite: OtherSite;
test.beforeAll(async () => {
  otherSite = await startOtherSite();
});
test.afterAll(async () => {
  await otherSite.close();
});

test.describe('the opener policy, in the browser', () => {
  const cases = [
    { path: '/login', isolated: true },
    { path: '/uk/login', isolated: true },
    { path: '/', isolated: false },
    { path: '/nights/2025-06-29', isolated: false },
  ];
  for (const { path, isolated } of cases) {
    test(`another site opens ${path}: ${isolated ? 'it loses its hold on the window' : 'the window stays linked'}`, async ({ page, context, baseURL }) => {
      otherSite.serve('/opener', `<!doctype html><title>Other site</title><script>function go(){window.opened=window.open(${JSON.stringify(`${baseURL}${path}`)})}</script><button onclick="go()">Open</button>`);
      await page.goto(`${otherSite.origin}/opener`);
      const [opened] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open' }).click()]);
      await opened.waitForLoadState('load');
      expect(new URL(opened.url()).pathname).toBe(new URL(`${baseURL}${path}`).pathname);
      // With the policy, the browser gives the page a browsing context group of its own: the opened window
      // has no opener, and the other site's handle reads as closed, so it can no longer navigate it.
      expect(await opened.evaluate(() => window.opener === null)).toBe(isolated);
      await expect.poll(() => page.evaluate(() => (window as unknown as { opened: Window }).opened.closed)).toBe(isolated);
    });
  }
});
