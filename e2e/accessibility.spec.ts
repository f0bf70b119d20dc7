// Every page people use, checked with axe (WCAG 2.0, 2.1 and 2.2, levels A and AA): no serious or
// critical violation, in light and dark, on a phone and a desktop, in English and Ukrainian, signed out and
// as an editor. Then the keyboard: the skip link comes first and leads into the content, and charts add
// no Tab stop without a name. Read-only: uses the fixture nights.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { editorStatePath, readDatabase, startScripts } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

// axe over a long page takes its time on a busy machine.
test.describe.configure({ timeout: 180_000 });
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const NIGHT = '2025-06-29';

/** The first and last recorded night of attacks on Ukraine: the dashboard's "All" preset. */
function allDates(): string {
  const db = readDatabase();
  try {
    const row = db.prepare("select min(date) as first, max(date) as last from nights where target = 'UA'").get() as { first: string; last: string };
    return `/?from=${row.first}&to=${row.last}`;
  } finally {
    db.close();
  }
}

/** Scrolls through the page so that charts loaded near the screen are drawn, then back to the top. */
async function revealDeferred(page: Page) {
  // Charts are drawn by scripts that start when the reader uses the page: start them, then scroll past
  // every chart while React watches, as a reader would.
  await startScripts(page);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Serious and critical violations, one line each: rule, impact, the elements. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${v.help}`));
}

async function expectAccessible(page: Page, address: string) {
  const response = await page.goto(address);
  expect(response?.status(), `${address} answers`).toBe(200);
  await revealDeferred(page);
  expect(await seriousViolations(page), address).toEqual([]);
}

test.describe('signed out', () => {
  // One load per page, then each width and colour scheme in turn: the media queries apply at once, and the
  // page is scrolled through again at each width so that what loads near the screen is drawn there too.
  for (const [page_, address] of [
    ['the dashboard', '/'],
    ['a night page', `/nights/${NIGHT}`],
  ] as const) {
    test(`${page_}: phone and desktop, light and dark`, async ({ page }) => {
      const response = await page.goto(address);
      expect(response?.status(), `${address} answers`).toBe(200);
      const found: string[] = [];
      for (const [name, viewport] of [
        ['phone', PHONE],
        ['desktop', DESKTOP],
      ] as const) {
        await page.setViewportSize(viewport);
        await revealDeferred(page);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          found.push(...(await seriousViolations(page)).map((violation) => `${name}, ${colorScheme}: ${violation}`));
        }
      }
      expect(found, address).toEqual([]);
    });
  }

  test('the dashboard over all dates', async ({ page }) => {
    await expectAccessible(page, allDates());
  });

  for (const address of ['/about', '/login', '/uk', `/uk/nights/${NIGHT}`, `/nights/2025-06-10?target=RU`]) {
    test(`${address}`, async ({ page }) => {
      await expectAccessible(page, address);
    });
  }

  test('the dark all-dates dashboard on a phone', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, allDates());
  });
});

test.describe('as an editor', () => {
  test.use({ storageState: editorStatePath });

  for (const address of ['/nights/new', `/nights/${NIGHT}/edit`, '/import', '/weapons']) {
    test(`${address}`, async ({ page }) => {
      await expectAccessible(page, address);
    });
  }
});

/** The focused element's tag, role and accessible name, as the accessibility tree has them ("a link: Dashboard"). */
async function focused(page: Page): Promise<string> {
  const tag = await page.evaluate(() => {
    document.querySelector('[data-focus-probe]')?.removeAttribute('data-focus-probe');
    document.activeElement?.setAttribute('data-focus-probe', '');
    return document.activeElement?.tagName.toLowerCase() ?? '';
  });
  if (tag === 'body') return 'body';
  const snapshot = await page.locator('[data-focus-probe]').ariaSnapshot();
  let first = snapshot.split('\n')[0] ?? '';
  // YAML quotes the whole entry when the name holds a colon: - 'link "15 Jun: 194 launched"':
  const quoted = /^- '((?:[^']|'')*)':?$/.exec(first);
  if (quoted) first = `- ${(quoted[1] ?? '').replaceAll("''", "'")}`;
  // "- link "Dashboard"", "- button "Apply"", or "- text: Show the data" for an element with no role of its own.
  const match = /^- ([\w-]+)(?: "((?:[^"\\]|\\.)*)")?(?::\s*(.*))?/.exec(first);
  const role = match?.[1] ?? '?';
  const name = match?.[2] ?? (role === 'text' ? (match?.[3] ?? '') : '');
  return `${tag} ${role}: ${name}`;
}

test.describe('with the keyboard', () => {
  for (const address of ['/', `/nights/${NIGHT}`, '/uk']) {
    test(`${address}: Tab reaches the skip link first, and it leads into the content`, async ({ page }) => {
      await page.goto(address);
      await page.keyboard.press('Tab');
      await expect(page.locator('a.skip-link')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('#main')).toBeFocused();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement))).toBe(true);
    });
  }

  for (const address of ['/', `/nights/${NIGHT}`]) {
    test(`${address}: every Tab stop has a name once the charts are drawn`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await page.goto(address);
      await revealDeferred(page);
      // The dashboard's charts are drawn by recharts; the night's is drawn in the page, with no Tab stop.
      const drawnByScript = address === '/';
      if (drawnByScript) await expect(page.locator('svg.recharts-surface[role="application"]').first(), 'charts drawn').toBeAttached({ timeout: 30_000 });
      const stops: string[] = [];
      for (let i = 0; i < 300; i++) {
        await page.keyboard.press('Tab');
        const stop = await focused(page);
        if (stop === 'body' || (i > 0 && stop === stops[0])) break;
        stops.push(stop);
      }
      const unnamed = stops.filter((stop) => stop.endsWith(': ') || stop.startsWith('g '));
      expect(unnamed, stops.join('\n')).toEqual([]);
      expect(stops.some((stop) => stop.startsWith('svg application: '))).toBe(drawnByScript);
    });
  }
});
