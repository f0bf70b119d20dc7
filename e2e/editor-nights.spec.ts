// Editors enter, correct and delete nights. Dates: 2024-01-01 to 2024-03-31 (see e2e/README.md).
import { expect, test } from '@playwright/test';
import {
  countInput,
  enterNight,
  figureCells,
  fillFigures,
  fillNewNight,
  historySection,
  nightUrl,
  storedNight,
} from './editor-helpers';
import { editorStatePath } from './helpers';

const editorEmail = process.env.E2E_EDITOR_EMAIL ?? '';

test.use({ storageState: editorStatePath });

test('an editor enters a night with several weapons and sees it on its page and on the dashboard', async ({ page }) => {
  await page.goto('/nights/new');
  // The form starts with a row for each common weapon.
  for (const weapon of ['Shahed-136/131', 'Decoy drone', 'Iskander-M/KN-23', 'Kalibr', 'Kh-101/Kh-555']) {
    await expect(countInput(page, 'Launched', weapon)).toBeVisible();
  }
  await fillNewNight(page, {
    date: '2024-03-31',
    sourceName: 'Air Force of Ukraine',
    sourceUrl: 'https://t.me/kpszsu/1',
    figures: [
      { weapon: 'Shahed-136/131', launched: '114', shotDown: '66', lost: '31' },
      { weapon: 'Decoy drone', launched: '40', lost: '35' },
      { weapon: 'Kalibr', launched: '3' },
      { weapon: 'Kh-31P', launched: '2', shotDown: '0' },
      { weapon: 'Kh-101/Kh-555', launched: '5' },
    ],
  });
  // A row can be taken out again before saving.
  await page.getByRole('button', { name: 'Remove row (Kh-101/Kh-555)' }).click();
  await expect(countInput(page, 'Launched', 'Kh-101/Kh-555')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save night' }).click();

  await page.waitForURL((url) => url.pathname === '/nights/2024-03-31');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Night of 31 March 2024');
  expect(await figureCells(page, 'Shahed-136/131')).toEqual(['114', '66', '31', '17']);
  // Blank counts are unknown, shown "n/a", never 0.
  expect(await figureCells(page, 'Decoy drone')).toEqual(['40', 'n/a', '35', 'n/a']);
  expect(await figureCells(page, 'Kalibr')).toEqual(['3', 'n/a', 'n/a', 'n/a']);
  // Before 24 Jul 2025 an unknown lost leaves not stopped unknown too.
  expect(await figureCells(page, 'Kh-31P')).toEqual(['2', '0', 'n/a', 'n/a']);
  // Rows left empty, and the removed row, are not saved.
  const table = page.getByRole('table', { name: 'Figures by weapon' });
  await expect(table.getByText('Iskander-M/KN-23', { exact: true })).toHaveCount(0);
  await expect(table.getByText('Kh-101/Kh-555', { exact: true })).toHaveCount(0);

  const stored = storedNight('2024-03-31');
  expect(stored.figures).toEqual([
    { weapon: 'Decoy drone', launched: 40, shot_down: null, lost: 35 },
    { weapon: 'Kalibr', launched: 3, shot_down: null, lost: null },
    { weapon: 'Kh-31P', launched: 2, shot_down: 0, lost: null },
    { weapon: 'Shahed-136/131', launched: 114, shot_down: 66, lost: 31 },
  ]);
  expect(stored.revisions).toEqual([{ action: 'create', actor: editorEmail }]);

  await page.goto('/?from=2024-01-01&to=2024-03-31');
  await page.getByRole('link', { name: '2024-03-31', exact: true }).first().click();
  await expect(page).toHaveURL(/\/nights\/2024-03-31$/);
});

test('a night on Russia is kept apart from the same date on Ukraine', async ({ page }) => {
  await enterNight(page, { date: '2024-02-01', figures: [{ weapon: 'Shahed-136/131', launched: '50', shotDown: '45' }] });
  await enterNight(page, {
    date: '2024-02-01',
    target: 'RU',
    figures: [{ weapon: 'Unknown drone', shotDown: '45' }],
  });
  await expect(page).toHaveURL(/\/nights\/2024-02-01\?target=RU$/);
  expect(await figureCells(page, 'Unknown drone')).toEqual(['n/a', '45', 'n/a', 'n/a']);
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', '/nights/2024-02-01/edit?target=RU');
  expect(storedNight('2024-02-01', 'RU').figures).toEqual([
    { weapon: 'Unknown drone', launched: null, shot_down: 45, lost: null },
  ]);
  expect(storedNight('2024-02-01', 'UA').figures).toHaveLength(1);
});

test('an impossible night is refused beside the field, keeping everything typed', async ({ page }) => {
  await page.goto('/nights/new');
  await fillNewNight(page, {
    date: '2024-01-05',
    target: 'RU',
    sourceName: 'Ministry of Defence',
    notes: 'Typed before the mistake',
    figures: [
      { weapon: 'Shahed-136/131', launched: '10', shotDown: '12' },
      { weapon: 'Kalibr', launched: '3' },
      { weapon: 'Kh-31P', launched: '4', lost: '1' },
    ],
  });
  await page.getByRole('button', { name: 'Save night' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'The night was not saved' })).toBeVisible();
  const shotDown = countInput(page, 'Shot down', 'Shahed-136/131');
  await expect(shotDown).toHaveAttribute('aria-invalid', 'true');
  await expect(shotDown).toHaveAccessibleDescription(/cannot exceed launched \(10\)/);
  await expect(countInput(page, 'Launched', 'Shahed-136/131')).not.toHaveAttribute('aria-invalid', 'true');
  // Everything typed is still there and still what will be submitted: choices in selects included.
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2024-01-05');
  await expect(page.getByLabel('Target')).toHaveValue('RU');
  await expect(page.getByLabel('Source name')).toHaveValue('Ministry of Defence');
  await expect(page.getByLabel('Notes')).toHaveValue('Typed before the mistake');
  await expect(countInput(page, 'Launched', 'Shahed-136/131')).toHaveValue('10');
  await expect(shotDown).toHaveValue('12');
  await expect(countInput(page, 'Launched', 'Kalibr')).toHaveValue('3');
  const addedRow = page.getByRole('row').filter({ has: countInput(page, 'Launched', 'Kh-31P') });
  await expect(addedRow.getByRole('combobox').locator('option:checked')).toHaveText('Kh-31P');
  await expect(countInput(page, 'Launched', 'Kh-31P')).toHaveValue('4');
  await expect(countInput(page, 'Lost', 'Kh-31P')).toHaveValue('1');
  await expect(page).toHaveURL(/\/nights\/new$/);
  expect(storedNight('2024-01-05', 'RU').night).toBeUndefined();

  // Corrected, the same form saves, as the night it shows.
  await shotDown.fill('8');
  await page.getByRole('button', { name: 'Save night' }).click();
  await page.waitForURL((url) => url.pathname === '/nights/2024-01-05' && url.searchParams.get('target') === 'RU');
  expect(await figureCells(page, 'Shahed-136/131')).toEqual(['10', '8', 'n/a', 'n/a']);
  expect(storedNight('2024-01-05', 'RU').figures).toHaveLength(3);
  expect(storedNight('2024-01-05', 'UA').night).toBeUndefined();
});

