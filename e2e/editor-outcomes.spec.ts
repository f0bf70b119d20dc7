// Editors record what a statement reports beyond interceptions: hits by category, places hit, places with
// debris, Shahed-type drones, each with how exact the statement gives it. Dates: 2024-02-12 to 2024-02-16
// (the editors' partition, see e2e/README.md).
import { expect, test, type Page } from '@playwright/test';
import { countInput, waitForInteractiveForm, fillNewNight, storedNight } from './editor-helpers';
import { editorStatePath, readDatabase } from './helpers';

test.use({ storageState: editorStatePath });

const outcome = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
const howExact = (page: Page, label: string) => page.getByRole('combobox', { name: `How exact: ${label}`, exact: true });

function storedOutcomes(date: string) {
  const db = readDatabase();
  try {
    return db
      .prepare(
        `select hits_missile, hits_drone, places_hit, places_debris, shaheds, hits_missile_qualifier, hits_drone_qualifier,
         places_hit_qualifier, places_debris_qualifier, shaheds_qualifier from nights where date = ? and target = 'UA'`,
      )
      .get(date);
  } finally {
    db.close();
  }
}

test('an editor enters hits, places and Shaheds with "about", saves, and finds them stored, in the edit form and in the JSON', async ({ page }) => {
  const date = '2024-02-12';
  await page.goto('/nights/new');
  await waitForInteractiveForm(page);
  await fillNewNight(page, {
    date,
    sourceName: 'Air Force of Ukraine',
    figures: [
      { weapon: 'Shahed-136/131', launched: '430', shotDown: '405' },
      { weapon: 'Iskander-M/KN-23', launched: '9', shotDown: '6' },
    ],
  });
  await outcome(page, 'Missiles that struck').fill('3');
  await outcome(page, 'Drones that struck').fill('23');
  await outcome(page, 'Places hit').fill('14');
  await outcome(page, 'Shahed-type drones among those launched').fill('300');
  await howExact(page, 'Shahed-type drones among those launched').selectOption({ label: 'about (≈)' });
  await page.getByRole('button', { name: 'Save night' }).click();
  await page.waitForURL((url) => url.pathname === `/nights/${date}`);

  // Stored as entered: unknown stays NULL (never 0), and only the approximate figure has a qualifier.
  expect(storedOutcomes(date)).toEqual({
    hits_missile: 3, hits_drone: 23, places_hit: 14, places_debris: null, shaheds: 300,
    hits_missile_qualifier: null, hits_drone_qualifier: null, places_hit_qualifier: null, places_debris_qualifier: null,
    shaheds_qualifier: 'about',
  });
  expect(storedNight(date).revisions.map((revision) => revision.action)).toEqual(['create']);

  await page.goto(`/nights/${date}/edit`);
  await expect(outcome(page, 'Places hit')).toHaveValue('14');
  await expect(outcome(page, 'Places where debris fell')).toHaveValue('');
  await expect(outcome(page, 'Shahed-type drones among those launched')).toHaveValue('300');
  await expect(howExact(page, 'Shahed-type drones among those launched')).toHaveValue('about');
  await expect(howExact(page, 'Places hit')).toHaveValue('');

  const json = await (await page.request.get(`/api/nights?from=${date}&to=${date}`)).json();
  expect(json.nights).toEqual([
    expect.objectContaining({
      date,
      hits: { missile: 3, drone: 23 },
      places_hit: 14,
      places_debris: null,
      shaheds: 300,
      qualifiers: { shaheds: 'about' },
    }),
  ]);

  // Corrected in the edit form: the debris places become known, "about" goes, and the history says so.
  await outcome(page, 'Places where debris fell').fill('44');
  await howExact(page, 'Shahed-type drones among those launched').selectOption('');
  await page.getByRole('button', { name: 'Save night' }).click();
  await page.waitForURL((url) => url.pathname === `/nights/${date}`);
  expect(storedOutcomes(date)).toMatchObject({ places_debris: 44, shaheds: 300, shaheds_qualifier: null });
  expect(storedNight(date).revisions.map((revision) => revision.action)).toEqual(['create', 'update']);
  const history = page.getByRole('list', { name: 'Revisions, newest first' });
  await expect(history).toContainText('Places with falling debris: n/a → 44');
  await expect(history).toContainText('Shahed-type attack drones: ≈\u00a0300 → 300');
});

