// Every way in that could change data refuses anonymous callers, and refuses the editor's own cookie
// when the request comes from another origin (cross-site request forgery, issue 15 finding 3). The
// mutating route handlers and the server actions are found by reading the code and the production build
// (e2e/mutation-inventory.ts), and each one found must have a case in this spec's table: a new route or
// action without one fails the suite. Each case calls its route or action with no session and with a
// forged session cookie (a 401, or for an action an answer that writes nothing: every table is counted
// before and after); then with the editor's real cookie from another site, from another port of the same
// host, from an opaque origin, and with cross-site Fetch Metadata but no Origin (a 403, nothing written);
// then once as the editor, which proves the refused requests were ones that would have written. Server
// actions are called with their real request, captured from the editor's browser and replayed
// (e2e/action-replay.ts). Dates: the reliability partition, 2022-04-01..2022-04-30.
import { expect, test, type APIRequestContext, type Page, type PlaywrightWorkerArgs, type Request } from '@playwright/test';
import { signIn } from '../scripts/stress/sign-in';
import { captureActionRequest, forgedCookie, replayAction, type Caller } from './action-replay';
import { countInput, fillNewNight } from './editor-helpers';
import { editorStatePath, readDatabase } from './helpers';
import { mutatingRouteHandlers, serverActionsInBuild, serverActionsInSource } from './mutation-inventory';
import { editorCookieHeader, mainServerURL } from './raw-requests';
import { storedNightText, writeCounts } from './write-counts';

type RawRequest = { method: 'PUT' | 'POST' | 'DELETE'; path: string; data?: unknown; headers?: Record<string, string> };

type Api = { editor: APIRequestContext; anonymous: APIRequestContext };

type RouteCase = {
  kind: 'route';
  /** The handler, as mutatingRouteHandlers() names it. */
  covers: string;
  name: string;
  /** Builds the request, doing as the editor whatever it needs first (a night to delete, a preview's digest). */
  prepare: (api: Api) => Promise<RawRequest>;
  /** What the editor gets for the same request, and what it then finds stored. */
  control: { status: number; written: () => void };
};

type PublicRouteCase = { kind: 'public'; covers: string; name: string; why: string; request: RawRequest; status: number };

type ActionCase = {
  kind: 'action';
  /** The action, as serverActionsInSource() names it. */
  covers: string;
  name: string;
  /** Opens the page as the editor and captures the action's request. */
  capture: (page: Page, api: Api) => Promise<Request>;
  /** The session whose cookie makes the control replay genuine (default: the shared editor session). */
  session?: () => Promise<string>;
  /** Checks beyond "no table changed" after each refused replay. */
  unchanged: () => void | Promise<void>;
  /** Checks after the control replay with a real session. */
  written: () => void | Promise<void>;
  /** For an action that answers rather than writes: checks of the refused and the genuine answer. */
  answers?: { refused: (text: string) => void; genuine: (text: string) => void };
};

type Case = RouteCase | PublicRouteCase | ActionCase;

// Better Auth's own handler (sign in, sign out, session) is not in the table: it is the library's, its
// endpoints that change an account check the session themselves, and sign-up is closed in db/auth.ts.
// The test "Better Auth's handler..." below checks exactly that instead.
const EXCLUDED = ['POST app/api/auth/[...all]/route.ts'];

const night = (figures: Record<string, unknown>[]) => ({ source_url: 'https://example.org/anonymous-writes', figures });
const ownFile = (...rows: string[]) => ['date,target,weapon,category,class,launched,shot_down,lost,source_url', ...rows, ''].join('\r\n');
const IMPORT_FILE = ownFile('2022-04-05,UA,Kalibr,missile,cruise,6,5,,', '2022-04-06,UA,Iskander-M,missile,ballistic,2,,,');