test('a duplicate night is refused with a link to the existing one', async ({ page }) => {
  await enterNight(page, { date: '2024-01-10', figures: [{ weapon: 'Shahed-136/131', launched: '20', shotDown: '18' }] });

  await page.goto('/nights/new');
  await fillNewNight(page, { date: '2024-01-10', figures: [{ weapon: 'Shahed-136/131', launched: '99' }] });
  await page.getByRole('button', { name: 'Save night' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'already exists' });
  await expect(alert).toBeVisible();
  await expect(countInput(page, 'Launched', 'Shahed-136/131')).toHaveValue('99');
  expect(storedNight('2024-01-10').figures).toEqual([
    { weapon: 'Shahed-136/131', launched: 20, shot_down: 18, lost: null },
  ]);

  await alert.getByRole('link', { name: 'Open the existing night of 2024-01-10' }).click();
  await expect(page).toHaveURL(/\/nights\/2024-01-10$/);
  expect(await figureCells(page, 'Shahed-136/131')).toEqual(['20', '18', 'n/a', 'n/a']);
});

test('editing a night changes its figures and adds a revision', async ({ page }) => {
  await enterNight(page, { date: '2024-01-15', figures: [{ weapon: 'Shahed-136/131', launched: '100', shotDown: '90', lost: '5' }] });
  await expect(historySection(page)).toContainText('Created');
  await expect(historySection(page)).not.toContainText('Updated');

  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page).toHaveURL(/\/nights\/2024-01-15\/edit$/);
  await expect(countInput(page, 'Launched', 'Shahed-136/131')).toHaveValue('100');
  await expect(countInput(page, 'Lost', 'Shahed-136/131')).toHaveValue('5');
  await fillFigures(page, [
    { weapon: 'Shahed-136/131', launched: '120', shotDown: '100' },
    { weapon: 'Kalibr', launched: '4', shotDown: '4' },
  ]);
  await page.getByRole('button', { name: 'Save night' }).click();

  await page.waitForURL((url) => url.pathname === '/nights/2024-01-15');
  expect(await figureCells(page, 'Shahed-136/131')).toEqual(['120', '100', 'n/a', 'n/a']);
  expect(await figureCells(page, 'Kalibr')).toEqual(['4', '4', 'n/a', 'n/a']);
  const history = historySection(page);
  await expect(history).toContainText('Updated');
  await expect(history).toContainText(editorEmail);
  const text = await history.innerText();
  expect(text.indexOf('Updated')).toBeLessThan(text.indexOf('Created'));

  const stored = storedNight('2024-01-15');
  expect(stored.night?.version).toBe(2);
  expect(stored.revisions).toEqual([
    { action: 'create', actor: editorEmail },
    { action: 'update', actor: editorEmail },
  ]);
});

