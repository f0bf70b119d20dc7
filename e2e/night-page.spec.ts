// One night's page over the fixture nights: its rows, totals, source, notes, neighbours and history.
import { expect, test, type Page } from '@playwright/test';
import { readExcerpt, showCount, showRate, sumsOver, type ExcerptRow } from './fixtures/excerpt-sums';
import { RU_NIGHTS } from './fixtures/ru-nights';
import { editorStatePath } from './helpers';

const excerpt = readExcerpt();

// The SPEC's rule for an unknown "lost", worked out here: from 2025-07-24 the combined "shot down or
// suppressed" number is stored as shot down with lost unknown (lost included); before, unknown is unknown.
const COMBINED_FROM = '2025-07-24';
const notStoppedOf = (r: ExcerptRow) =>
  r.launched === null || r.shotDown === null || (r.lost === null && r.date < COMBINED_FROM) ? null : r.launched - r.shotDown - (r.lost ?? 0);

/** Each weapon row's last four cells (launched, shot down, lost, not stopped) as shown, and as the fixture gives them. */
async function rowCells(page: Page, rows: ExcerptRow[]) {
  const table = page.getByRole('table', { name: 'Figures by weapon' });
  await expect(table.locator('tbody tr')).toHaveCount(rows.length);
  const shown = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(-4).map((td) => td.textContent).join('|')).sort());
  const expected = rows.map((r) => [r.launched, r.shotDown, r.lost, notStoppedOf(r)].map(showCount).join('|')).sort();
  return { shown, expected };
}