/** Creates a night as the editor through the API, if it is not there yet. */
async function ensureNight(editor: APIRequestContext, date: string) {
  if (storedNightText(date)) return;
  const response = await editor.put(`/api/nights/${date}`, { data: night([{ weapon: 'Kalibr', launched: 8, shot_down: 8 }]) });
  expect(response.status(), await response.text()).toBe(201);
}

function weaponNamed(name: string) {
  const db = readDatabase();
  try {
    return db.prepare('select name, category, class from weapons where name = ?').get(name);
  } finally {
    db.close();
  }
}

/** Whether Better Auth still knows the session that `cookie` carries. */
async function sessionIsLive(cookie: string): Promise<boolean> {
  const response = await fetch(`${mainServerURL}/api/auth/get-session`, { headers: { cookie } });
  return ((await response.json()) as { user?: unknown } | null)?.user !== undefined;
}

let secondSession = '';

const table: Case[] = [
  {
    kind: 'route',
    covers: 'PUT app/api/nights/[date]/route.ts',
    name: 'PUT /api/nights/DATE',
    prepare: async () => ({ method: 'PUT', path: '/api/nights/2022-04-01', data: night([{ weapon: 'Kalibr', launched: 8, shot_down: 7 }]) }),
    control: { status: 201, written: () => expect(storedNightText('2022-04-01')).toMatchObject({ version: 1 }) },
  },
  {
    kind: 'route',
    covers: 'PUT app/api/nights/[date]/route.ts',
    name: 'PUT /api/nights/DATE replacing a stored night',
    prepare: async ({ editor }) => {
      await ensureNight(editor, '2022-04-02');
      return { method: 'PUT', path: '/api/nights/2022-04-02', data: { ...night([{ weapon: 'Kalibr', launched: 9 }]), version: 1, notes: 'replaced' } };
    },
    control: { status: 200, written: () => expect(storedNightText('2022-04-02')).toMatchObject({ version: 2, notes: 'replaced' }) },
  },
  {
    kind: 'route',
    covers: 'DELETE app/api/nights/[date]/route.ts',
    name: 'DELETE /api/nights/DATE',
    prepare: async ({ editor }) => {
      await ensureNight(editor, '2022-04-03');
      return { method: 'DELETE', path: '/api/nights/2022-04-03?version=1' };
    },
    control: { status: 204, written: () => expect(storedNightText('2022-04-03')).toBeUndefined() },
  },
  {
    kind: 'route',
    covers: 'POST app/api/import/route.ts',
    name: 'POST /api/import?mode=preview',
    prepare: async () => ({ method: 'POST', path: '/api/import?mode=preview', data: Buffer.from(IMPORT_FILE), headers: { 'content-type': 'text/csv' } }),
    // A preview writes nothing even for the editor: the control shows the route answers it.
    control: { status: 200, written: () => expect(storedNightText('2022-04-05')).toBeUndefined() },
  },
  {
    kind: 'route',
    covers: 'POST app/api/import/route.ts',
    name: "POST /api/import?mode=apply with the preview's digest",
    prepare: async ({ editor }) => {
      const preview = await editor.post('/api/import?mode=preview', { data: Buffer.from(IMPORT_FILE), headers: { 'content-type': 'text/csv' } });
      const report = JSON.parse((await preview.text()).trim().split('\n').at(-1) ?? '{}') as { report?: { status: string; digest: string } };
      expect(report.report?.status).toBe('ready');
      return {
        method: 'POST',
        path: `/api/import?mode=apply&digest=${report.report?.digest}`,
        data: Buffer.from(IMPORT_FILE),
        headers: { 'content-type': 'text/csv' },
      };
    },
    control: {
      status: 200,
      written: () => {
        expect(storedNightText('2022-04-05')).toBeDefined();
        expect(storedNightText('2022-04-06')).toBeDefined();
      },
    },
  },
  {
    kind: 'public',
    covers: 'POST app/api/statements/parse/route.ts',
    name: 'POST /api/statements/parse',
    why: 'it turns text into figures, reading no data and writing none, so it is public and rate-limited instead',
    request: { method: 'POST', path: '/api/statements/parse', data: { text: 'Russia launched 7 Kalibr missiles overnight; 6 were shot down.' } },
    status: 200,
  },
  {
    kind: 'action',
    covers: 'app/[locale]/nights/_form/actions.ts#createNightAction',
    name: 'creating a night',
    capture: async (page) => {
      await page.goto('/nights/new');
      await fillNewNight(page, { date: '2022-04-10', figures: [{ weapon: 'Kalibr', launched: '7', shotDown: '6' }] });
      return captureActionRequest(page, () => page.getByRole('button', { name: 'Save night' }).click());
    },
    unchanged: () => expect(storedNightText('2022-04-10')).toBeUndefined(),
    written: () => expect(storedNightText('2022-04-10')).toMatchObject({ version: 1 }),
  },
  {
    kind: 'action',
    covers: 'app/[locale]/nights/_form/actions.ts#updateNightAction',
    name: 'updating a night',
    capture: async (page, { editor }) => {
      await ensureNight(editor, '2022-04-12');
      await page.goto('/nights/2022-04-12/edit');
      await countInput(page, 'Launched', 'Kalibr').fill('9');
      await page.getByLabel('Notes').fill('edited');
      return captureActionRequest(page, () => page.getByRole('button', { name: 'Save night' }).click());
    },
    unchanged: () => expect(storedNightText('2022-04-12')).toMatchObject({ version: 1, notes: null }),
    written: () => expect(storedNightText('2022-04-12')).toMatchObject({ version: 2, notes: 'edited' }),
  },
  {
    kind: 'action',
    covers: 'app/[locale]/nights/_form/actions.ts#deleteNightAction',
    name: 'deleting a night',
    capture: async (page, { editor }) => {
      await ensureNight(editor, '2022-04-14');
      await page.goto('/nights/2022-04-14/edit');
      await page.getByRole('button', { name: 'Delete night…' }).click();
      return captureActionRequest(page, () => page.getByRole('button', { name: 'Yes, delete this night' }).click());
    },
    unchanged: () => expect(storedNightText('2022-04-14')).toMatchObject({ version: 1 }),
    written: () => expect(storedNightText('2022-04-14')).toBeUndefined(),
  },
  {
    kind: 'action',
    covers: 'app/[locale]/weapons/actions.ts#createWeaponAction',
    name: 'adding a weapon',
    capture: async (page) => {
      await page.goto('/weapons');
      await page.getByLabel('Name').fill('Anonymous-writes test drone');
      await page.getByLabel('Category').selectOption('drone');
      await page.getByLabel('Class').selectOption('unknown');
      return captureActionRequest(page, () => page.getByRole('button', { name: 'Add weapon' }).click());
    },
    unchanged: () => expect(weaponNamed('Anonymous-writes test drone')).toBeUndefined(),
    written: () => expect(weaponNamed('Anonymous-writes test drone')).toEqual({ name: 'Anonymous-writes test drone', category: 'drone', class: 'unknown' }),
  },
  {
    kind: 'action',
    covers: 'app/[locale]/nights/_form/statement-action.ts#readStatementAction',
    name: 'filling the form from a statement',
    capture: async (page) => {
      await page.goto('/nights/new');
      await page
        .getByLabel('Statement', { exact: true })
        .fill('Russia launched three missiles and 114 drones over Ukraine overnight. Sixty-six drones were destroyed.');
      return captureActionRequest(page, () => page.getByRole('button', { name: 'Fill from statement' }).click());
    },
    // It writes nothing even for an editor: what matters is that a stranger gets no reading of the text.
    unchanged: () => undefined,
    written: () => undefined,
    answers: {
      refused: (text) => {
        expect(text).toContain('You are not signed in');
        expect(text).not.toContain('Unknown drone');
      },
      genuine: (text) => {
        expect(text).toContain('Unknown drone');
        expect(text).not.toContain('You are not signed in');
      },
    },
  },
  {
    kind: 'action',
    covers: 'app/_auth/actions.ts#signOut',
    name: 'signing out',
    // A session of its own, so that the shared editor session survives the control replay.
    session: async () => {
      secondSession = await signIn(mainServerURL, process.env.E2E_EDITOR_EMAIL ?? '', process.env.E2E_EDITOR_PASSWORD ?? '');
      return secondSession;
    },
    capture: async (page) => {
      await page.goto('/');
      return captureActionRequest(page, () => page.getByRole('button', { name: 'Sign out' }).click());
    },
    unchanged: async () => expect(await sessionIsLive(secondSession)).toBe(true),
    written: async () => {
      expect(await sessionIsLive(secondSession)).toBe(false);
      expect(await sessionIsLive(editorCookieHeader())).toBe(true);
    },
  },
];