// A statement in the Air Force's current form: hits per category, places hit, debris, "about" Shaheds.
const LATEST_STATEMENT =
  'On the night of 29 November (from 18:00 on 28 November), the enemy attacked with 36 missiles and 296 attack UAVs, about 200 of them Shaheds. ' +
  'As of 09:00, 33 missiles and 274 drones were shot down or suppressed. ' +
  'Hits by 3 missiles and 22 drones were recorded at 14 locations, and debris fell at one location.';

test('an editor fills the latest night from a statement with hits and Shaheds, and readers see them on the night page and at the top of the dashboard', async ({ page, browser }) => {
  // The newest night of all, so that it is "last night" on the dashboard; deleted again at the end (the
  // specs run one at a time, and the dashboard's specs expect the fixture's last night).
  const date = '2026-11-29';
  await page.goto('/nights/new');
  await waitForInteractiveForm(page);
  try {
    await page.getByLabel('Statement', { exact: true }).fill(LATEST_STATEMENT);
    await page.getByRole('button', { name: 'Fill from statement' }).click();
    await expect(page.getByRole('status').filter({ hasText: /\S/ })).toContainText('Filled');
    await expect(page.getByLabel('Date', { exact: true })).toHaveValue(date);
    await expect(outcome(page, 'Missiles that struck')).toHaveValue('3');
    await expect(outcome(page, 'Drones that struck')).toHaveValue('22');
    await expect(outcome(page, 'Places hit')).toHaveValue('14');
    await expect(outcome(page, 'Places where debris fell')).toHaveValue('1');
    await expect(outcome(page, 'Shahed-type drones among those launched')).toHaveValue('200');
    await expect(howExact(page, 'Shahed-type drones among those launched')).toHaveValue('about');
    await page.getByRole('button', { name: 'Save night' }).click();
    await page.waitForURL((url) => url.pathname === `/nights/${date}`);
    expect(storedOutcomes(date)).toEqual({
      hits_missile: 3, hits_drone: 22, places_hit: 14, places_debris: 1, shaheds: 200,
      hits_missile_qualifier: null, hits_drone_qualifier: null, places_hit_qualifier: null, places_debris_qualifier: null,
      shaheds_qualifier: 'about',
    });

    // The night page, as a reader (signed out) sees it.
    const readers = await browser.newContext();
    const reader = await readers.newPage();
    await reader.goto(`/nights/${date}`);
    const region = reader.getByRole('region', { name: 'Hits, debris and drone types' });
    const value = (label: string) => region.locator('div', { has: reader.getByText(label, { exact: true }) }).locator('dd');
    await expect(value('Missile hits')).toHaveText('3');
    await expect(value('Drone hits')).toHaveText('22');
    await expect(value('Places hit')).toHaveText('14');
    await expect(value('Places with falling debris')).toHaveText('1');
    await expect(value('Shahed-type attack drones')).toHaveText('≈\u00a0200');
    // Decoys are launched − Shaheds, approximate because the Shahed count is.
    await expect(value('Decoys and imitators (drones launched − Shaheds)')).toHaveText('≈\u00a096');

    // The dashboard opens on it as the latest night.
    await reader.goto('/');
    const latest = reader.getByRole('region', { name: /^Latest night \d/ });
    await expect(latest.getByRole('link', { name: 'This night in full' })).toHaveAttribute('href', `/nights/${date}`);
    await expect(latest.getByRole('group', { name: 'Drones launched', exact: true })).toContainText('296');
    await expect(latest.getByRole('group', { name: 'Hits: missiles / drones', exact: true })).toContainText('3 / 22');
    await expect(latest.getByRole('group', { name: 'Places hit', exact: true })).toContainText('14');
    await expect(latest.getByRole('group', { name: 'Places with debris', exact: true })).toContainText('1');
    await expect(latest.getByRole('group', { name: 'Shahed-type / other drones', exact: true })).toContainText('≈\u00a0200');
    await readers.close();
  } finally {
    await deleteNightIfStored(page, date);
  }
});

