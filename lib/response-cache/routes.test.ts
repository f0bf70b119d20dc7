import { describe, expect, it } from 'vitest';
import { matchPublicRoute } from './routes';

describe('the public read routes', () => {
  it('knows the pages in both languages and the API only unprefixed', () => {
    const name = (path: string) => matchPublicRoute(path)?.name ?? null;
    expect(name('/')).toBe('dashboard');
    expect(name('/uk')).toBe('dashboard');
    expect(name('/nights/2025-04-26')).toBe('night');
    expect(name('/uk/nights/2025-04-26')).toBe('night');
    expect(name('/nights/2025-04-26/opengraph-image')).toBe('social image');
    expect(name('/uk/opengraph-image-1a2b')).toBe('social image');
    expect(name('/uk/feed.xml')).toBe('feed');
    expect(name('/api/nights')).toBe('nights API');
    expect(name('/uk/api/nights')).toBeNull();
    expect(name('/export.csv')).toBe('export');
    expect(name('/nights/2025-04-26/edit')).toBeNull();
    expect(name('/nights/new')).toBeNull();
  });

});