/** Where a forged request comes from, with the editor's real cookie: each must get a 403. */
const CROSS_ORIGIN: { label: string; headers: Record<string, string | null> }[] = [
  { label: 'from another site', headers: { origin: 'http://evil.example' } },
  { label: 'from another port of the same host', headers: { origin: `http://127.0.0.1:${Number(process.env.E2E_PORT) + 1}` } },
  { label: "from the same host's default https port", headers: { origin: 'https://127.0.0.1' } },
  { label: 'from an opaque origin', headers: { origin: 'null' } },
  { label: 'with cross-site Fetch Metadata and no Origin', headers: { origin: null, 'sec-fetch-site': 'cross-site' } },
  { label: 'with same-site Fetch Metadata and no Origin', headers: { origin: null, 'sec-fetch-site': 'same-site' } },
];

/** The callers that must be refused. */
const STRANGERS: { label: string; caller: Caller }[] = [
  { label: 'with no session', caller: { anonymous: true } },
  { label: 'with a forged session cookie', caller: { forged: true } },
];

test('every mutating route and server action found in the code has a case in the table', () => {
  const covered = new Set([...table.map((c) => c.covers), ...EXCLUDED]);
  const routes = mutatingRouteHandlers();
  const actions = serverActionsInSource();
  const built = serverActionsInBuild().map((action) => action.key);
  // The scans found what is known to exist (a scan that found nothing would pass vacuously).
  expect(routes).toEqual(expect.arrayContaining(['PUT app/api/nights/[date]/route.ts', 'POST app/api/import/route.ts']));
  expect(actions).toEqual(expect.arrayContaining(['app/[locale]/nights/_form/actions.ts#createNightAction']));
  expect(built).toEqual(expect.arrayContaining(['app/[locale]/nights/_form/actions.ts#createNightAction']));
  for (const found of [...routes, ...actions, ...built]) expect(covered.has(found), `${found} has no case`).toBe(true);
  // And the table names nothing that no longer exists.
  for (const { covers } of table) expect([...routes, ...actions], covers).toContain(covers);
});