/** Deletes a night through its edit form, as an editor would (nothing to do if it was never saved). */
async function deleteNightIfStored(page: Page, date: string) {
  if (!storedNight(date).night) return;
  await page.goto(`/nights/${date}/edit`);
  await page.getByRole('button', { name: 'Delete night…' }).click();
  await page.getByRole('button', { name: 'Yes, delete this night' }).click();
  await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('deleted') === date);
  expect(storedNight(date).night).toBeUndefined();
}

test('Shaheds over the drones launched, and a qualifier with no figure, are refused beside their fields, keeping what was typed', async ({ page }) => {
  const date = '2024-02-13';
  await page.goto('/nights/new');
  await waitForInteractiveForm(page);
  await fillNewNight(page, { date, figures: [{ weapon: 'Shahed-136/131', launched: '100', shotDown: '90' }] });
  await outcome(page, 'Shahed-type drones among those launched').fill('120');
  await howExact(page, 'Places hit').selectOption({ label: 'more than (>)' });
  await page.getByRole('button', { name: 'Save night' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'The night was not saved' })).toBeVisible();
  const shaheds = outcome(page, 'Shahed-type drones among those launched');
  await expect(shaheds).toHaveAttribute('aria-invalid', 'true');
  await expect(shaheds).toHaveAccessibleDescription(/120 Shahed-type drones, but the figures give 100 drones launched/);
  await expect(howExact(page, 'Places hit')).toHaveAccessibleDescription(/Enter the count this applies to, or choose exact/);
  await expect(shaheds).toHaveValue('120');
  await expect(howExact(page, 'Places hit')).toHaveValue('more-than');
  await expect(countInput(page, 'Launched', 'Shahed-136/131')).toHaveValue('100');
  expect(storedNight(date).night).toBeUndefined();

  await shaheds.fill('70');
  await howExact(page, 'Places hit').selectOption('');
  await page.getByRole('button', { name: 'Save night' }).click();
  await page.waitForURL((url) => url.pathname === `/nights/${date}`);
  expect(storedOutcomes(date)).toMatchObject({ shaheds: 70, places_hit: null, places_hit_qualifier: null });
});

test('the night form speaks Ukrainian under /uk, its validation messages included', async ({ page }) => {
  const date = '2024-02-14';
  await page.goto('/uk/nights/new');
  await waitForInteractiveForm(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Додати ніч');
  await page.getByLabel('Дата', { exact: true }).fill(date);
  // Seed weapons are named in Ukrainian here too (the form sends their ids).
  await expect(page.getByRole('textbox', { name: 'Запущено (Дрон-імітатор)', exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Запущено (Шахед-136/131)', exact: true }).fill('10');
  await page.getByRole('textbox', { name: 'Збито (Шахед-136/131)', exact: true }).fill('12');
  await page.getByRole('textbox', { name: 'З них ударних БпЛА типу «Шахед»', exact: true }).fill('8');
  await page.getByRole('combobox', { name: 'Точність: З них ударних БпЛА типу «Шахед»' }).selectOption({ label: 'близько (≈)' });
  await page.getByRole('button', { name: 'Зберегти ніч' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'Ніч не збережено' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Збито (Шахед-136/131)', exact: true })).toHaveAccessibleDescription(
    'Збито (12) не може бути більше, ніж запущено (10)',
  );
  await page.getByRole('textbox', { name: 'Збито (Шахед-136/131)', exact: true }).fill('9');
  await page.getByRole('button', { name: 'Зберегти ніч' }).click();
  // Saved, and the address stays in Ukrainian.
  await page.waitForURL((url) => url.pathname === `/uk/nights/${date}`);
  expect(storedOutcomes(date)).toMatchObject({ shaheds: 8, shaheds_qualifier: 'about' });
});
