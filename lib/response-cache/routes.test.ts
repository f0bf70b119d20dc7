import { describe, expect, it } from 'vitest';
import { matchPublicRoute } from './routes';

describe('the public read routes', () => {
  it('knows the pages in both languages and the API only unprefixed', () => {
    const name = (path: string) => matchPublicRoute(path)?.name ?? null;
    expect(name('/')).toBe('dashboard');
    expect(name('/uk')).toBe('dashboard');
    expect(name('/nights/2025-04-26')).toBe('night');
    expect(name('/uk/nights/2025-04-26')).toBe('night');
    expect(name('/og/uk/night/UA/2025-04-26.png')).toBe('night preview image');
    expect(name('/og/en/view/RU/2025-04-01/2025-04-26.png')).toBe('view preview image');
    expect(name('/uk/og/en/night/UA/2025-04-26.png')).toBeNull();
    expect(name('/embed/launches')).toBe('embedded launches chart');
    expect(name('/uk/embed/launches')).toBeNull();
    expect(name('/about')).toBe('about');
    expect(name('/uk/about')).toBe('about');
    expect(name('/feed.xml')).toBe('feed');
    expect(name('/uk/feed.xml')).toBe('feed');
    expect(name('/api/nights')).toBe('nights API');
    expect(name('/uk/api/nights')).toBeNull();
    expect(name('/export.csv')).toBe('export');
    expect(name('/export-nights.csv')).toBe('per-night export');
    expect(name('/api/latest')).toBe('latest API');
    expect(name('/api/records')).toBe('records API');
    expect(name('/nights/2025-04-26/edit')).toBeNull();
    expect(name('/nights/new')).toBeNull();
  });

});