test.describe('anonymous callers', () => {
  let api: Api;
  test.beforeAll(async ({ playwright }) => {
    api = {
      editor: await playwright.request.newContext({ baseURL: mainServerURL, storageState: editorStatePath }),
      anonymous: await playwright.request.newContext({ baseURL: mainServerURL }),
    };
  });
  test.afterAll(async () => {
    await api.editor.dispose();
    await api.anonymous.dispose();
  });

  /** Sends with exactly the cookie given: a fresh client each time, so no cookie is kept between calls. */
  async function sendRaw(playwright: PlaywrightWorkerArgs['playwright'], request: RawRequest, cookie: string | null, extra: Record<string, string | null> = {}) {
    const client = await playwright.request.newContext({ baseURL: mainServerURL });
    const headers: Record<string, string> = { ...request.headers, ...(cookie ? { cookie } : {}) };
    for (const [name, value] of Object.entries(extra)) if (value !== null) headers[name] = value;
    try {
      const response = await client.fetch(request.path, {
        method: request.method,
        data: request.data,
        headers,
        maxRedirects: 0,
      });
      return { status: response.status(), text: await response.text() };
    } finally {
      await client.dispose();
    }
  }

  for (const entry of table) {
    if (entry.kind === 'route') {
      test(`${entry.name} refuses anonymous callers`, async ({ playwright }) => {
        const request = await entry.prepare(api);
        for (const { label, caller } of STRANGERS) {
          const before = writeCounts();
          const answer = await sendRaw(playwright, request, 'forged' in caller ? forgedCookie(editorCookieHeader()) : null);
          expect(answer.status, `${label}: ${answer.text}`).toBe(401);
          expect(JSON.parse(answer.text), label).toEqual({ error: 'Sign in as an editor to do this.' });
          expect(writeCounts(), `${label}: nothing written`).toEqual(before);
        }
        for (const { label, headers } of CROSS_ORIGIN) {
          const before = writeCounts();
          const answer = await sendRaw(playwright, request, editorCookieHeader(), headers);
          expect(answer.status, `${label}: ${answer.text}`).toBe(403);
          expect(JSON.parse(answer.text).error, label).toMatch(/comes from another site/);
          expect(writeCounts(), `${label}: nothing written`).toEqual(before);
        }
        const control = await sendRaw(playwright, request, editorCookieHeader());
        expect(control.status, control.text.slice(0, 500)).toBe(entry.control.status);
        entry.control.written();
      });
    } else if (entry.kind === 'public') {
      test(`${entry.name} is public: ${entry.why}`, async ({ playwright }) => {
        const before = writeCounts();
        const answer = await sendRaw(playwright, entry.request, null);
        expect(answer.status, answer.text).toBe(entry.status);
        expect(writeCounts()).toEqual(before);
      });
    } else {
      test(`the server action for ${entry.name} refuses anonymous callers`, async ({ browser, playwright }) => {
        const cookie = entry.session ? await entry.session() : editorCookieHeader();
        // A browser signed in with that session.
        const context = await browser.newContext({ baseURL: mainServerURL });
        await context.addCookies(
          cookie.split(/;\s*/).map((pair) => {
            const [name = '', ...value] = pair.split('=');
            return { name, value: value.join('='), url: mainServerURL, httpOnly: true, sameSite: 'Lax' as const };
          }),
        );
        const page = await context.newPage();
        try {
          const request = await entry.capture(page, api);
          const id = request.headers()['next-action'];
          expect(serverActionsInBuild().find((action) => action.id === id)?.key, 'the captured request calls this action').toBe(entry.covers);
          for (const { label, caller } of STRANGERS) {
            const before = writeCounts();
            const refused = await replayAction(playwright, request, caller, cookie);
            expect(writeCounts(), `${label}: nothing written`).toEqual(before);
            entry.answers?.refused(refused.text);
            await entry.unchanged();
          }
          for (const { label, headers } of CROSS_ORIGIN) {
            const before = writeCounts();
            const refused = await replayAction(playwright, request, { cookie }, cookie, headers);
            expect(refused.status, `${label}: ${refused.text.slice(0, 200)}`).toBe(403);
            expect(writeCounts(), `${label}: nothing written`).toEqual(before);
            await entry.unchanged();
          }
          const genuine = await replayAction(playwright, request, { cookie }, cookie);
          entry.answers?.genuine(genuine.text);
          await entry.written();
        } finally {
          await context.close();
        }
      });
    }
  }
});

