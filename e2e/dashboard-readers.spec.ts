// What a reader arriving from a shared link sees first: last night at a glance on a phone, records,
// the calendar, weekday and month patterns, the Ukrainian dashboard and "How we count". Every expected
// figure is worked out here from the fixture file (or, for all-time records, from the stored rows).
import { expect, test, type Page } from '@playwright/test';
import { inRange, readExcerpt, showCount, showRate, type ExcerptRow } from './fixtures/excerpt-sums';
import { fixtureNights, largest, longestRun, type FixtureNight } from './fixtures/night-sums';
import { englishInterfaceParts, shownText } from './english-words';
import { readDatabase } from './helpers';

const excerpt = readExcerpt();
const nights = fixtureNights(excerpt);
const dateFormat = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const shortDate = (date: string) => dateFormat({ day: 'numeric', month: 'short', year: 'numeric' }).format(utc(date));
const longDate = (date: string) => dateFormat({ day: 'numeric', month: 'long', year: 'numeric' }).format(utc(date));
const dayMonth = (date: string) => dateFormat({ day: 'numeric', month: 'short' }).format(utc(date));
const addDays = (date: string, days: number) => new Date(utc(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);
const lastNight = (page: Page) => page.getByRole('region', { name: /^Latest night \d/ });

/** Scrolls to the bottom in steps, so every chart that loads near the screen has loaded. */
async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) await page.evaluate((top) => window.scrollTo(0, top), y);
  await page.waitForLoadState('networkidle');
}

/** Elements reaching past the viewport's sides, outside the regions that scroll on purpose. */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => {
        if (element.closest('.table-scroll, .sr-only, .skip-link, .skip-inline')) return false;
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the first screen shows the latest night: its date and drones launched', async ({ page }) => {
    const latest = nights.at(-1)!;
    await page.goto('/');
    const section = lastNight(page);
    const date = section.locator('time');
    await expect(date).toHaveText(longDate(latest.date));
    const drones = section.getByRole('group', { name: 'Drones launched', exact: true });
    await expect(drones).toContainText(showCount(latest.drones));
    for (const element of [date, drones]) {
      const box = await element.boundingBox();
      expect(box, 'on screen').not.toBeNull();
      expect((box?.y ?? 900) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    }
  });

  test('the sections below the first screen are laid out only as they come near it, and can still be scrolled to', async ({ page }) => {
    await page.goto('/');
    const sections = page.locator('main > section');
    const visibility = () => sections.evaluateAll((all) => all.map((element) => `${element.getAttribute('aria-labelledby') ?? element.className}: ${getComputedStyle(element).contentVisibility}`));
    const styles = await visibility();
    // The latest night, the range and its headline are drawn at once; records, charts, patterns, the
    // calendar and the tables wait.
    expect(styles.slice(0, 3).every((style) => style.endsWith(': visible')), styles.join('\n')).toBe(true);
    expect(styles.slice(3).length).toBeGreaterThan(3);
    expect(styles.slice(3).every((style) => style.endsWith(': auto')), styles.join('\n')).toBe(true);
    // A skipped section is still there to scroll to, find and read: its heading comes into view.
    await page.locator('#calendar-title').scrollIntoViewIfNeeded();
    await expect(page.locator('#calendar-title')).toBeInViewport();
  });

  for (const address of ['/', '/uk', '/?from=2025-06-15&to=2025-08-10', '/uk?from=2025-06-01&to=2025-06-30&target=RU', '/about']) {
    test(`nothing is wider than the screen: ${address}`, async ({ page }) => {
      await page.goto(address);
      await scrollThrough(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await overflowing(page)).toEqual([]);
    });
  }

  test('wide tables scroll inside a named region reached by keyboard', async ({ page }) => {
    await page.goto('/?from=2025-06-15&to=2025-08-10');
    // Dozens of weapons: the table is drawn when opened.
    await page.getByRole('region', { name: 'By weapon' }).getByText(/^Show all \d+ weapons$/).click();
    const region = page.getByRole('region', { name: 'Figures by weapon' });
    await expect(region).toHaveAttribute('tabindex', '0');
    const [scrollWidth, clientWidth] = await region.evaluate((element) => [element.scrollWidth, element.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });
});

