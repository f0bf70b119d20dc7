// A night's address means the same night on every page: `?target=ru` is Russia's night in any case,
// on the night page and on its edit page alike. Dates: the fixture's RU night of 2025-06-25, which shares
// its date with a Ukrainian night.
import { expect, test } from '@playwright/test';
import { editorStatePath } from './helpers';
import { RU_NIGHTS } from './fixtures/ru-nights';

const ruNight = RU_NIGHTS.find((night) => night.date === '2025-06-25')!;
const ruShotDown = String(ruNight.figures[0]!.shotDown);

test.use({ storageState: editorStatePath });

for (const target of ['RU', 'ru', 'Ru']) {
  test(`?target=${target} opens Russia's night on the night page and on its edit page`, async ({ page }) => {
    await page.goto(`/nights/${ruNight.date}?target=${target}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Attacks on Russia');

    await page.goto(`/nights/${ruNight.date}/edit?target=${target}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Attacks on Russia');
    await expect(page.getByRole('textbox', { name: /Shot down/ }).first()).toHaveValue(ruShotDown);
  });
}

test('without a target, the edit page opens the Ukrainian night of that date', async ({ page }) => {
  await page.goto(`/nights/${ruNight.date}/edit`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Attacks on Ukraine');
});
