// The dashboard over the fixture nights (2025-06-15 to 2025-08-10 for UA, a few RU nights in June 2025):
// every expected number is added up here from the fixture file itself.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { inRange, readExcerpt, showCount, showRate, sumsOver, type ExcerptRow } from './fixtures/excerpt-sums';
import { RU_NIGHTS } from './fixtures/ru-nights';
import { readDatabase } from './helpers';

const excerpt = readExcerpt();
const stat = (scope: Page | Locator, name: string) => scope.getByRole('group', { name, exact: true });
const headline = (page: Page) => page.getByRole('region', { name: 'This range' });
const dateFormat = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const shortDate = (date: string) => dateFormat({ day: 'numeric', month: 'short', year: 'numeric' }).format(utc(date));
const longDate = (date: string) => dateFormat({ day: 'numeric', month: 'long', year: 'numeric' }).format(utc(date));

// The SPEC's rule for an unknown "lost", worked out here on the fixture rows: from 2025-07-24 the Air
// Force's one "shot down or suppressed" number is stored as shot down with lost unknown (lost included);
// before that date an unknown lost is unknown, and the row is left out of not stopped and the
// neutralisation rate (but kept in the interception rate).
const COMBINED_FROM = '2025-07-24';
const neutralisedOf = (r: ExcerptRow) =>
  r.shotDown === null ? null : r.lost !== null ? r.shotDown + r.lost : r.date >= COMBINED_FROM ? r.shotDown : null;
const notStoppedOf = (r: ExcerptRow) => {
  const stopped = neutralisedOf(r);
  return r.launched === null || stopped === null ? null : r.launched - stopped;
};
const add = (values: number[]) => values.reduce((a, b) => a + b, 0);
const nightsOf = (rows: ExcerptRow[]) => new Set(rows.map((r) => r.date)).size;
function basesOver(rows: ExcerptRow[]) {
  const neutralisation = rows.filter((r) => notStoppedOf(r) !== null);
  const interception = rows.filter((r) => r.launched !== null && r.shotDown !== null);
  const launched = add(neutralisation.map((r) => r.launched ?? 0));
  return {
    notStopped: neutralisation.length === 0 ? null : add(neutralisation.map((r) => notStoppedOf(r) ?? 0)),
    neutralisationRate: launched === 0 ? null : add(neutralisation.map((r) => neutralisedOf(r) ?? 0)) / launched,
    neutralisation: { rows: neutralisation.length, nights: nightsOf(neutralisation) },
    interception: { rows: interception.length, nights: nightsOf(interception) },
    // Nights with a weapon launched, or with a row whose launches are not given.
    nightsWithAttacks: nightsOf(rows.filter((r) => r.launched === null || r.launched > 0)),
  };
}
const plural = (n: number, one: string, many: string) => `${showCount(n)} ${n === 1 ? one : many}`;
const basisText = (basis: { rows: number; nights: number }) =>
  `over ${plural(basis.rows, 'weapon row', 'weapon rows')} from ${plural(basis.nights, 'night', 'nights')}`;

async function openFilters(page: Page) {
  await page.locator('details.filters > summary').click();
}

