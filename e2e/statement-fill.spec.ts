// Editors paste a statement into the night form and fill the form from it, check it, and save: the
// SPEC §5 example "through the form". Dates: 2022-10-01 to 2022-12-31 (see e2e/README.md).
import { expect, test, type Page } from '@playwright/test';
import { countInput, waitForInteractiveForm, storedNight } from './editor-helpers';
import { editorStatePath, readDatabase } from './helpers';

test.use({ storageState: editorStatePath });

// SPEC §5, the canonical example (from a news report dated 2025-04-26), exactly as given.
const SPEC_EXAMPLE =
  "Russia launched three missiles and 114 drones over Ukraine overnight, Ukraine's air force wrote in a statement on Saturday. Sixty-six drones were destroyed and a further 31 decoy drones failed to reach their destination. Meanwhile, Russian air defences shot down 45 Ukrainian drones overnight, the country's Defence Ministry said.";

// A statement that dates its night, with the year written out (a date without one takes its year from today).
const DATED_STATEMENT =
  'On the night of 14 November 2022 the enemy launched 20 Shahed-136/131 attack drones. Air defence destroyed 18 of them.';

const fillButton = (page: Page) => page.getByRole('button', { name: 'Fill from statement' });
const fillStatus = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ });

/** The three counts of a weapon's row in the form, as typed. */
async function rowCounts(page: Page, weapon: string) {
  return Promise.all(
    (['Launched', 'Shot down', 'Lost'] as const).map((count) => countInput(page, count, weapon).inputValue()),
  );
}

/** Every count in the form's rows, as typed, empty ones left out. */
async function allFormCounts(page: Page) {
  const inputs = page.getByRole('group', { name: 'Figures by weapon' }).getByRole('textbox');
  const values = await inputs.evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
  return values.filter((value) => value !== '');
}

function storedStatement(date: string, target: 'UA' | 'RU' = 'UA') {
  const db = readDatabase();
  try {
    return (db.prepare('select statement from nights where date = ? and target = ?').get(date, target) as { statement: string } | undefined)
      ?.statement;
  } finally {
    db.close();
  }
}

test('an editor fills the form from the SPEC example, keeps the RU claim apart, and saves exactly its figures', async ({ page }) => {
  await page.goto('/nights/new');
  await waitForInteractiveForm(page);
  const dateBefore = await page.getByLabel('Date', { exact: true }).inputValue();
  await page.getByLabel('Statement', { exact: true }).fill(SPEC_EXAMPLE);
  await fillButton(page).click();

  const status = fillStatus(page);
  await expect(status).toContainText('Filled 4 counts from the statement (2 rows added).');
  // The text names no date (only "Saturday"): the date field is left as it was, and the editor is told.
  await expect(status).toContainText(`The text gives no date: the date field was left as it is (${dateBefore}).`);
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue(dateBefore);
  await expect(page.getByLabel('Target')).toHaveValue('UA');

  // Missiles: launched 3, shot down and lost unknown (empty, not 0). Drones: 114 / 66 / 31.
  expect(await rowCounts(page, 'Unknown missile')).toEqual(['3', '', '']);
  expect(await rowCounts(page, 'Unknown drone')).toEqual(['114', '66', '31']);
  // Nothing else went into the rows: in particular not Russia's 45.
  expect((await allFormCounts(page)).sort()).toEqual(['114', '3', '31', '66']);

  // Russia's claim is shown apart, as a separate night's figures.
  const aside = page.getByRole('region', { name: 'Not put into this form: Attacks on Russia (RU)' });
  await expect(aside).toContainText('separate night with target RU');
  const claim = aside.getByRole('row', { name: /Unknown drone/ });
  await expect(claim.getByRole('cell')).toHaveText(['n/a', '45', 'n/a']);

  // What was read is listed for the editor to check.
  await expect(page.getByRole('region', { name: 'Read from the statement' })).toContainText('114 drones launched');
  await expect(page.getByRole('region', { name: 'Put into the form' })).toContainText(
    'Unknown drone: launched 114, shot down 66, lost 31 (row added)',
  );
  // Each filled count shows the words it was read from, with the number marked where it is in digits.
  const put = page.getByRole('region', { name: 'Put into the form' });
  await expect(put.locator('q').filter({ hasText: 'Sixty-six drones were destroyed and a further 31 decoy drones failed' })).toBeVisible();
  await expect(put.getByText('shot down, lost:', { exact: false })).toBeVisible();
  await expect(put.locator('q mark', { hasText: '114' })).toBeVisible();

  // Nothing is saved until the editor saves.
  expect(storedNight('2022-10-15').night).toBeUndefined();
  await page.getByLabel('Date', { exact: true }).fill('2022-10-15');
  await page.getByRole('button', { name: 'Save night' }).click();
  await page.waitForURL((url) => url.pathname === '/nights/2022-10-15');

  expect(storedNight('2022-10-15').figures).toEqual([
    { weapon: 'Unknown drone', launched: 114, shot_down: 66, lost: 31 },
    { weapon: 'Unknown missile', launched: 3, shot_down: null, lost: null },
  ]);
  expect(storedStatement('2022-10-15')).toBe(SPEC_EXAMPLE);
  expect(storedNight('2022-10-15', 'RU').night).toBeUndefined();
});