test("Better Auth's handler: sign-up is closed and account changes need a session", async ({ request }) => {
  const origin = { origin: mainServerURL };
  const before = writeCounts();
  const signUp = await request.post('/api/auth/sign-up/email', {
    headers: origin,
    data: { email: 'intruder@example.org', password: 'intruder-password-1', name: 'Intruder' },
  });
  expect(signUp.status()).toBeGreaterThanOrEqual(400);
  expect(signUp.status()).toBeLessThan(500);
  for (const path of ['update-user', 'change-password', 'change-email', 'delete-user', 'revoke-sessions', 'revoke-other-sessions', 'update-session']) {
    const response = await request.post(`/api/auth/${path}`, {
      headers: { ...origin, cookie: forgedCookie(editorCookieHeader()) },
      data: { name: 'Intruder', newPassword: 'intruder-password-2', currentPassword: 'x', newEmail: 'intruder@example.org', password: 'x' },
    });
    expect(response.status(), path).toBe(401);
  }
  expect(writeCounts()).toEqual(before);
  const db = readDatabase();
  try {
    expect(db.prepare("select count(*) from user where email = 'intruder@example.org'").pluck().get()).toBe(0);
  } finally {
    db.close();
  }
  expect(await sessionIsLive(editorCookieHeader())).toBe(true);
});