test('a night page shows every weapon row, unknown counts as n/a, and totals', async ({ page }) => {
  const date = '2025-06-29';
  const rows = excerpt.filter((r) => r.date === date);
  await page.goto(`/nights/${date}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(date);
  const table = page.getByRole('table', { name: 'Figures by weapon' });
  // Each row's counts (launched, shot down, lost, not stopped), compared as a whole: weapon names differ
  // from the dataset's model names ("X-47 Kinzhal" is the seed weapon "Kh-47M2 Kinzhal").
  const { shown, expected } = await rowCells(page, rows);
  expect(shown).toEqual(expected);
  await expect(table.getByRole('row', { name: /Kalibr/ })).toContainText('n/a');
  await expect(table.getByRole('row', { name: /Shahed/ })).toContainText('attack drone');

  const sums = sumsOver(rows);
  const basis = rows.filter((r) => notStoppedOf(r) !== null);
  const basisLaunched = basis.reduce((n, r) => n + (r.launched ?? 0), 0);
  const neutralisationRate = basisLaunched === 0 ? null : (basisLaunched - basis.reduce((n, r) => n + (notStoppedOf(r) ?? 0), 0)) / basisLaunched;
  const totals = page.getByRole('table', { name: 'Totals by category' });
  await expect(totals.getByRole('row', { name: /^Drones/ })).toContainText(showCount(sums.dronesLaunched));
  await expect(totals.getByRole('row', { name: /^Missiles/ })).toContainText(showCount(sums.missilesLaunched));
  await expect(totals.getByRole('row', { name: /^All/ })).toContainText(showRate(neutralisationRate));
  await expect(totals.getByRole('row', { name: /^All/ })).toContainText(`${basis.length} of ${rows.length}`);
  await expect(totals.getByRole('row', { name: /^All/ })).toContainText(showRate(sums.interceptionRate));

  const source = page.getByRole('link', { name: 'Air Force of the Armed Forces of Ukraine (national report)' });
  await expect(source).toHaveAttribute('href', `https://www.facebook.com/${rows[0]?.source}`);
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer nofollow');
});

test('not stopped follows the night: lost unknown is unknown before 24 Jul 2025, included in shot down from then', async ({ page }) => {
  // 2025-07-19: Iskander-M/KN-23 12 launched, 7 shot down, lost not given.
  const before = excerpt.filter((r) => r.date === '2025-07-19');
  const iskander = before.find((r) => r.model === 'Iskander-M/KN-23');
  expect(iskander && [iskander.launched, iskander.shotDown, iskander.lost]).toEqual([12, 7, null]);
  await page.goto('/nights/2025-07-19');
  const a = await rowCells(page, before);
  expect(a.shown).toEqual(a.expected);
  await expect(page.getByRole('table', { name: 'Figures by weapon' }).getByRole('row', { name: /Iskander-M/ })).toContainText('127n/an/a');
  await expect(page.getByRole('table', { name: 'Totals by category' })).toBeVisible();
  await expect(page.locator('main')).toContainText('a weapon row with lost unknown is left out');

  // From 24 July the combined figure: lost unknown, taken as included in shot down.
  const after = excerpt.filter((r) => r.date === '2025-08-09');
  expect(after.some((r) => r.lost === null && r.launched !== null && r.shotDown !== null)).toBe(true);
  await page.goto('/nights/2025-08-09');
  const b = await rowCells(page, after);
  expect(b.shown).toEqual(b.expected);
  expect(b.expected.some((cells) => cells.endsWith('n/a'))).toBe(false);
});

test('previous and next link to the neighbouring recorded nights of the same target', async ({ page }) => {
  const dates = [...new Set(excerpt.map((r) => r.date))].sort();
  const i = dates.indexOf('2025-07-21');
  // The dataset has no national report for 2025-07-20: the previous night skips it.
  await page.goto('/nights/2025-07-21');
  await expect(page.getByRole('link', { name: /Previous night/ })).toHaveAttribute('href', `/nights/${dates[i - 1]}`);
  await expect(page.getByRole('link', { name: /Next night/ })).toHaveAttribute('href', `/nights/${dates[i + 1]}`);
  await page.getByRole('link', { name: /Next night/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(dates[i + 1] ?? '');

  await page.goto('/nights/2025-06-12?target=RU');
  await expect(page.getByRole('link', { name: /Previous night/ })).toHaveAttribute('href', '/nights/2025-06-10?target=RU');
});

test("a Russian night shows its statement, notes as text, and its history newest first", async ({ page }) => {
  const night = RU_NIGHTS[0]!;
  await page.goto(`/nights/${night.date}?target=RU`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${night.date}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Attacks on Russia');
  await expect(page.getByRole('table', { name: 'Figures by weapon' }).getByRole('row', { name: /Unknown drone/ })).toContainText('n/a45n/an/a');
  await expect(page.locator('blockquote')).toHaveText(night.statement);
  // Notes are text: markup in them is shown, never rendered.
  await expect(page.getByText(night.notes)).toBeVisible();
  await expect(page.locator('main b')).toHaveCount(0);

  const history = page.getByRole('list', { name: 'Revisions, newest first' });
  const entries = history.locator(':scope > li');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Updated');
  await expect(entries.nth(0)).toContainText('Unknown drone: shot down 40 → 45');
  await expect(entries.nth(0)).toContainText('Changed notes');
  await expect(entries.nth(1)).toContainText('Created');
  await expect(entries.nth(1)).toContainText('fixture (e2e setup)');
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
});

test.describe('as an editor', () => {
  test.use({ storageState: editorStatePath });

  test('the night page offers Edit, keeping the target', async ({ page }) => {
    await page.goto('/nights/2025-06-10?target=RU');
    await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveAttribute('href', '/nights/2025-06-10/edit?target=RU');
    await page.goto('/nights/2025-06-29');
    await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveAttribute('href', '/nights/2025-06-29/edit');
  });
});

test('a date without a record, or no date at all, is a helpful 404', async ({ page }) => {
  for (const address of ['/nights/2025-07-20', '/nights/2025-02-30', '/nights/2025-06-29?target=XX', '/nights/2025-06-11?target=RU']) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(404);
    await expect(page.getByRole('heading', { name: 'No night recorded for this date' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'dashboard', exact: true })).toHaveAttribute('href', '/');
  }
});
