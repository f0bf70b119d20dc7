import { describe, expect, it } from 'vitest';
import { decide, MAX_PARAM_CHARS, type RequestFacts } from './request-key';

function request(url: string, headers: Record<string, string> = {}, method = 'GET'): RequestFacts {
  return { method, url, header: (name) => headers[name] };
}

const target = (url: string, headers?: Record<string, string>) => {
  const decision = decide(request(url, headers));
  return decision.cacheable ? decision.target : `bypass: ${decision.reason}`;
};

describe('which requests the response cache answers', () => {
  it('keeps only the parameters a route reads: first value, trimmed, sorted; empty ones dropped', () => {
    expect(target('/?to=2025-06-30&from=2025-06-01&utm_source=x&from=1999-01-01')).toBe('/?from=2025-06-01&to=2025-06-30');
    expect(target('/?target=%20RU%20&granularity=&cachebuster=123')).toBe('/?target=RU');
    expect(target('/nights/2025-04-26?target=ru&foo=bar')).toBe('/nights/2025-04-26?target=ru');
    expect(target('/uk/nights/2025-04-26')).toBe('/uk/nights/2025-04-26');
    expect(target('/api/nights?to=2025-01-01&target=UA')).toBe('/api/nights?target=UA&to=2025-01-01');
    expect(target('/export.csv?from=2025-01-01')).toBe('/export.csv?from=2025-01-01');
  });

  it('gives a flood of made-up query strings one key', () => {
    const keys = new Set(Array.from({ length: 50 }, (_, i) => target(`/?r=${i}&x${i}=1`)));
    expect([...keys]).toEqual(['/']);
  });

  it('passes editors, writes, router requests and everything not on the list straight to the app', () => {
    const session = { cookie: 'NEXT_LOCALE=uk; better-auth.session_token=abc.def' };
    expect(target('/', session)).toBe('bypass: session');
    expect(target('/', { cookie: '__Secure-better-auth.session_token=abc' })).toBe('bypass: session');
    expect(target('/', { authorization: 'Bearer x' })).toBe('bypass: credentials');
    expect(decide(request('/', {}, 'POST'))).toMatchObject({ cacheable: false, reason: 'method' });
    expect(target('/', { rsc: '1' })).toBe('bypass: router request');
    expect(target('/', { 'next-action': 'abc' })).toBe('bypass: router request');
    expect(target('/nights/2025-04-26?_rsc=1x2y')).toBe('bypass: router request');
    for (const path of ['/login', '/nights/new', '/nights/2025-04-26/edit', '/import', '/weapons', '/api/health', '/api/nights/2025-04-26', '/en', '/uk/login', '/uk/api/nights', '/nights/2025-4-6']) {
      expect(target(path), path).toBe('bypass: not a public read');
    }
    expect(target(`/?from=${'9'.repeat(MAX_PARAM_CHARS + 1)}`)).toBe('bypass: long parameter');
  });

  it('varies only the bare home page by language, as proxy.ts chooses it', () => {
    const home = (headers: Record<string, string>) => {
      const decision = decide(request('/', headers));
      return decision.cacheable ? [decision.variant, decision.renderHeaders.cookie, decision.vary.join()] : null;
    };
    expect(home({})).toEqual(['http;en', 'NEXT_LOCALE=en', 'Accept-Language,Cookie']);
    expect(home({ 'accept-language': 'uk-UA,uk;q=0.9,en;q=0.8' })).toEqual(['http;uk', 'NEXT_LOCALE=uk', 'Accept-Language,Cookie']);
    expect(home({ 'accept-language': 'uk', cookie: 'NEXT_LOCALE=en' })).toEqual(['http;en', 'NEXT_LOCALE=en', 'Accept-Language,Cookie']);
    // Unknown parameters dropped first: "/?x=1" is the bare home page too.
    expect(decide(request('/?x=1', { 'accept-language': 'uk' }))).toMatchObject({ target: '/', variant: 'http;uk' });
    // An address that names its language or a view does not depend on the reader's headers.
    expect(decide(request('/uk', { 'accept-language': 'en' }))).toMatchObject({ variant: 'http', vary: [] });
    expect(decide(request('/?target=RU', { 'accept-language': 'uk' }))).toMatchObject({ variant: 'http', vary: [] });
  });

  it('keeps answers for https apart (the app adds Strict-Transport-Security there)', () => {
    expect(decide(request('/nights/2025-04-26', { 'x-forwarded-proto': 'https' }))).toMatchObject({
      variant: 'https',
      renderHeaders: { 'x-forwarded-proto': 'https' },
    });
  });

  const REFUSED = 'bypass: parameters the route refuses';
  it('passes a strict route a parameter it would refuse (unknown, repeated or blank), so the app answers 400', () => {
    expect(target('/api/series?to=2025-06-30&from=2025-06-01&granularity=week')).toBe('/api/series?from=2025-06-01&granularity=week&to=2025-06-30');
    expect(target('/api/series?from=2025-06-01&bogus=1')).toBe(REFUSED);
    expect(target('/api/nights?from=2025-06-01&from=2025-06-02')).toBe(REFUSED);
    expect(target('/api/weapons?from=')).toBe(REFUSED);
    expect(target('/api/latest?target=RU&limit=5')).toBe(REFUSED);
    expect(target('/api/records?target=RU')).toBe('/api/records?target=RU');
    // Pages are lenient: what they do not read is dropped and the page served from the cache.
    expect(target('/?bogus=1&target=RU')).toBe('/?target=RU');
    expect(target('/embed/launches?lang=uk&x=1')).toBe('/embed/launches?lang=uk');
  });
});
