import { describe, expect, it } from 'vitest';
import { entityTag, entityTagBase, ifNoneMatchHit, type Generation } from './etag';

const generation: Generation = { buildId: 'b1', day: '2026-11-30', dataStamp: 'aa11' };

describe('entity tags', () => {
  it('change with the data stamp, the day, the build, the variant and the address', () => {
    const base = entityTagBase(generation, 'http', '/');
    expect(entityTagBase(generation, 'http', '/')).toBe(base);
    const others = [
      entityTagBase({ ...generation, dataStamp: 'bb22' }, 'http', '/'),
      entityTagBase({ ...generation, day: '2026-12-01' }, 'http', '/'),
      entityTagBase({ ...generation, buildId: 'b2' }, 'http', '/'),
      entityTagBase(generation, 'http;uk', '/'),
      entityTagBase(generation, 'http', '/?target=RU'),
    ];
    expect(new Set([base, ...others]).size).toBe(6);
  });

  it('are strong and differ per content coding', () => {
    const base = entityTagBase(generation, 'http', '/');
    expect(entityTag(base, 'identity')).toMatch(/^"at-[A-Za-z0-9_-]{27}"$/);
    expect(new Set([entityTag(base, 'identity'), entityTag(base, 'gzip'), entityTag(base, 'br')]).size).toBe(3);
  });

  it('match If-None-Match in any coding, weak or strong, in a list or as *', () => {
    const base = entityTagBase(generation, 'http', '/');
    expect(ifNoneMatchHit(entityTag(base, 'gzip'), base)).toBe(entityTag(base, 'gzip'));
    expect(ifNoneMatchHit(`W/${entityTag(base, 'br')}`, base)).toBe(entityTag(base, 'br'));
    expect(ifNoneMatchHit(`"x", ${entityTag(base, 'identity')}`, base)).toBe(entityTag(base, 'identity'));
    expect(ifNoneMatchHit('*', base)).toBe(entityTag(base, 'identity'));
    expect(ifNoneMatchHit(entityTag(entityTagBase({ ...generation, dataStamp: 'cc' }, 'http', '/'), 'gzip'), base)).toBeNull();
    expect(ifNoneMatchHit(undefined, base)).toBeNull();
    expect(ifNoneMatchHit(base, base)).toBeNull();
  });
});
