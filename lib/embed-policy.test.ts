import { describe, expect, it } from 'vitest';
import { framingFor, isEmbedPath } from './embed-policy';
import { contentSecurityPolicy } from './security-headers';

describe('which pages may be framed', () => {
  it('lets any site frame the embeddable charts', () => {
    expect(framingFor('/embed/launches')).toEqual({ frameAncestors: '*', xFrameOptions: null });
  });

  it.each(['/', '/uk', '/nights/2025-06-01', '/login', '/nights/new', '/embed', '/embed/', '/embedded/launches', '/uk/embed/launches', '/api/series'])(
    'keeps %s unframeable',
    (path) => {
      expect(isEmbedPath(path)).toBe(false);
      expect(framingFor(path)).toEqual({ frameAncestors: "'none'", xFrameOptions: 'DENY' });
    },
  );

  it("ends up in the page's Content-Security-Policy", () => {
    expect(contentSecurityPolicy('n', { frameAncestors: framingFor('/embed/launches').frameAncestors })).toContain('frame-ancestors *');
    expect(contentSecurityPolicy('n', { frameAncestors: framingFor('/').frameAncestors })).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('n')).toContain("frame-ancestors 'none'");
  });
});
