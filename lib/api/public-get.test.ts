import { describe, expect, it } from 'vitest';
import { etagMatches, etagOf, publicAnswer, publicJson, readPreflight } from './public-get';

describe('public GET answers', () => {
  it('carry CORS for reads, a revalidated Cache-Control and an ETag that follows the content', async () => {
    const response = await publicJson(new Request('http://x/api/series'), { a: 1 });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('etag')).toBe(etagOf('{"a":1}'));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
    expect(await response.json()).toEqual({ a: 1 });
  });

  it('answer 304 without a body, and without building it, when the caller holds the version', async () => {
    const etag = etagOf('inputs');
    let built = 0;
    const body = () => {
      built += 1;
      return 'body';
    };
    const request = new Request('http://x/og', { headers: { 'if-none-match': `"other", W/${etag}` } });
    const response = await publicAnswer(request, { etag, contentType: 'image/png', body });
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe(etag);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toBe('');
    expect(built).toBe(0);
  });

  it('match If-None-Match lists, weak tags and *', () => {
    expect(etagMatches('"a", "b"', '"b"')).toBe(true);
    expect(etagMatches('W/"b"', '"b"')).toBe(true);
    expect(etagMatches('*', '"b"')).toBe(true);
    expect(etagMatches('"a"', '"b"')).toBe(false);
    expect(etagMatches(null, '"b"')).toBe(false);
  });

  it('allow preflights for GET and HEAD only', () => {
    const response = readPreflight();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('access-control-allow-methods')).not.toMatch(/PUT|POST|DELETE/);
  });
});
