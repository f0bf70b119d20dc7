import { describe, expect, it } from 'vitest';
import { keptHeaders, NEXT_DYNAMIC_CACHE_CONTROL, publicCachingHeaders, readSeconds, refusalToShare, sameOriginPath } from './stored-response';

describe('what the cache may share', () => {
  it('shares pages, redirects and not-found answers that Next marked only as dynamic', () => {
    for (const status of [200, 301, 307, 308, 404]) {
      expect(refusalToShare({ status, headers: { 'cache-control': NEXT_DYNAMIC_CACHE_CONTROL } })).toBeNull();
    }
    expect(refusalToShare({ status: 200, headers: {} })).toBeNull();
  });

  it('never shares errors, cookies, or what the app itself marked private or no-store', () => {
    expect(refusalToShare({ status: 500, headers: {} })).toBe('status 500');
    expect(refusalToShare({ status: 400, headers: {} })).toBe('status 400');
    expect(refusalToShare({ status: 200, headers: { 'set-cookie': ['a=b'] } })).toBe('sets a cookie');
    expect(refusalToShare({ status: 200, headers: { 'cache-control': 'no-store' } })).toMatch(/no-store/);
    expect(refusalToShare({ status: 200, headers: { 'cache-control': 'private, max-age=60' } })).toMatch(/private/);
  });

  it('keeps the security headers and drops what belongs to one connection or to Next internally', () => {
    const kept = keptHeaders(
      {
        'Content-Type': 'text/html; charset=utf-8',
        'x-frame-options': 'DENY',
        'x-middleware-rewrite': '/en',
        'x-nextjs-cache': 'MISS',
        'content-security-policy': "script-src 'nonce-x'",
        'transfer-encoding': 'chunked',
        connection: 'keep-alive',
        location: 'http://127.0.0.1:3000/uk',
      },
      '127.0.0.1:3000',
    );
    expect(kept).toEqual([
      ['content-type', 'text/html; charset=utf-8'],
      ['x-frame-options', 'DENY'],
      ['location', '/uk'],
    ]);
  });

  it('turns a redirect to the same host into a path and leaves other hosts alone', () => {
    expect(sameOriginPath('https://tally.example/uk?x=1', 'tally.example')).toBe('/uk?x=1');
    expect(sameOriginPath('http://tally.example', 'tally.example')).toBe('/');
    expect(sameOriginPath('https://tally.example.evil/uk', 'tally.example')).toBe('https://tally.example.evil/uk');
    expect(sameOriginPath('https://other.example/', 'tally.example')).toBe('https://other.example/');
  });

  it('sends public caching headers a CDN understands, strict by default', () => {
    // nginx reads X-Accel-Expires first: stored, already expired, so revalidated on every request.
    expect(publicCachingHeaders({ sharedMaxAge: 0, staleWhileRevalidate: 0 })).toEqual([
      ['x-accel-expires', '@1'],
      ['cache-control', 'public, max-age=0, s-maxage=0, stale-while-revalidate=0'],
    ]);
    expect(publicCachingHeaders({ sharedMaxAge: 30, staleWhileRevalidate: 60 })).toEqual([['cache-control', 'public, max-age=0, s-maxage=30, stale-while-revalidate=60']]);
    expect(readSeconds(undefined, 'X')).toBe(0);
    expect(readSeconds('30', 'X')).toBe(30);
    expect(() => readSeconds('-1', 'X')).toThrow(/whole seconds/);
  });
});
