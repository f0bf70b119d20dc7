// Only editors change data: the editor pages send anonymous visitors to sign in, and every mutating
// server action refuses a caller without a session. Each action's real request is captured from the
// signed-in editor's browser (and stopped there), then replayed without the session cookie: nothing
// may change. Replayed once more with the editor's session, the same request does write, which proves
// the replay was a genuine call of the action. "Fill from statement" writes nothing but is an editor's
// tool too: replayed anonymously it answers only a message. Dates: 2024-02-10 to 2024-02-29 (the editors'
// partition).
import { expect, test, type Page, type PlaywrightWorkerArgs, type Request } from '@playwright/test';
import { enterNight, fillNewNight, storedNight } from './editor-helpers';
import { editorStatePath, readDatabase } from './helpers';

test.describe('anonymous visitors', () => {
  for (const path of ['/nights/new', '/nights/2024-02-15/edit?target=RU', '/weapons']) {
    test(`are sent to sign in from ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('next') === path);
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Save night' })).toHaveCount(0);
    });
  }
});

/** Counts of every table an editor can change. */
function tableCounts() {
  const db = readDatabase();
  try {
    const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return {
      nights: count('nights'),
      figures: count('figures'),
      revisions: count('revisions'),
      weapons: count('weapons'),
      maxUpdatedAt: (db.prepare('select max(updated_at) as t from nights').get() as { t: number | null }).t,
    };
  } finally {
    db.close();
  }
}

/** Runs `submit` in the page and captures the server action request it makes, which never reaches the server. */
async function captureActionRequest(page: Page, submit: () => Promise<void>): Promise<Request> {
  let captured: Request | undefined;
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.method() === 'POST' && (await request.headerValue('next-action'))) {
      captured = request;
      await route.abort();
      return;
    }
    await route.fallback();
  });
  await submit();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  if (!captured) throw new Error('no server action request was made');
  return captured;
}

test.describe('server actions', () => {
  test.use({ storageState: editorStatePath });

  /** Sends the captured request again, as an anonymous caller or with the editor's session. */
  async function replay(
    playwright: PlaywrightWorkerArgs['playwright'],
    request: Request,
    as: 'anonymous' | 'editor',
  ) {
    const headers = await request.allHeaders();
    delete headers.cookie;
    delete headers['content-length'];
    const context = await playwright.request.newContext({
      storageState: as === 'editor' ? editorStatePath : undefined,
    });
    try {
      const response = await context.post(request.url(), {
        headers,
        data: request.postDataBuffer() ?? undefined,
        maxRedirects: 0,
      });
      // Read before the context is disposed: the body goes with it.
      const body = await response.text();
      expect(response.status(), body).toBeLessThan(500);
      return body;
    } finally {
      await context.dispose();
    }
  }

  test('creating a night refuses an anonymous caller', async ({ page, playwright }) => {
    await page.goto('/nights/new');
    await fillNewNight(page, { date: '2024-02-10', figures: [{ weapon: 'Kalibr', launched: '7', shotDown: '6' }] });
    const request = await captureActionRequest(page, () => page.getByRole('button', { name: 'Save night' }).click());
    expect(request.headers()['next-action']).toBeTruthy();
    const before = tableCounts();

    await replay(playwright, request, 'anonymous');
    expect(tableCounts()).toEqual(before);
    expect(storedNight('2024-02-10').night).toBeUndefined();

    await replay(playwright, request, 'editor');
    expect(storedNight('2024-02-10').figures).toEqual([{ weapon: 'Kalibr', launched: 7, shot_down: 6, lost: null }]);
  });

  test('updating a night refuses an anonymous caller', async ({ page, playwright }) => {
    await enterNight(page, { date: '2024-02-15', figures: [{ weapon: 'Kalibr', launched: '8', shotDown: '8' }] });
    await page.goto('/nights/2024-02-15/edit');
    await page.getByRole('textbox', { name: 'Launched (Kalibr)' }).fill('9');
    const request = await captureActionRequest(page, () => page.getByRole('button', { name: 'Save night' }).click());
    const before = tableCounts();

    await replay(playwright, request, 'anonymous');
    expect(tableCounts()).toEqual(before);
    expect(storedNight('2024-02-15')).toMatchObject({
      night: { version: 1 },
      figures: [{ weapon: 'Kalibr', launched: 8, shot_down: 8, lost: null }],
    });

    await replay(playwright, request, 'editor');
    expect(storedNight('2024-02-15')).toMatchObject({
      night: { version: 2 },
      figures: [{ weapon: 'Kalibr', launched: 9, shot_down: 8, lost: null }],
    });
  });

  test('deleting a night refuses an anonymous caller', async ({ page, playwright }) => {
    await enterNight(page, { date: '2024-02-20', figures: [{ weapon: 'Kalibr', launched: '2' }] });
    await page.goto('/nights/2024-02-20/edit');
    await page.getByRole('button', { name: 'Delete night…' }).click();
    const request = await captureActionRequest(page, () =>
      page.getByRole('button', { name: 'Yes, delete this night' }).click(),
    );
    const before = tableCounts();

    await replay(playwright, request, 'anonymous');
    expect(tableCounts()).toEqual(before);
    expect(storedNight('2024-02-20').night).toBeDefined();

    await replay(playwright, request, 'editor');
    expect(storedNight('2024-02-20').night).toBeUndefined();
  });

  test('filling from a statement answers an anonymous caller with a message and no figures', async ({ page, playwright }) => {
    await page.goto('/nights/new');
    await page.getByLabel('Statement', { exact: true }).fill(
      'Russia launched three missiles and 114 drones over Ukraine overnight. Sixty-six drones were destroyed.',
    );
    const request = await captureActionRequest(page, () => page.getByRole('button', { name: 'Fill from statement' }).click());
    const before = tableCounts();

    const anonymous = await replay(playwright, request, 'anonymous');
    expect(anonymous).toContain('You are not signed in');
    expect(anonymous).not.toContain('Unknown drone');
    expect(anonymous).not.toContain('"reading"');
    expect(tableCounts()).toEqual(before);

    const editor = await replay(playwright, request, 'editor');
    expect(editor).toContain('Unknown drone');
    expect(editor).not.toContain('You are not signed in');
  });

  test('adding a weapon refuses an anonymous caller', async ({ page, playwright }) => {
    const name = 'Auth guard test drone';
    const weaponNamed = () => {
      const db = readDatabase();
      try {
        return db.prepare('select name, category, class from weapons where name = ?').get(name);
      } finally {
        db.close();
      }
    };
    await page.goto('/weapons');
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Category').selectOption('drone');
    await page.getByLabel('Class').selectOption('unknown');
    const request = await captureActionRequest(page, () => page.getByRole('button', { name: 'Add weapon' }).click());
    const before = tableCounts();

    await replay(playwright, request, 'anonymous');
    expect(tableCounts()).toEqual(before);
    expect(weaponNamed()).toBeUndefined();

    await replay(playwright, request, 'editor');
    expect(weaponNamed()).toEqual({ name, category: 'drone', class: 'unknown' });
  });
});
