// Link previews: a shared night or dashboard view shows its figures. The page's Open Graph and Twitter
// tags point at a 1200×630 PNG of that night or range, in the page's language, and the image answers
// like the other public reads (ETag, 304). Reads the fixture nights only.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { inRange, readExcerpt, showCount, sumsOver } from './fixtures/excerpt-sums';

// Link-preview crawlers get the metadata in the <head> of the first response; Telegram's says it is like Twitter's.
const CRAWLER = 'TelegramBot (like TwitterBot)';

/** The meta tags of a page as a crawler receives them (first response, no script run). */
async function previewTags(request: APIRequestContext, path: string): Promise<Record<string, string>> {
  const response = await request.get(path, { headers: { 'User-Agent': CRAWLER } });
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const head = html.slice(0, html.indexOf('</head>'));
  const tags: Record<string, string> = {};
  for (const [, attrs] of head.matchAll(/<meta ([^>]+?)\/?>/g)) {
    const key = /(?:property|name)="([^"]+)"/.exec(attrs ?? '')?.[1];
    const content = /content="([^"]*)"/.exec(attrs ?? '')?.[1];
    if (key && content !== undefined && !(key in tags)) tags[key] = content.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#x27;', "'");
  }
  return tags;
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectPreviewImage(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  return response;
}

test("a night's page points its Open Graph and Twitter tags at a 1200×630 PNG of that night", async ({ request, baseURL }) => {
  const tags = await previewTags(request, '/nights/2025-07-09');
  const image = `${baseURL}/og/en/night/UA/2025-07-09.png`;
  expect(tags).toMatchObject({
    'og:image': image,
    'og:image:width': '1200',
    'og:image:height': '630',
    'og:image:type': 'image/png',
    'og:url': `${baseURL}/nights/2025-07-09`,
    'og:locale': 'en_GB',
    'og:title': 'Night of 9 July 2025 · Attacks on Ukraine',
    'twitter:card': 'summary_large_image',
    'twitter:image': image,
  });
  const night = sumsOver(inRange(readExcerpt(), '2025-07-09', '2025-07-09'));
  expect(tags['og:description']).toContain(`Drones launched: ${showCount(night.dronesLaunched)}; missiles launched: ${showCount(night.missilesLaunched)}`);
  expect(tags['og:image:alt']).toContain(tags['og:description'] ?? '-');
  await expectPreviewImage(request, image);
});

test('a dashboard view points at a PNG of its range, and the Ukrainian page at a Ukrainian one', async ({ request, baseURL }) => {
  const [from, to] = ['2025-06-20', '2025-07-31'];
  const tags = await previewTags(request, `/?from=${from}&to=${to}&granularity=week`);
  const image = `${baseURL}/og/en/view/UA/${from}/${to}.png`;
  expect(tags).toMatchObject({ 'og:image': image, 'twitter:image': image, 'og:url': `${baseURL}/?from=${from}&to=${to}` });
  const range = sumsOver(inRange(readExcerpt(), from, to));
  expect(tags['og:description']).toContain(`Drones launched: ${showCount(range.dronesLaunched)}`);
  await expectPreviewImage(request, image);

  const uk = await previewTags(request, `/uk?from=${from}&to=${to}`);
  expect(uk).toMatchObject({
    'og:image': `${baseURL}/og/uk/view/UA/${from}/${to}.png`,
    'og:locale': 'uk_UA',
    'og:url': `${baseURL}/uk?from=${from}&to=${to}`,
  });
  // uk-UA groups thousands with a no-break space.
  expect(uk['og:description']).toContain(`Запущено дронів: ${new Intl.NumberFormat('uk-UA').format(range.dronesLaunched ?? NaN)}`);
  await expectPreviewImage(request, uk['og:image'] ?? '');

  // The default view (no dates) previews the range it shows, and keeps its own short address.
  const latest = await previewTags(request, '/');
  expect(latest['og:image']).toMatch(new RegExp(`^${baseURL}/og/en/view/UA/\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}\\.png$`));
  expect(latest['og:url']).toMatch(new RegExp(`^${baseURL}/?$`));
  await expectPreviewImage(request, latest['og:image'] ?? '');
});

test('the tags are on the page in the browser too', async ({ page, baseURL }) => {
  await page.goto('/uk/nights/2025-07-09');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${baseURL}/og/uk/night/UA/2025-07-09.png`);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
});

test('preview images are cached like pages: an ETag, 304 when unchanged, 404 for what does not exist', async ({ request }) => {
  const first = await expectPreviewImage(request, '/og/en/night/UA/2025-07-09.png');
  const etag = first.headers().etag ?? '';
  expect(first.headers()['cache-control']).toMatch(/^public, max-age=0\b/);
  expect(etag).toMatch(/^"[\w-]+"$/);
  const again = await request.get('/og/en/night/UA/2025-07-09.png', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
  // Another language is another picture.
  const uk = await expectPreviewImage(request, '/og/uk/night/UA/2025-07-09.png');
  expect(uk.headers().etag).not.toBe(etag);

  for (const path of [
    '/og/en/night/UA/2019-01-01.png',
    '/og/en/night/ua/2025-07-09.png',
    '/og/de/night/UA/2025-07-09.png',
    '/og/en/night/UA/2025-02-30.png',
    '/og/en/view/UA/2025-07-31/2025-06-20.png',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
