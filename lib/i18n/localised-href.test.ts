import { describe, expect, it } from 'vitest';
import { localisedHref } from './localised-href';

describe('a link in a language', () => {
  it('puts the prefix on the path, before the query', () => {
    expect(localisedHref('/?from=2025-06-01', 'uk')).toBe('/uk?from=2025-06-01');
    expect(localisedHref('/nights/2025-06-01?target=RU', 'uk')).toBe('/uk/nights/2025-06-01?target=RU');
    expect(localisedHref('/', 'uk')).toBe('/uk');
    expect(localisedHref('/?from=2025-06-01', 'en')).toBe('/?from=2025-06-01');
  });
});
