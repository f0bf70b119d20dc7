import { describe, expect, it } from 'vitest';
import { ByteLru } from './lru';

const entry = (bytes: number) => ({ bytes });

describe('a byte-bounded LRU', () => {
  it('drops the least recently used entries once the bytes exceed the bound', () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    lru.set('a', entry(40));
    lru.set('b', entry(40));
    expect(lru.get('a')).toBeDefined(); // a is now the most recent
    lru.set('c', entry(40));
    expect([lru.get('a'), lru.get('b'), lru.get('c')].map(Boolean)).toEqual([true, false, true]);
    expect(lru.bytes).toBe(80);
  });

  it('counts a replaced entry once and refuses one larger than the whole bound', () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    lru.set('a', entry(30));
    lru.set('a', entry(50));
    expect(lru.bytes).toBe(50);
    expect(lru.set('huge', entry(101))).toBe(false);
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.size).toBe(1);
    lru.clear();
    expect([lru.size, lru.bytes]).toEqual([0, 0]);
  });
});