test('deleting a night, after confirming, removes it', async ({ page }) => {
  await enterNight(page, { date: '2024-01-20', figures: [{ weapon: 'Kalibr', launched: '6', shotDown: '5' }] });
  await page.goto('/nights/2024-01-20/edit');
  await page.getByRole('button', { name: 'Delete night…' }).click();
  // Nothing happens until the editor confirms.
  await page.getByRole('button', { name: 'Cancel', exact: true }).last().click();
  expect(storedNight('2024-01-20').night).toBeDefined();
  await page.getByRole('button', { name: 'Delete night…' }).click();
  await page.getByRole('button', { name: 'Yes, delete this night' }).click();

  await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('deleted') === '2024-01-20');
  await expect(page.getByRole('status').filter({ hasText: 'The night of 2024-01-20' })).toContainText('was deleted');
  const stored = storedNight('2024-01-20');
  expect(stored.night).toBeUndefined();
  expect(stored.revisions.map((revision) => revision.action)).toEqual(['create', 'delete']);
  await page.goto('/?from=2024-01-01&to=2024-03-31');
  await expect(page.getByRole('link', { name: '2024-01-20', exact: true })).toHaveCount(0);
});

test('a stale edit is refused and neither edit is lost', async ({ page, context }) => {
  await enterNight(page, { date: '2024-01-25', figures: [{ weapon: 'Shahed-136/131', launched: '50', shotDown: '40' }] });
  const first = page;
  const second = await context.newPage();
  await first.goto('/nights/2024-01-25/edit');
  await second.goto('/nights/2024-01-25/edit');

  await countInput(first, 'Launched', 'Shahed-136/131').fill('60');
  await first.getByRole('button', { name: 'Save night' }).click();
  await first.waitForURL((url) => url.pathname === '/nights/2024-01-25');

  await countInput(second, 'Lost', 'Shahed-136/131').fill('5');
  await second.getByLabel('Notes').fill('Second editor was here');
  await second.getByRole('button', { name: 'Save night' }).click();
  const alert = second.getByRole('alert').filter({ hasText: 'someone else saved this night' });
  await expect(alert).toBeVisible();
  // The second editor's values stay in the form; the first editor's save stays in the database.
  await expect(countInput(second, 'Lost', 'Shahed-136/131')).toHaveValue('5');
  await expect(second.getByLabel('Notes')).toHaveValue('Second editor was here');
  let stored = storedNight('2024-01-25');
  expect(stored.night).toMatchObject({ version: 2, notes: null });
  expect(stored.figures).toEqual([{ weapon: 'Shahed-136/131', launched: 60, shot_down: 40, lost: null }]);
  const current = alert.getByRole('link', { name: 'Open the current version in a new tab' });
  await expect(current).toHaveAttribute('href', nightUrl('2024-01-25'));
  await expect(current).toHaveAttribute('target', '_blank');

  // Having seen it, the second editor may deliberately replace that version with their values.
  await second.getByRole('button', { name: 'Replace version 2 with my values' }).click();
  await second.waitForURL((url) => url.pathname === '/nights/2024-01-25');
  stored = storedNight('2024-01-25');
  expect(stored.night).toMatchObject({ version: 3, notes: 'Second editor was here' });
  expect(stored.figures).toEqual([{ weapon: 'Shahed-136/131', launched: 50, shot_down: 40, lost: 5 }]);
  expect(stored.revisions.map((revision) => revision.action)).toEqual(['create', 'update', 'update']);
});