test('last night: launches, neutralised, not stopped, the rate and the comparison with the 30 nights before', async ({ page }) => {
  const latest = nights.at(-1)!;
  const neutralised = latest.basisLaunched - latest.notStopped;
  // The 30 calendar nights before it; nights recorded there with every launch given are averaged.
  const window = nights.filter((n) => n.date >= addDays(latest.date, -30) && n.date <= addDays(latest.date, -1));
  const known = window.filter((n) => n.launched !== null);
  const average = known.reduce((sum, n) => sum + (n.launched ?? 0), 0) / known.length;
  const ratio = (latest.launched ?? 0) / average;
  await page.goto('/');
  const section = lastNight(page);
  await expect(section.getByRole('group', { name: 'Missiles launched', exact: true })).toContainText(showCount(latest.missiles));
  await expect(section.getByRole('group', { name: 'Neutralised', exact: true })).toContainText(showCount(neutralised));
  await expect(section.getByRole('group', { name: 'Not stopped', exact: true })).toContainText(showCount(latest.notStopped));
  await expect(section).toContainText(`Neutralisation rate ${showRate(neutralised / latest.basisLaunched)}`);
  const ratioText = new Intl.NumberFormat('en', { maximumSignificantDigits: 2 }).format(ratio);
  const averageText = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(average);
  await expect(section).toContainText(
    `Launches: ${ratioText}× the average of the 30 nights before (${averageText} a night over ${known.length} recorded nights, ${dayMonth(addDays(latest.date, -30))} – ${shortDate(addDays(latest.date, -1))}).`,
  );
  // The fixture gives no hits, places or Shahed counts: unknown, shown as n/a, never 0.
  await expect(section.getByRole('group', { name: 'Places hit', exact: true })).toContainText('n/a');
  await expect(section).toContainText('not reported for this night');
  await expect(section.getByRole('link', { name: 'How we count' })).toHaveAttribute('href', '/about#outcomes');
  await section.getByRole('link', { name: 'This night in full' }).click();
  await expect(page).toHaveURL(new RegExp(`/nights/${latest.date}$`));
});

/** Every stored UA night, added up by the spec's own arithmetic (other specs may have stored nights too). */
function storedNights(): { nights: FixtureNight[]; first: string; last: string } {
  const db = readDatabase();
  const rows = db
    .prepare(
      `select n.date, w.name as model, w.category, f.launched, f.shot_down as shotDown, f.lost
       from figures f join nights n on n.id = f.night_id join weapons w on w.id = f.weapon_id where n.target = 'UA'`,
    )
    .all() as { date: string; model: string; category: string; launched: number | null; shotDown: number | null; lost: number | null }[];
  const bounds = db.prepare("select min(date) as first, max(date) as last from nights where target = 'UA'").get() as { first: string; last: string };
  db.close();
  const asRows: ExcerptRow[] = rows.map((r) => ({ ...r, drone: r.category === 'drone', source: '' }));
  return { nights: fixtureNights(asRows), ...bounds };
}

test('records of the range and of all time, each linking to its night', async ({ page }) => {
  const [from, to] = ['2025-06-20', '2025-07-31'];
  const range = nights.filter((n) => n.date >= from && n.date <= to);
  const all = storedNights();
  await page.goto(`/?from=${from}&to=${to}`);
  const table = page.getByRole('table', { name: 'Records in this range and of all recorded nights' });
  const cells = async (record: string) => table.getByRole('row', { name: new RegExp(`^${record}`) }).getByRole('cell');
  const expectNight = async (record: string, column: number, night: FixtureNight | null, text: (n: FixtureNight) => string) => {
    const cell = (await cells(record)).nth(column);
    if (!night) return expect(cell).toHaveText('n/a');
    await expect(cell).toHaveText(text(night));
    await expect(cell.getByRole('link')).toHaveAttribute('href', `/nights/${night.date}`);
  };
  for (const [column, list] of [
    [0, range],
    [1, all.nights],
  ] as const) {
    await expectNight('Most drones in one night', column, largest(list, (n) => n.drones), (n) => `${showCount(n.drones)}, ${shortDate(n.date)}`);
    await expectNight('Most missiles in one night', column, largest(list, (n) => n.missiles), (n) => `${showCount(n.missiles)}, ${shortDate(n.date)}`);
    await expectNight('Most weapon types in one night', column, largest(list, (n) => n.weaponTypes), (n) => `${n.weaponTypes} types, ${shortDate(n.date)}`);
    // Best defence: the highest neutralisation rate among nights whose rate rests on at least 50 launched.
    const eligible = list.filter((n) => n.basisLaunched >= 50);
    const rate = (n: FixtureNight) => (n.basisLaunched - n.notStopped) / n.basisLaunched;
    const best = eligible.reduce<FixtureNight | null>(
      (top, n) => (!top || rate(n) > rate(top) || (rate(n) === rate(top) && (n.basisLaunched > top.basisLaunched || (n.basisLaunched === top.basisLaunched && n.date > top.date))) ? n : top),
      null,
    );
    await expectNight('Best defence night', column, best, (n) => `${showRate(rate(n))} of ${showCount(n.basisLaunched)}, ${shortDate(n.date)}`);
  }
  // Runs of quiet nights, within the range and between the first and last recorded nights.
  const runText = (run: { from: string; to: string; nights: number } | null) =>
    !run ? 'none' : run.nights === 1 ? `1 night, ${shortDate(run.from)}` : `${showCount(run.nights)} nights, ${shortDate(run.from)} – ${shortDate(run.to)}`;
  const runs = [
    ['Longest run without a missile attack', (n: FixtureNight) => n.missileAttack],
    ['Longest run without any recorded attack', (n: FixtureNight) => n.attacked],
  ] as const;
  for (const [record, attack] of runs) {
    await expect((await cells(record)).nth(0)).toHaveText(runText(longestRun(nights, from, to, attack)));
    await expect((await cells(record)).nth(1)).toHaveText(runText(longestRun(all.nights, all.first, all.last, attack)));
  }
  await expect(page.getByRole('link', { name: 'What each record counts' })).toHaveAttribute('href', '/about#records');
});

