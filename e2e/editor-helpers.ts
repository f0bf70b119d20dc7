// Shared by the editor specs: filling the night form, reading the night page's figures table, and
// looking at what the database holds. Dates are the editors' partition: 2024-01-01 to 2024-03-31.
import { expect, type Page } from '@playwright/test';
import { readDatabase } from './helpers';

export type FigureEntry = { weapon: string; launched?: string; shotDown?: string; lost?: string };

export type NightEntry = {
  date: string;
  target?: 'UA' | 'RU';
  sourceName?: string;
  sourceUrl?: string;
  notes?: string;
  figures: FigureEntry[];
};

export const countInput = (page: Page, count: 'Launched' | 'Shot down' | 'Lost', weapon: string) =>
  page.getByRole('textbox', { name: `${count} (${weapon})`, exact: true });

/** Waits until React has hydrated the night form: a value typed before would be replaced by its own. */
export async function waitForInteractiveForm(page: Page) {
  // A large form on a machine busy with other specs can take a while.
  await expect(page.locator('form[data-interactive]')).toBeAttached({ timeout: 30_000 });
}

/** Fills the figures of the open night form, adding a row for any weapon without one. */
export async function fillFigures(page: Page, figures: FigureEntry[]) {
  for (const figure of figures) {
    if ((await countInput(page, 'Launched', figure.weapon).count()) === 0) {
      await page.getByRole('button', { name: 'Add weapon' }).click();
      await page.getByRole('combobox', { name: /^Weapon \(row \d+\)$/ }).last().selectOption({ label: figure.weapon });
    }
    await countInput(page, 'Launched', figure.weapon).fill(figure.launched ?? '');
    await countInput(page, 'Shot down', figure.weapon).fill(figure.shotDown ?? '');
    await countInput(page, 'Lost', figure.weapon).fill(figure.lost ?? '');
  }
}

/** Fills the new-night form (already open) without saving. */
export async function fillNewNight(page: Page, night: NightEntry) {
  await waitForInteractiveForm(page);
  await page.getByLabel('Date', { exact: true }).fill(night.date);
  if (night.target === 'RU') await page.getByLabel('Target').selectOption('RU');
  if (night.sourceName) await page.getByLabel('Source name').fill(night.sourceName);
  if (night.sourceUrl) await page.getByLabel('Source URL').fill(night.sourceUrl);
  if (night.notes) await page.getByLabel('Notes').fill(night.notes);
  await fillFigures(page, night.figures);
}

/** The night's page address, as the night page contract has it. */
export const nightUrl = (date: string, target: 'UA' | 'RU' = 'UA') =>
  `/nights/${date}${target === 'RU' ? '?target=RU' : ''}`;

/** Enters a night through the form and waits for its page. */
export async function enterNight(page: Page, night: NightEntry) {
  await page.goto('/nights/new');
  await fillNewNight(page, night);
  await page.getByRole('button', { name: 'Save night' }).click();
  await page.waitForURL((url) => url.pathname === `/nights/${night.date}`);
}

/** The last four cells (launched, shot down, lost, not stopped) of a weapon's row on the night page. */
export async function figureCells(page: Page, weapon: string): Promise<string[]> {
  // The row header is the weapon's name followed by its class in lower case ("Kalibrcruise missile" as text).
  const name = new RegExp(`^${weapon.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[a-z]|$)`);
  const row = page
    .getByRole('table', { name: 'Figures by weapon' })
    .getByRole('row')
    .filter({ has: page.locator('th[scope="row"]').filter({ hasText: name }) });
  await expect(row).toHaveCount(1);
  const cells = await row.locator('th, td').allInnerTexts();
  return cells.slice(-4).map((cell) => cell.trim());
}

/** The "History" section of the night page. */
export const historySection = (page: Page) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: 'History' }) });

type StoredNight = { id: number; date: string; target: string; version: number; notes: string | null };
type StoredFigure = { weapon: string; launched: number | null; shot_down: number | null; lost: number | null };

/** What the database holds for one night: the night, its figures by weapon name, its revisions. */
export function storedNight(date: string, target: 'UA' | 'RU' = 'UA') {
  const db = readDatabase();
  try {
    const night = db
      .prepare('select id, date, target, version, notes from nights where date = ? and target = ?')
      .get(date, target) as StoredNight | undefined;
    const figures = night
      ? (db
          .prepare(
            `select w.name as weapon, f.launched, f.shot_down, f.lost from figures f
             join weapons w on w.id = f.weapon_id where f.night_id = ? order by w.name`,
          )
          .all(night.id) as StoredFigure[])
      : [];
    const revisions = db
      .prepare('select action, actor from revisions where night_date = ? and night_target = ? order by id')
      .all(date, target) as { action: string; actor: string }[];
    return { night, figures, revisions };
  } finally {
    db.close();
  }
}