test("on a night for Russia, the same text fills Russia's claim and keeps Ukraine's figures apart", async ({ page }) => {
  await page.goto('/nights/new?target=RU');
  await page.getByLabel('Statement', { exact: true }).fill(SPEC_EXAMPLE);
  await fillButton(page).click();
  await expect(fillStatus(page)).toContainText('Filled 1 count from the statement (1 row added).');
  await expect(page.getByLabel('Target')).toHaveValue('RU');
  expect(await rowCounts(page, 'Unknown drone')).toEqual(['', '45', '']);
  expect(await allFormCounts(page)).toEqual(['45']);
  await expect(page.getByRole('region', { name: 'Not put into this form: Attacks on Ukraine (UA)' })).toContainText('114');

  await page.getByLabel('Date', { exact: true }).fill('2022-10-16');
  await page.getByRole('button', { name: 'Save night' }).click();
  await page.waitForURL((url) => url.pathname === '/nights/2022-10-16' && url.searchParams.get('target') === 'RU');
  expect(storedNight('2022-10-16', 'RU').figures).toEqual([{ weapon: 'Unknown drone', launched: null, shot_down: 45, lost: null }]);
});

test('a statement that gives its date fills the date field', async ({ page }) => {
  await page.goto('/nights/new');
  await waitForInteractiveForm(page);
  await page.getByLabel('Statement', { exact: true }).fill(DATED_STATEMENT);
  await fillButton(page).click();
  await expect(fillStatus(page)).toContainText('Date set to 2022-11-14.');
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2022-11-14');
  // The form's own Shahed row (a common weapon) is filled; the unknown count stays empty.
  expect(await rowCounts(page, 'Shahed-136/131')).toEqual(['20', '18', '']);

  await page.getByRole('button', { name: 'Save night' }).click();
  await page.waitForURL((url) => url.pathname === '/nights/2022-11-14');
  expect(storedNight('2022-11-14').figures).toEqual([{ weapon: 'Shahed-136/131', launched: 20, shot_down: 18, lost: null }]);
});