test('the calendar has a square per recorded night, marks missile nights, and links to them', async ({ page }) => {
  await page.goto('/');
  const calendar = page.getByRole('region', { name: /^Calendar 2025/ });
  // The months are drawn when they come near the screen.
  await calendar.scrollIntoViewIfNeeded();
  const inYear = nights.filter((n) => n.date.startsWith('2025'));
  await expect(calendar.locator('.calendar-month a')).toHaveCount(inYear.length);
  // Each square is its link, as large as the square: something to click and to see focused.
  const square = await calendar.locator('.calendar-month a').first().boundingBox();
  expect(square?.height ?? 0).toBeGreaterThanOrEqual(20);
  expect(square?.width ?? 0).toBeGreaterThanOrEqual(20);
  await expect(calendar.locator('.calendar-month td[data-m]')).toHaveCount(inYear.filter((n) => n.missileAttack).length);
  const night = largest(inYear, (n) => n.launched)!;
  const name = `${dayMonth(night.date)}: ${showCount(night.launched)} launched${night.missileAttack ? ', with missiles' : ''}`;
  // A screen reader walks the month as a table: the night's weekday column, its name as the link's.
  const august = calendar.getByRole('table', { name: 'August' });
  await expect(august.getByRole('columnheader')).toHaveText(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  await calendar.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/nights/${night.date}$`));

  // In Ukrainian, a square links to the night's Ukrainian page.
  await page.goto('/uk');
  const ukrainian = page.getByRole('region', { name: /^Календар 2025/ });
  await ukrainian.scrollIntoViewIfNeeded();
  await expect(ukrainian.locator(`.calendar-month a[href="/uk/nights/${night.date}"]`)).toHaveCount(1);
});

test('average launches by weekday and by month, each with its nights; unknown launches are left out and said to be', async ({ page }) => {
  const [from, to] = ['2025-06-15', '2025-08-10'];
  const range = nights.filter((n) => n.date >= from && n.date <= to);
  await page.goto(`/?from=${from}&to=${to}`);
  const weekdays = page.getByRole('table', { name: 'By weekday' });
  const names = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const average = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
  for (const [index, name] of names.entries()) {
    const own = range.filter((n) => (utc(n.date).getUTCDay() + 6) % 7 === index);
    const known = own.filter((n) => n.launched !== null);
    const row = weekdays.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect(row.getByRole('cell').nth(0)).toHaveText(average.format(known.reduce((s, n) => s + (n.launched ?? 0), 0) / known.length));
    await expect(row.getByRole('cell').nth(1)).toHaveText(`${known.length} of ${own.length}`);
  }
  const july = range.filter((n) => n.date.startsWith('2025-07'));
  await expect(page.getByRole('table', { name: 'By month' }).getByRole('row', { name: /^July/ }).getByRole('cell').nth(1)).toHaveText(`${july.length} of ${july.length}`);

  // Russia's nights give no launches: each is left out of the averages, and the page says so.
  await page.goto('/?from=2025-06-01&to=2025-06-30&target=RU');
  const patterns = page.getByRole('region', { name: 'Patterns' });
  await expect(patterns).toContainText('3 nights with launches not given left out of the averages.');
  // 10 June 2025 was a Tuesday.
  const tuesday = page.getByRole('table', { name: 'By weekday' }).getByRole('row', { name: /^Tuesday/ });
  await expect(tuesday.getByRole('cell').nth(0)).toHaveText('n/a');
  await expect(tuesday.getByRole('cell').nth(1)).toHaveText('0 of 1');
});

test('the Ukrainian dashboard has no English interface words', async ({ page }) => {
  const english = englishInterfaceParts(['common', 'dashboard', 'charts', 'filters']);
  expect(english.length).toBeGreaterThan(100);

  for (const address of ['/uk?from=2025-06-15&to=2025-08-10', '/uk?from=2025-06-01&to=2025-06-30&target=RU&granularity=week']) {
    await page.goto(address);
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await page.locator('details.filters > summary').click();
    await scrollThrough(page);
    await page.locator('figure[data-chart="launches"]').getByText('Показати дані таблицею').click();
    const shown = await shownText(page);
    expect(english.filter((part) => shown.includes(part)), address).toEqual([]);
    expect(shown).toContain('Остання ніч');
  }
});

test('"How we count" explains the rules in both languages, and the dashboard links to it', async ({ page }) => {
  await page.goto('/?from=2025-06-20&to=2025-07-31');
  await page.getByRole('link', { name: 'How we count' }).first().click();
  await expect(page).toHaveURL(/\/about(#\w+)?$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How we count');
  for (const section of ['Unknown is not zero', 'The July 2025 change of reporting', 'Records']) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  await expect(page.locator('#reporting-change')).toContainText('From 24 July 2025');
  await expect(page.locator('#records')).toContainText('at least 50 launched');
  await page.goto('/uk/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Як ми рахуємо');
  await expect(page.locator('#reporting-change')).toContainText('З 24 липня 2025');
});
