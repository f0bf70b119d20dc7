// The open API: its OpenAPI 3.1 document is valid, every documented endpoint's real answer validates
// against the schema documented for it, /api/series says what the dashboard says, public reads are
// open to other origins and writes are not. Writes: 2022-08-21 only (the reliability partition).
import { validate, compileErrors } from '@readme/openapi-parser';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { loadApiDocument } from './api-schemas';
import { inRange, readExcerpt, showCount, showRate, sumsOver } from './fixtures/excerpt-sums';
import { editorStatePath } from './helpers';
import { startOtherSite } from './other-site';

const [from, to] = ['2025-06-20', '2025-07-31'];
const WRITE_DATE = '2022-08-21';

test('the API is described by a valid OpenAPI 3.1 document', async ({ request }) => {
  const response = await request.get('/api/openapi.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const doc = await response.json();
  expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
  const result = await validate(doc);
  expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
});

test.describe('as an editor script', () => {
  test.use({ storageState: editorStatePath });

  test("every documented endpoint's real answer validates against its documented schema", async ({ page, playwright, baseURL }) => {
    const api = page.request;
    const { expectDocumented, operations, checked } = await loadApiDocument(api);
    const anonymous = await playwright.request.newContext({ baseURL });

    // The public reads, with and without parameters, and their refusals.
    for (const path of ['/api/series', '/api/weapons', '/api/nights']) {
      await expectDocumented(path, 'get', await api.get(`${path}?from=${from}&to=${to}`));
      await expectDocumented(path, 'get', await api.get(`${path}?from=${to}&to=${from}`));
    }
    await expectDocumented('/api/series', 'get', await api.get('/api/series'));
    await expectDocumented('/api/series', 'get', await api.get(`/api/series?from=${from}&to=${to}&granularity=month&target=UA`));
    await expectDocumented('/api/series', 'get', await api.get('/api/series?from=1999-01-01&to=1999-01-31'));
    await expectDocumented('/api/weapons', 'get', await api.get('/api/weapons?target=RU&from=2025-06-01&to=2025-06-30'));
    for (const path of ['/api/records', '/api/latest']) {
      for (const query of ['', '?target=RU', '?target=XX', '?from=2025-06-01']) await expectDocumented(path, 'get', await api.get(`${path}${query}`));
    }
    await expectDocumented('/api/openapi.json', 'get', await api.get('/api/openapi.json'));

    // Parsing a statement, and a refusal.
    const text = "Russia launched three missiles and 114 drones over Ukraine overnight. Sixty-six drones were destroyed and a further 31 decoy drones failed to reach their destination. About 20 locations were hit.";
    const parsed = (await expectDocumented('/api/statements/parse', 'post', await api.post('/api/statements/parse', { data: { text } }))) as {
      places_hit: number | null;
      qualifiers: Record<string, string>;
    };
    expect(parsed).toMatchObject({ places_hit: 20, qualifiers: { places_hit: 'about' } });
    await expectDocumented('/api/statements/parse', 'post', await api.post('/api/statements/parse', { data: { text: '' } }));

    // Writing a night: refused anonymously, created, refused without the version, replaced, deleted.
    const url = `/api/nights/${WRITE_DATE}?target=UA`;
    const night = { source_url: 'https://example.org/open-api', figures: [{ weapon: 'Shahed-136/131', launched: 40, shot_down: 30, lost: 5 }] };
    await expectDocumented('/api/nights/{date}', 'put', await anonymous.put(url, { data: night }));
    const created = (await expectDocumented('/api/nights/{date}', 'put', await api.put(url, { data: night }))) as { version: number };
    await expectDocumented('/api/nights/{date}', 'put', await api.put(url, { data: night }));
    await expectDocumented('/api/nights/{date}', 'put', await api.put(url, { data: { ...night, figures: [{ weapon: 'Kalibr', launched: 1, shot_down: 2 }] } }));
    const replaced = (await expectDocumented('/api/nights/{date}', 'put', await api.put(url, { data: { ...night, version: created.version } }))) as { version: number };
    await expectDocumented('/api/nights/{date}', 'delete', await anonymous.delete(`${url}&version=${replaced.version}`));
    await expectDocumented('/api/nights/{date}', 'delete', await api.delete(`${url}&version=${created.version}`));
    await expectDocumented('/api/nights/{date}', 'delete', await api.delete(`${url}&version=${replaced.version}`));
    await expectDocumented('/api/nights/{date}', 'delete', await api.delete(`${url}&version=${replaced.version}`));
    await anonymous.dispose();

    expect([...checked].sort()).toEqual([...operations].sort());
  });
});

// A headline figure of the selected range (the latest night above it has figures of the same names).
const stat = (page: Page, name: string) => page.getByRole('region', { name: 'This range' }).getByRole('group', { name, exact: true });

async function series(request: APIRequestContext, query: string) {
  const response = await request.get(`/api/series?${query}`);
  expect(response.status()).toBe(200);
  return response.json();
}

test("/api/series gives the dashboard's figures for the same filters", async ({ page, request }) => {
  const api = await series(request, `from=${from}&to=${to}`);
  await page.goto(`/?from=${from}&to=${to}`);
  const { totals } = api;
  await expect(stat(page, 'Drones launched')).toContainText(showCount(totals.drone.launched));
  await expect(stat(page, 'Missiles launched')).toContainText(showCount(totals.missile.launched));
  await expect(stat(page, 'Shot down')).toContainText(showCount(totals.all.shot_down));
  await expect(stat(page, 'Lost (EW, decoys)')).toContainText(showCount(totals.all.lost));
  await expect(stat(page, 'Not stopped')).toContainText(showCount(totals.all.not_stopped));
  await expect(stat(page, 'Neutralisation rate')).toContainText(showRate(totals.all.neutralisation_rate));
  await expect(stat(page, 'Interception rate')).toContainText(showRate(totals.all.interception_rate));
  await expect(stat(page, 'Nights with attacks')).toContainText(showCount(totals.nights_with_attacks));
  // The largest nights are the range's records, each linking to its night.
  const records = page.getByRole('table', { name: 'Records in this range and of all recorded nights' });
  for (const [record, night] of [
    ['Most drones in one night', totals.largest_night.drone],
    ['Most missiles in one night', totals.largest_night.missile],
  ] as const) {
    const cell = records.getByRole('row', { name: new RegExp(`^${record}`) }).getByRole('cell').first();
    await expect(cell).toContainText(showCount(night.count));
    await expect(cell.getByRole('link')).toHaveAttribute('href', `/nights/${night.date}`);
  }

  // And both equal the fixture nights added up here, period by period too.
  const rows = inRange(readExcerpt(), from, to);
  const expected = sumsOver(rows);
  expect(totals).toMatchObject({
    nights: expected.nights,
    drone: { launched: expected.dronesLaunched },
    missile: { launched: expected.missilesLaunched },
    all: { shot_down: expected.shotDown, lost: expected.lost },
  });
  expect(totals.all.interception_rate).toBeCloseTo(expected.interceptionRate ?? NaN, 12);
  expect(api).toMatchObject({ from, to, granularity: 'night', span: { from, to } });
  for (const period of api.periods) {
    const night = sumsOver(inRange(rows, period.period, period.period));
    expect(period.launched, period.period).toEqual({ drone: night.dronesLaunched, missile: night.missilesLaunched });
    expect(period.nights, period.period).toBe(night.nights);
  }

  // The same range by week adds up to the same totals; the granularity changes only the periods.
  const weekly = await series(request, `from=${from}&to=${to}&granularity=week`);
  expect(weekly.totals).toEqual(totals);
  expect(weekly.periods[0]).toMatchObject({ period: '2025-06-16', partial: true, days: 3, period_days: 7 });
  const weeklyDrones = weekly.periods.reduce((sum: number, p: { launched: { drone: number | null } }) => sum + (p.launched.drone ?? 0), 0);
  expect(weeklyDrones).toBe(expected.dronesLaunched);
});

test('public reads: 400 with a message for bad parameters, ETags, HEAD, and CORS for reads only', async ({ request }) => {
  for (const [query, message] of [
    ['from=2025-02-30', /"from" must be a real date/],
    ['from=2025-07-01&to=2025-06-01', /"from" is after "to"/],
    ['target=XX', /"target" must be one of UA, RU/],
    ['granularity=hour', /"granularity" must be one of night, week, month/],
  ] as const) {
    const response = await request.get(`/api/series?${query}`);
    expect(response.status(), query).toBe(400);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    expect((await response.json()).error).toMatch(message);
  }

  const first = await request.get(`/api/weapons?from=${from}&to=${to}`, { headers: { Origin: 'https://news.example' } });
  expect(first.headers()['access-control-allow-origin']).toBe('*');
  // Shared caches may keep it, and must ask again before reusing it (the response cache may add s-maxage).
  expect(first.headers()['cache-control']).toMatch(/^public, max-age=0\b/);
  const etag = first.headers().etag ?? '';
  expect(etag).toMatch(/^"[\w-]+"$/);
  const again = await request.get(`/api/weapons?from=${from}&to=${to}`, { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
  const head = await request.head('/api/latest');
  expect(head.status()).toBe(200);
  expect(head.headers()['access-control-allow-origin']).toBe('*');

  const preflight = await request.fetch('/api/series', {
    method: 'OPTIONS',
    headers: { Origin: 'https://news.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()).toMatchObject({ 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, HEAD, OPTIONS' });

  // Writes never answer a cross-origin preflight, so a browser never sends them from another site.
  for (const [path, method] of [
    [`/api/nights/${WRITE_DATE}`, 'PUT'],
    [`/api/nights/${WRITE_DATE}`, 'DELETE'],
    ['/api/statements/parse', 'POST'],
  ] as const) {
    const writePreflight = await request.fetch(path, {
      method: 'OPTIONS',
      headers: { Origin: 'https://news.example', 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(writePreflight.headers()['access-control-allow-origin'], `${method} ${path}`).toBeUndefined();
    expect(writePreflight.headers()['access-control-allow-methods'], `${method} ${path}`).toBeUndefined();
  }
  const parse = await request.post('/api/statements/parse', { data: { text: 'x' }, headers: { Origin: 'https://news.example' } });
  expect(parse.headers()['access-control-allow-origin']).toBeUndefined();
});

test('a page in another site reads the API from the browser', async ({ page, baseURL }) => {
  // A page on another origin (a loopback server of the test's own), fetching like a news site's script.
  const newsSite = await startOtherSite();
  newsSite.serve('/article', '<!doctype html><title>News</title>');
  try {
    await readFromOtherSite(page, newsSite.origin, baseURL ?? '');
  } finally {
    await newsSite.close();
  }
});

async function readFromOtherSite(page: Page, origin: string, baseURL: string) {
  await page.goto(`${origin}/article`);
  const answer = await page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { 'If-None-Match': '"none"' } });
    return { status: response.status, nights: (await response.json()).totals.nights, etag: response.headers.get('etag') };
  }, `${baseURL}/api/series?from=${from}&to=${to}`);
  expect(answer.status).toBe(200);
  expect(answer.nights).toBe(sumsOver(inRange(readExcerpt(), from, to)).nights);
  expect(answer.etag).toMatch(/^"/);
  const write = await page.evaluate(
    async (url) =>
      fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"figures":[]}' }).then(
        () => 'sent',
        () => 'blocked',
      ),
    `${baseURL}/api/nights/${WRITE_DATE}`,
  );
  expect(write).toBe('blocked');
}