test('filling never overwrites a count the editor typed without asking, and says it is working', async ({ page }) => {
  await page.goto('/nights/new');
  await waitForInteractiveForm(page);
  await countInput(page, 'Launched', 'Shahed-136/131').fill('25');
  await countInput(page, 'Launched', 'Kalibr').fill('7');
  await page.getByLabel('Statement', { exact: true }).fill(DATED_STATEMENT);

  // Hold the server's answer back to see the button's pending state.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/nights/new', async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.fallback();
  });
  await fillButton(page).click();
  const busy = page.getByRole('button', { name: 'Reading the statement…' });
  await expect(busy).toBeDisabled();
  await expect(busy).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(fillButton(page)).toBeEnabled();
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  await expect(fillStatus(page)).toContainText('1 count you had typed differs from the statement and was kept');
  // The typed 25 stays; the empty shot down is filled; Kalibr, which the text does not name, is untouched.
  expect(await rowCounts(page, 'Shahed-136/131')).toEqual(['25', '18', '']);
  expect(await rowCounts(page, 'Kalibr')).toEqual(['7', '', '']);
  const conflicts = page.getByRole('region', { name: 'Kept as you typed: the statement says otherwise' });
  await expect(conflicts).toContainText('Shahed-136/131, launched: you typed 25; the statement says 20.');

  await conflicts.getByRole('button', { name: "Use the statement's value" }).click();
  expect(await rowCounts(page, 'Shahed-136/131')).toEqual(['20', '18', '']);
  await expect(fillStatus(page)).toContainText("1 count you had typed was replaced with the statement's values.");
  await expect(conflicts).toHaveCount(0);

  await page.getByLabel('Date', { exact: true }).fill('2022-12-01');
  await page.getByRole('button', { name: 'Save night' }).click();
  await page.waitForURL((url) => url.pathname === '/nights/2022-12-01');
  expect(storedNight('2022-12-01').figures).toEqual([
    { weapon: 'Kalibr', launched: 7, shot_down: null, lost: null },
    { weapon: 'Shahed-136/131', launched: 20, shot_down: 18, lost: null },
  ]);
});

test('a statement over 20,000 characters, or none, is refused with a message and the form is unchanged', async ({ page }) => {
  await page.goto('/nights/new');
  await waitForInteractiveForm(page);
  await fillButton(page).click();
  await expect(fillStatus(page)).toContainText('Paste the statement into the Statement field first.');

  const long = `${DATED_STATEMENT} ${'x'.repeat(20_001 - DATED_STATEMENT.length - 1)}`;
  expect(long).toHaveLength(20_001);
  await page.getByLabel('Statement', { exact: true }).fill(long);
  await fillButton(page).click();
  await expect(fillStatus(page)).toContainText('The statement is 20,001 characters long; it can be read up to 20,000.');
  await expect(fillStatus(page)).toContainText('The form is unchanged.');
  expect(await allFormCounts(page)).toEqual([]);
  await expect(page.getByLabel('Date', { exact: true })).not.toHaveValue('2022-11-14');
});

test('in the Ukrainian interface, the fill reports in Ukrainian: its summary, what it read, weapons and the words marked', async ({ page }) => {
  await page.goto('/uk/nights/new');
  await waitForInteractiveForm(page);
  const statement =
    'У ніч на 14 листопада 2022 року противник атакував двадцятьма ударними БпЛА типу Shahed. Збито вісімнадцять. Поранено трьох людей.';
  await page.locator('textarea#statement').fill(statement);
  await page.getByRole('button', { name: 'Заповнити з повідомлення' }).click();
  const status = fillStatus(page);
  // A new night's form already has a row for Shahed-136/131: the counts go into it.
  await expect(status).toContainText('Заповнено 2 значення з повідомлення.');
  await expect(status).toContainText('Дату встановлено: 2022-11-14.');
  await expect(status).toContainText('Перевірте форму й натисніть «Зберегти ніч».');

  const put = page.getByRole('region', { name: 'Внесено у форму' });
  await expect(put).toContainText('Шахед-136/131: запущено 20, збито 18');
  // The count written in words is marked in the quote, as the text gives it.
  await expect(put.locator('mark').filter({ hasText: 'двадцятьма' })).toBeVisible();
  await expect(put.locator('mark').filter({ hasText: 'вісімнадцять' })).toBeVisible();

  await expect(page.getByRole('region', { name: 'Прочитано з повідомлення' })).toContainText('Ніч на 14 листопада 2022');
  await expect(page.getByRole('region', { name: 'Не використано: перевірте самі' })).toContainText('[не використано: постраждалі]');
});