test("Better Auth's handler refuses the editor's cookie from another origin", async ({ request }) => {
  const before = writeCounts();
  for (const { label, headers } of CROSS_ORIGIN) {
    const sent: Record<string, string> = { cookie: editorCookieHeader() };
    for (const [name, value] of Object.entries(headers)) if (value !== null) sent[name] = value;
    for (const path of ['sign-out', 'revoke-other-sessions', 'sign-in/email']) {
      const response = await request.post(`/api/auth/${path}`, {
        headers: sent,
        data: { email: process.env.E2E_EDITOR_EMAIL, password: process.env.E2E_EDITOR_PASSWORD },
      });
      expect(response.status(), `${path} ${label}`).toBe(403);
    }
  }
  expect(writeCounts()).toEqual(before);
  expect(await sessionIsLive(editorCookieHeader())).toBe(true);
});

test('an import applies only with the token its preview issued, not with the digest anyone can compute', async ({ playwright }) => {
  const editor = await playwright.request.newContext({ baseURL: mainServerURL, storageState: editorStatePath });
  try {
    const file = Buffer.from(ownFile('2022-04-20,UA,Kalibr,missile,cruise,4,3,,'));
    const csv = { 'content-type': 'text/csv' };
    const preview = await editor.post('/api/import?mode=preview', { data: file, headers: csv });
    const token = (JSON.parse((await preview.text()).trim().split('\n').at(-1) ?? '{}') as { report?: { digest?: string } }).report?.digest ?? '';
    // The token carries the plan's digest, signed for this editor; the digest alone is what a forger has.
    const digest = token.split('.')[0] ?? '';
    expect(digest).toMatch(/^[0-9a-z]+$/);
    for (const forged of [digest, `${digest}.zzzzzz.${'A'.repeat(43)}`, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')]) {
      const before = writeCounts();
      const applied = await editor.post(`/api/import?mode=apply&digest=${encodeURIComponent(forged)}`, { data: file, headers: csv });
      expect(applied.status(), forged).toBe(403);
      expect((await applied.json()).error).toMatch(/preview the file again/);
      expect(writeCounts()).toEqual(before);
    }
    // The finding's own request: the file sent as text/plain (a type a page on another site may send
    // without asking), with the editor's cookie and no Origin.
    const plain = await editor.post(`/api/import?mode=apply&digest=${encodeURIComponent(token)}`, { data: file, headers: { 'content-type': 'text/plain' } });
    expect(plain.status()).toBe(415);
    expect(storedNightText('2022-04-20')).toBeUndefined();
    const genuine = await editor.post(`/api/import?mode=apply&digest=${encodeURIComponent(token)}`, { data: file, headers: csv });
    expect(genuine.status()).toBe(200);
    expect(storedNightText('2022-04-20')).toBeDefined();
  } finally {
    await editor.dispose();
  }
});
