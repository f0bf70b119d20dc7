// HTTP caching a CDN or reverse proxy can use: public reads carry a strong ETag and public caching
// headers and answer 304 when nothing changed; editor pages, and anything sent with a session, are
// private. Reads only (no dates of its own).
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { CACHE_HEADER, read } from './cache-helpers';
import { editorStatePath } from './helpers';

const PUBLIC_READS = ['/', '/uk', '/?from=2025-06-01&to=2025-06-30', '/nights/2025-06-29', '/uk/nights/2025-06-29', '/api/nights?from=2025-06-01&to=2025-06-30', '/export.csv?from=2025-06-01&to=2025-06-30'];
const EDITOR_PAGES = ['/login', '/nights/new', '/import', '/weapons', '/nights/2025-06-29/edit', '/uk/nights/new'];
const PUBLIC_CONTROL = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/;

function sessionCookie(): string {
  const state = JSON.parse(fs.readFileSync(editorStatePath, 'utf8')) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

test.describe('public reads', () => {
  for (const path of PUBLIC_READS) {
    test(`${path}: strong ETag, public caching headers, 304 while nothing changed`, async ({ baseURL }) => {
      const first = await read(baseURL, path);
      const second = await read(baseURL, path);
      expect(first.status).toBe(200);
      expect(second.etag).toMatch(/^"[^"]+"$/);
      expect(second.etag).toBe(first.etag);
      expect(second.text).toBe(first.text);
      expect(second.cacheControl).toMatch(PUBLIC_CONTROL);
      const revalidated = await fetch(`${baseURL ?? ''}${path}`, { headers: { 'if-none-match': second.etag ?? '' } });
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers.get('etag')).toBe(second.etag);
      expect(await revalidated.text()).toBe('');
      const other = await fetch(`${baseURL ?? ''}${path}`, { headers: { 'if-none-match': '"something-else"' } });
      expect(other.status).toBe(200);
    });
  }

  test('query parameters a page does not read change nothing: same answer, same ETag', async ({ baseURL }) => {
    const plain = await read(baseURL, '/?from=2025-06-01&to=2025-06-30');
    const noisy = await read(baseURL, '/?utm_source=feed&to=2025-06-30&nocache=123&from=2025-06-01');
    expect(noisy.etag).toBe(plain.etag);
    expect(noisy.cache).toBe('HIT');
  });

  test('the bare home page is kept per language and says so in Vary', async ({ baseURL }) => {
    const english = await fetch(`${baseURL ?? ''}/`, { headers: { 'accept-language': 'en-GB' }, redirect: 'manual' });
    const ukrainian = await fetch(`${baseURL ?? ''}/`, { headers: { 'accept-language': 'uk-UA,uk;q=0.9' }, redirect: 'manual' });
    expect(english.status).toBe(200);
    expect(ukrainian.status).toBe(307);
    expect(ukrainian.headers.get('location')).toBe('/uk');
    for (const response of [english, ukrainian]) {
      expect(response.headers.get('vary')).toMatch(/Accept-Language/);
      expect(response.headers.get('vary')).toMatch(/Cookie/);
    }
    expect(ukrainian.headers.get('etag')).not.toBe(english.headers.get('etag'));
  });

  test('router requests (soft navigation) go to the app, never to stored HTML', async ({ baseURL }) => {
    await read(baseURL, '/nights/2025-06-29');
    const rsc = await fetch(`${baseURL ?? ''}/nights/2025-06-29?_rsc=abc`, { headers: { rsc: '1' } });
    expect(rsc.headers.get(CACHE_HEADER)).toBeNull();
    expect(rsc.headers.get('content-type')).toMatch(/text\/x-component/);
  });
});

test.describe('editors', () => {
  for (const path of EDITOR_PAGES) {
    test(`${path} is never publicly cacheable, signed in or not`, async ({ baseURL }) => {
      for (const headers of [{}, { cookie: sessionCookie() }] as Record<string, string>[]) {
        const response = await fetch(`${baseURL ?? ''}${path}`, { headers, redirect: 'manual' });
        const control = response.headers.get('cache-control') ?? '';
        expect(control, `${path} ${JSON.stringify(headers).slice(0, 20)}`).toMatch(/\bprivate\b/);
        expect(control).toMatch(/\bno-store\b/);
        expect(control).not.toMatch(/\bpublic\b|s-maxage/);
        expect(response.headers.get('etag')).toBeNull();
      }
    });
  }

  test('a public page asked for with a session is rendered for the editor and kept private', async ({ baseURL }) => {
    const anonymous = await read(baseURL, '/?from=2025-06-01&to=2025-06-30');
    const editor = await read(baseURL, '/?from=2025-06-01&to=2025-06-30', { cookie: sessionCookie() });
    expect(editor.cacheControl).toBe('private, no-store');
    expect(editor.etag).toBeNull();
    expect(editor.cache).toBeNull();
    // The header names the signed-in editor: the editor's page, and never anyone else's.
    const email = process.env.E2E_EDITOR_EMAIL ?? '';
    expect(editor.text).toContain(email);
    expect(anonymous.text).not.toContain(email);
    expect((await read(baseURL, '/?from=2025-06-01&to=2025-06-30')).text).not.toContain(email);
  });
});
