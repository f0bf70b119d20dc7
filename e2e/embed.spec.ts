// The embeddable chart: another site can put /embed/launches in an iframe (and nothing else of ours);
// it shows one named chart, its data as a table and a link back, in the language asked for, within the
// Content-Security-Policy. Reads the fixture nights only.
import { expect, test } from '@playwright/test';
import { inRange, readExcerpt, showCount, sumsOver } from './fixtures/excerpt-sums';
import { startOtherSite, type OtherSite } from './other-site';

const [from, to] = ['2025-06-20', '2025-07-31'];
const EMBED = `/embed/launches?from=${from}&to=${to}`;

test('only /embed/* may be framed: by header', async ({ request }) => {
  const embed = await request.get(EMBED);
  expect(embed.status()).toBe(200);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();

  for (const path of ['/', '/uk', '/nights/2025-07-09', '/login', '/embed', '/uk/embed/launches']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
});

let newsSite: OtherSite;
test.beforeAll(async () => {
  newsSite = await startOtherSite();
});
test.afterAll(async () => {
  await newsSite.close();
});

test('a news site frames the chart, but not the dashboard', async ({ page, baseURL }) => {
  const article = `<!doctype html><title>News</title>
    <iframe id="chart" title="Launches" src="${baseURL}${EMBED}" width="640" height="520"></iframe>
    <iframe id="dashboard" title="Dashboard" src="${baseURL}/" width="640" height="520"></iframe>`;
  newsSite.serve('/article', article);
  await page.goto(`${newsSite.origin}/article`);
  const chart = page.frameLocator('#chart');
  await expect(chart.getByRole('heading', { level: 1 })).toHaveText('Launches per night, by category');
  await expect(chart.getByRole('img', { name: /^Launches per night, by category: Attacks on Ukraine, 20 June 2025 – 31 July 2025/ })).toBeVisible();
  // The dashboard refuses to be framed: the browser shows its own error page in that frame instead.
  const dashboard = await (await page.locator('#dashboard').elementHandle())?.contentFrame();
  await expect.poll(() => dashboard?.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('#dashboard').getByRole('heading', { name: 'Headline figures' })).toHaveCount(0);
});

test('the chart has an accessible name, a summary, a table alternative and a link back, within the CSP', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(EMBED);
  const expected = sumsOver(inRange(readExcerpt(), from, to));
  const chart = page.getByRole('img', { name: /Launches per night, by category/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(new RegExp(`^Drones launched: ${showCount(expected.dronesLaunched)}; missiles launched: ${showCount(expected.missilesLaunched)}; ${expected.nights} nights recorded\\.`));
  await expect(page.getByRole('banner')).toHaveCount(0);

  await page.getByText('Data table').click();
  const table = page.getByRole('table', { name: /Launches per period/ });
  await expect(table.locator('tbody tr')).toHaveCount(expected.nights);
  const night = sumsOver(inRange(readExcerpt(), '2025-07-09', '2025-07-09'));
  await expect(table.getByRole('row', { name: /^9 July 2025/ })).toContainText(`${showCount(night.dronesLaunched)}${showCount(night.missilesLaunched)}1`);

  const back = page.getByRole('link', { name: 'Full dashboard on Air Tally' });
  await expect(back).toHaveAttribute('href', `/?from=${from}&to=${to}`);
  await expect(back).toHaveAttribute('target', '_blank');
  expect(violations).toEqual([]);
});

test('the chart speaks Ukrainian with lang=uk, and says plainly when its address is wrong', async ({ page }) => {
  await page.goto(`${EMBED}&lang=uk&granularity=week`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Запуски за тиждень, за категоріями');
  await expect(page.getByRole('img', { name: /Атаки на Україну, 20 червня 2025 – 31 липня 2025/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Повна статистика на Air Tally' })).toHaveAttribute('href', `/uk?from=${from}&to=${to}&granularity=week`);
  await page.getByText('Таблиця даних').click();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('тиждень від 16 червня 2025 (неповний: 3 з 7 днів)');

  await page.goto('/embed/launches?from=2025-02-30&lang=uk');
  await expect(page.getByRole('alert').filter({ hasText: 'Адреса графіка недійсна' })).toBeVisible();
});