test('the headline figures for a range equal the fixture nights added up', async ({ page }) => {
  const [from, to] = ['2025-06-20', '2025-07-31'];
  const expected = sumsOver(inRange(excerpt, from, to));
  const bases = basesOver(inRange(excerpt, from, to));
  // The range holds rows with lost unknown on both sides of 24 July 2025: the two rules both apply.
  const lostUnknown = inRange(excerpt, from, to).filter((r) => r.launched !== null && r.shotDown !== null && r.lost === null);
  expect(lostUnknown.some((r) => r.date < COMBINED_FROM) && lostUnknown.some((r) => r.date >= COMBINED_FROM)).toBe(true);
  expect(bases.neutralisation.rows).toBeLessThan(bases.interception.rows);
  await page.goto(`/?from=${from}&to=${to}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Air attacks on Ukraine');
  await expect(page.getByRole('heading', { level: 2, name: `${shortDate(from)} – ${shortDate(to)}` })).toBeVisible();
  const figures = headline(page);
  await expect(stat(figures, 'Drones launched')).toContainText(showCount(expected.dronesLaunched));
  await expect(stat(figures, 'Missiles launched')).toContainText(showCount(expected.missilesLaunched));
  await expect(stat(figures, 'Shot down')).toContainText(showCount(expected.shotDown));
  await expect(stat(figures, 'Lost (EW, decoys)')).toContainText(showCount(expected.lost));
  await expect(stat(figures, 'Not stopped')).toContainText(showCount(bases.notStopped));
  await expect(stat(figures, 'Neutralisation rate')).toContainText(showRate(bases.neutralisationRate));
  await expect(stat(figures, 'Neutralisation rate')).toContainText(basisText(bases.neutralisation));
  await expect(stat(figures, 'Interception rate')).toContainText(showRate(expected.interceptionRate));
  await expect(stat(figures, 'Interception rate')).toContainText(basisText(bases.interception));
  expect(bases.interception.nights).toBe(expected.basisNights);
  await expect(stat(figures, 'Nights with attacks')).toContainText(showCount(bases.nightsWithAttacks));
  await expect(stat(figures, 'Nights with attacks')).toContainText(`${plural(expected.nights, 'night', 'nights')} recorded`);
  // The rules behind the rates are one link away.
  await expect(stat(figures, 'Neutralisation rate').getByRole('link', { name: 'How we count' })).toHaveAttribute('href', '/about#rates');
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', `/export.csv?from=${from}&to=${to}&target=UA`);
  await expect(page.getByRole('link', { name: 'Per-night totals (CSV)' })).toHaveAttribute('href', `/export-nights.csv?from=${from}&to=${to}&target=UA`);
});

test('the filters fold into one line that opens the form; changing one changes the URL and the numbers', async ({ page }) => {
  await page.goto('/?from=2025-06-20&to=2025-07-31');
  const before = sumsOver(inRange(excerpt, '2025-06-20', '2025-07-31'));
  await expect(stat(headline(page), 'Drones launched')).toContainText(showCount(before.dronesLaunched));
  const summary = page.locator('details.filters > summary');
  for (const part of [`${shortDate('2025-06-20')} – ${shortDate('2025-07-31')}`, 'Ukraine', 'Change']) await expect(summary).toContainText(part);
  await expect(page.getByLabel('From', { exact: true })).toBeHidden();

  await openFilters(page);
  await page.getByLabel('From', { exact: true }).fill('2025-07-01');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/from=2025-07-01/);
  const after = sumsOver(inRange(excerpt, '2025-07-01', '2025-07-31'));
  expect(after.dronesLaunched).not.toBe(before.dronesLaunched);
  await expect(stat(headline(page), 'Drones launched')).toContainText(showCount(after.dronesLaunched));
  await expect(page.getByRole('heading', { level: 2, name: `${shortDate('2025-07-01')} – ${shortDate('2025-07-31')}` })).toBeVisible();

  await openFilters(page);
  await page.getByLabel('From', { exact: true }).fill('2025-06-01');
  await page.getByLabel('To', { exact: true }).fill('2025-06-30');
  await page.getByLabel('Target', { exact: true }).selectOption('RU');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/target=RU/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Air attacks on Russia');
  await expect(summary).toContainText('Russia');
  const ruShotDown = RU_NIGHTS.flatMap((n) => n.figures).reduce((sum, f) => sum + (f.shotDown ?? 0), 0);
  await expect(stat(headline(page), 'Shot down')).toContainText(showCount(ruShotDown));
  // Russia's statements give no launches: a night with a row whose launches are not given had attacks.
  const ruAttacked = RU_NIGHTS.filter((n) => n.figures.some((f) => f.launched === null || f.launched > 0)).length;
  await expect(stat(headline(page), 'Nights with attacks')).toContainText(showCount(ruAttacked));
});

test('unknown counts show as n/a, never 0, and are said to be left out', async ({ page }) => {
  // Russia's statements give what was shot down, never what was launched.
  await page.goto('/?from=2025-06-01&to=2025-06-30&target=RU');
  await expect(stat(headline(page), 'Drones launched')).toContainText('n/a');
  await expect(stat(headline(page), 'Drones launched')).toContainText('Launches not given for');
  await expect(stat(headline(page), 'Neutralisation rate')).toContainText('n/a');
  await expect(stat(headline(page), 'Neutralisation rate')).toContainText('over 0 weapon rows from 0 nights');
  const latest = page.getByRole('table', { name: 'The most recent nights of the selected range' });
  await expect(latest.getByRole('row', { name: /2025-06-25/ })).toContainText('n/a');

  // From 24 July 2025 the Air Force no longer reports "lost" apart: unknown, not zero.
  const [from, to] = ['2025-08-01', '2025-08-10'];
  expect(sumsOver(inRange(excerpt, from, to)).lost).toBeNull();
  await page.goto(`/?from=${from}&to=${to}`);
  await expect(stat(headline(page), 'Lost (EW, decoys)')).toContainText('n/a');
});

test('the charts render one bar per night and category, named, with the data as a table', async ({ page }) => {
  const [from, to] = ['2025-06-15', '2025-07-15'];
  const rows = inRange(excerpt, from, to);
  await page.goto(`/?from=${from}&to=${to}`);
  const launches = page.locator('figure[data-chart="launches"]');
  // Charts load when they come near the screen.
  await launches.scrollIntoViewIfNeeded();
  await expect(launches.getByRole('heading', { name: 'Launches per night, by category' })).toBeVisible();
  const [droneBars, missileBars] = [launches.locator('.recharts-bar-rectangles').nth(0), launches.locator('.recharts-bar-rectangles').nth(1)];
  // The chart's script loads when it nears the screen: on a busy machine that takes a while.
  await expect(droneBars.locator('path.recharts-rectangle')).toHaveCount(new Set(rows.filter((r) => r.drone).map((r) => r.date)).size, { timeout: 30_000 });
  await expect(missileBars.locator('path.recharts-rectangle')).toHaveCount(new Set(rows.filter((r) => !r.drone).map((r) => r.date)).size);
  await expect(launches.locator('.recharts-legend-item')).toHaveCount(2);

  // The chart has a name, is reached by keyboard, and adds no other Tab stop on the way to its table.
  const chart = launches.locator('svg.recharts-surface[role="application"]');
  await expect(chart).toHaveAccessibleName('Launches per night, by category');
  await chart.focus();
  await expect(chart).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(launches.getByText('Show the data as a table')).toBeFocused();

  // The text alternative: one row per night, with that night's drones.
  await launches.getByText('Show the data as a table').click();
  const table = launches.getByRole('table');
  await expect(page.getByRole('region', { name: 'Launches per night, by category' })).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(new Set(rows.map((r) => r.date)).size);
  const night = rows.filter((r) => r.date === '2025-07-09');
  const drones = night.filter((r) => r.drone).reduce((sum, r) => sum + (r.launched ?? 0), 0);
  await expect(table.getByRole('row', { name: /9 Jul 2025/ })).toContainText(showCount(drones));

  // The rate chart marks the change of reporting when it falls in the range.
  await page.goto('/?from=2025-07-01&to=2025-08-10');
  const rates = page.locator('figure[data-chart="rates"]');
  await rates.scrollIntoViewIfNeeded();
  await expect(rates.locator('.recharts-reference-line')).toHaveCount(1, { timeout: 30_000 });
  // The label is drawn in recharts' label layer, beside the line rather than inside its group.
  await expect(rates.getByText('Combined from 24 Jul', { exact: true })).toBeVisible();
  await expect(rates.locator('.recharts-line-curve')).toHaveCount(2);
});

test('weekly buckets add up the same nights', async ({ page }) => {
  const [from, to] = ['2025-06-16', '2025-08-10'];
  await page.goto(`/?from=${from}&to=${to}&granularity=week`);
  const launches = page.locator('figure[data-chart="launches"]');
  await launches.scrollIntoViewIfNeeded();
  await expect(launches.getByRole('heading', { name: 'Launches per week, by category' })).toBeVisible();
  await launches.getByText('Show the data as a table').click();
  // The week of Monday 30 June to Sunday 6 July 2025.
  const week = inRange(excerpt, '2025-06-30', '2025-07-06');
  const drones = week.filter((r) => r.drone).reduce((sum, r) => sum + (r.launched ?? 0), 0);
  await expect(launches.getByRole('row', { name: /week of 30 Jun 2025/ })).toContainText(showCount(drones));
  await expect(launches.getByRole('table').locator('tbody tr')).toHaveCount(8);
});

test('partial weeks and months at the edges of the range are marked, their figures unchanged', async ({ page }) => {
  const days = (first: string, last: string) => (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000 + 1;
  const drones = (first: string, last: string) => add(inRange(excerpt, first, last).filter((r) => r.drone).map((r) => r.launched ?? 0));

  // Wednesday 18 June to Wednesday 6 August 2025: the first and last weeks are cut.
  await page.goto('/?from=2025-06-18&to=2025-08-06&granularity=week');
  const launches = page.locator('figure[data-chart="launches"]');
  await launches.scrollIntoViewIfNeeded();
  const first = `week of 16 Jun 2025 (partial: ${days('2025-06-18', '2025-06-22')} of 7 days)`;
  const last = `week of 4 Aug 2025 (partial: ${days('2025-08-04', '2025-08-06')} of 7 days)`;
  await expect(launches.locator('figcaption')).toContainText('Lighter bars are partial periods');
  await expect(launches.locator('figcaption')).toContainText(first);
  await launches.getByText('Show the data as a table').click();
  const rows = launches.getByRole('table').locator('tbody tr');
  await expect(rows.first()).toContainText(first);
  await expect(rows.first()).toContainText(showCount(drones('2025-06-18', '2025-06-22')));
  await expect(rows.last()).toContainText(last);
  await expect(rows.last()).toContainText(showCount(drones('2025-08-04', '2025-08-06')));
  await expect(launches.getByRole('row', { name: /week of 30 Jun 2025/ })).not.toContainText('partial');
  await expect(launches.getByRole('row', { name: /week of 30 Jun 2025/ })).toContainText(showCount(drones('2025-06-30', '2025-07-06')));
  // The partial bars are drawn lighter than the whole ones.
  const droneBars = launches.locator('.recharts-bar-rectangles').nth(0).locator('path.recharts-rectangle');
  await expect(droneBars).toHaveCount(8, { timeout: 30_000 });
  await expect(droneBars.first()).toHaveAttribute('fill-opacity', '0.4');
  await expect(droneBars.last()).toHaveAttribute('fill-opacity', '0.4');
  await expect(droneBars.nth(1)).not.toHaveAttribute('fill-opacity', '0.4');

  // By month: 20 June to 10 August.
  await page.goto('/?from=2025-06-20&to=2025-08-10&granularity=month');
  const monthly = page.locator('figure[data-chart="launches"]');
  await monthly.scrollIntoViewIfNeeded();
  await monthly.getByText('Show the data as a table').click();
  const months = monthly.getByRole('table').locator('tbody tr');
  await expect(months).toHaveCount(3);
  await expect(months.nth(0)).toContainText(`June 2025 (partial: ${days('2025-06-20', '2025-06-30')} of 30 days)`);
  await expect(months.nth(1)).not.toContainText('partial');
  await expect(months.nth(1).locator('td').nth(0)).toHaveText(showCount(drones('2025-07-01', '2025-07-31')));
  await expect(months.nth(2).locator('td').nth(0)).toHaveText(showCount(drones('2025-08-01', '2025-08-10')));
  await expect(months.nth(2)).toContainText(`August 2025 (partial: ${days('2025-08-01', '2025-08-10')} of 31 days)`);
});

test('the latest nights of the range link to their pages', async ({ page }) => {
  await page.goto('/?from=2025-06-15&to=2025-07-10');
  const latest = page.getByRole('table', { name: 'The most recent nights of the selected range' });
  const dates = [...new Set(inRange(excerpt, '2025-06-15', '2025-07-10').map((r) => r.date))].sort().reverse();
  await expect(latest.locator('tbody tr')).toHaveCount(Math.min(10, dates.length));
  await expect(latest.getByRole('link').first()).toHaveText(dates[0] ?? '');
  // Not stopped says how many of the night's rows it covers when it leaves some out.
  await expect(latest).toHaveAccessibleDescription(/Not stopped counts only the weapon rows with launched, shot down and lost known/);
  let hinted = 0;
  for (const date of dates.slice(0, 10)) {
    const night = inRange(excerpt, date, date);
    const covered = night.filter((r) => notStoppedOf(r) !== null);
    const cell = latest.getByRole('row', { name: new RegExp(date) }).locator('td').last();
    const total = covered.length === 0 ? null : add(covered.map((r) => notStoppedOf(r) ?? 0));
    if (total !== null && covered.length < night.length) {
      await expect(cell).toHaveText(`${showCount(total)} (${covered.length} of ${night.length} rows)`);
      hinted += 1;
    } else {
      await expect(cell).toHaveText(showCount(total));
    }
  }
  expect(hinted).toBeGreaterThan(0);

  await latest.getByRole('link', { name: dates[1] ?? '' }).click();
  await expect(page).toHaveURL(new RegExp(`/nights/${dates[1]}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Night of ${longDate(dates[1] ?? '')}`);

  await page.goto('/?from=2025-06-01&to=2025-06-30&target=RU');
  await page.getByRole('link', { name: '2025-06-25' }).click();
  await expect(page).toHaveURL(/\/nights\/2025-06-25\?target=RU$/);
});

test('invalid parameters fall back to the defaults with a visible note', async ({ page }) => {
  const response = await page.goto('/?from=2025-02-30&to=soon&target=XX&granularity=hourly&year=1999');
  expect(response?.status()).toBe(200);
  const note = page.getByRole('status').filter({ hasText: 'Not a date' });
  await expect(note).toContainText('from “2025-02-30” and to “soon”');
  await expect(note).toContainText('Unknown target “XX”');
  await expect(note).toContainText('Unknown granularity “hourly”');
  await expect(note).toContainText('No calendar for “1999”');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Air attacks on Ukraine');
  await openFilters(page);
  await expect(page.getByLabel('Target', { exact: true })).toHaveValue('UA');

  // The default range: the last 30 days, or (when those hold no night) the 30 days up to the latest one.
  const db = readDatabase();
  const latest = db.prepare("select max(date) as date from nights where target = 'UA'").pluck().get() as string;
  db.close();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv' }).format(new Date());
  const back29 = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
  const end = latest >= back29(today) ? today : latest;
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(end);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(back29(end));
  if (end === latest) await expect(page.getByRole('status')).toContainText(`latest recorded night, ${longDate(latest)}`);
});

test('a range without nights says so and offers the latest ones', async ({ page }) => {
  await page.goto('/?from=2025-07-20&to=2025-07-20');
  await expect(page.getByRole('heading', { name: `No nights recorded between ${longDate('2025-07-20')} and ${longDate('2025-07-20')}` })).toBeVisible();
  await expect(headline(page)).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Show the 30 days up to/ })).toBeVisible();
});
