// The Atom feed: it parses as Atom, lists the fixture's nights newest first with their figures, in
// English and Ukrainian, the pages name it, and it changes when a night is saved. Writes: Russia's
// night of 2022-08-22 only (the reliability partition), removed again at the end.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { editorStatePath, readDatabase } from './helpers';

const ATOM = 'http://www.w3.org/2005/Atom';
const WRITE_DATE = '2022-08-22';

type Link = { '@_rel': string; '@_type'?: string; '@_href': string };
type Text = { '#text': string; '@_type': string };
type Entry = { id: string; title: Text; updated: string; published: string; link: Link[]; summary: Text; content: Text };
type Feed = { '@_xmlns': string; '@_xml:lang': string; id: string; title: Text; updated: string; author: { name: string }; link: Link[]; entry?: Entry[] };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'entry' || name === 'link' });

async function readFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = parser.parse(xml) as { feed: Feed };
  // RFC 4287: the feed and each entry have an id, a title and an updated date; the feed an author.
  expect(feed['@_xmlns']).toBe(ATOM);
  expect(feed.id).toBeTruthy();
  expect(feed.author.name).toBe('Air Tally');
  expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  for (const entry of feed.entry ?? []) {
    expect(entry.id).toBeTruthy();
    expect(entry.title['#text']).toBeTruthy();
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
  }
  return { feed, entries: feed.entry ?? [], etag: response.headers().etag ?? '' };
}

/** The UA nights recorded in the database, newest first, as the feed should list them. */
function recordedNights(target: 'UA' | 'RU'): string[] {
  const db = readDatabase();
  try {
    return (db.prepare(`select date from nights where target = ? order by date desc limit 100`).all(target) as { date: string }[]).map((r) => r.date);
  } finally {
    db.close();
  }
}

const dateOf = (entry: Entry) => /\/nights\/(\d{4}-\d{2}-\d{2})/.exec(entry.link[0]?.['@_href'] ?? '')?.[1];

test("/feed.xml is Atom listing the nights newest first, each with its figures and a link to its page", async ({ request, baseURL }) => {
  const { feed, entries } = await readFeed(request, '/feed.xml');
  expect(feed['@_xml:lang']).toBe('en');
  expect(feed.title['#text']).toBe('Air Tally: nightly air attacks on Ukraine');
  expect(feed.link.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(`${baseURL}/feed.xml`);
  const dates = entries.map(dateOf);
  expect(dates).toEqual(recordedNights('UA'));
  // The fixture's nights (2025-06-15 to 2025-08-10) are the newest: they lead the feed, in order.
  expect(dates.slice(0, 3)).toEqual(['2025-08-10', '2025-08-09', '2025-08-08']);
  expect(dates).toContain('2025-06-15');

  const night = entries.find((entry) => dateOf(entry) === '2025-07-09');
  expect(night?.link[0]?.['@_href']).toBe(`${baseURL}/nights/2025-07-09`);
  expect(night?.id).toBe(`${baseURL}/nights/2025-07-09`);
  expect(night?.title['#text']).toBe('Night of 9 July 2025: drones 728, missiles 13');
  expect(night?.content['@_type']).toBe('html');
  expect(night?.content['#text']).toContain('<li>Drones launched: <strong>728</strong></li>');
  // Unknown is "n/a", never 0.
  expect(night?.summary['#text']).toMatch(/^Drones launched: 728; missiles launched: 13; shot down: [\d,]+; lost: (n\/a|[\d,]+); not stopped: (n\/a|[\d,]+)\.$/);

  const page = await request.get(night?.link[0]?.['@_href'] ?? '');
  expect(page.status()).toBe(200);
});

test('/uk/feed.xml is the same feed in Ukrainian, linking to the Ukrainian pages', async ({ request, baseURL }) => {
  const { feed, entries } = await readFeed(request, '/uk/feed.xml');
  expect(feed['@_xml:lang']).toBe('uk');
  expect(feed.title['#text']).toBe('Air Tally: нічні повітряні атаки на Україну');
  expect(feed.link.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(`${baseURL}/uk/feed.xml`);
  const night = entries.find((entry) => dateOf(entry) === '2025-07-09');
  expect(night?.link[0]?.['@_href']).toBe(`${baseURL}/uk/nights/2025-07-09`);
  expect(night?.title['#text']).toBe('Ніч на 9 липня 2025: дрони — 728, ракети — 13');
  expect(entries.map(dateOf)).toEqual(recordedNights('UA'));
});

test('the dashboard and a night page name the feed in their language', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/feed\.xml$/);
  await page.goto('/uk/nights/2025-07-09');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/uk\/feed\.xml$/);
  const link = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  const feed = await page.request.get(link ?? '');
  expect(feed.status()).toBe(200);
});

test('a bad parameter is refused', async ({ request }) => {
  const response = await request.get('/feed.xml?target=XX');
  expect(response.status()).toBe(400);
  expect((await response.json()).error).toMatch(/"target" must be one of UA, RU/);
});

test.describe('when an editor saves a night', () => {
  test.use({ storageState: editorStatePath });

  test('the feed changes: a new entry, a later updated, a new ETag; and again when it is deleted', async ({ page }) => {
    const api = page.request;
    const feedPath = '/feed.xml?target=RU';
    const before = await readFeed(api, feedPath);
    expect(before.entries.map(dateOf)).not.toContain(WRITE_DATE);
    expect(before.entries.map(dateOf)).toEqual(recordedNights('RU'));
    // Unchanged data: the same version, so readers polling with If-None-Match get a 304.
    const unchanged = await api.get(feedPath, { headers: { 'If-None-Match': before.etag } });
    expect(unchanged.status()).toBe(304);

    const saved = await api.put(`/api/nights/${WRITE_DATE}?target=RU`, {
      data: { figures: [{ weapon: 'Unknown drone', launched: null, shot_down: 17, lost: null }] },
    });
    expect(saved.status()).toBe(201);
    const { version } = await saved.json();
    try {
      const after = await readFeed(api, feedPath);
      expect(after.etag).not.toBe(before.etag);
      expect(Date.parse(after.feed.updated)).toBeGreaterThan(Date.parse(before.feed.updated));
      const entry = after.entries.find((e) => dateOf(e) === WRITE_DATE);
      expect(entry?.link[0]?.['@_href']).toMatch(new RegExp(`/nights/${WRITE_DATE}\\?target=RU$`));
      expect(entry?.title['#text']).toBe('Night of 22 August 2022: drones n/a, missiles n/a');
      expect(entry?.summary['#text']).toBe('Drones launched: n/a; missiles launched: n/a; shot down: 17; lost: n/a; not stopped: n/a.');
      expect(after.entries.map(dateOf)).toEqual(recordedNights('RU'));
    } finally {
      const removed = await api.delete(`/api/nights/${WRITE_DATE}?target=RU&version=${version}`);
      expect(removed.status()).toBe(204);
    }
    const deleted = await readFeed(api, feedPath);
    expect(deleted.entries.map(dateOf)).not.toContain(WRITE_DATE);
    expect(deleted.etag).not.toBe(before.etag);
  });
});
