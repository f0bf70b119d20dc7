import { describe, expect, it } from 'vitest';
import { localisedPath, preferredLocale, splitLocalePath } from './locales';

describe('the language a first visit gets', () => {
  it('follows Accept-Language when it prefers Ukrainian', () => {
    expect(preferredLocale({ acceptLanguage: 'uk' })).toBe('uk');
    expect(preferredLocale({ acceptLanguage: 'uk-UA,uk;q=0.9,en;q=0.8' })).toBe('uk');
    expect(preferredLocale({ acceptLanguage: 'de-DE,uk;q=0.7,en;q=0.5' })).toBe('uk');
  });

  it('is English for English, other languages, nothing, or nonsense', () => {
    expect(preferredLocale({ acceptLanguage: 'en-US,en;q=0.9,uk;q=0.5' })).toBe('en');
    expect(preferredLocale({ acceptLanguage: 'de-DE' })).toBe('en');
    expect(preferredLocale({ acceptLanguage: null })).toBe('en');
    expect(preferredLocale({ acceptLanguage: '*;;;=,,' })).toBe('en');
  });

  it('keeps an explicit choice over the browser, and ignores a cookie that names no language of ours', () => {
    expect(preferredLocale({ cookie: 'en', acceptLanguage: 'uk' })).toBe('en');
    expect(preferredLocale({ cookie: 'uk', acceptLanguage: 'en' })).toBe('uk');
    expect(preferredLocale({ cookie: 'xx', acceptLanguage: 'uk' })).toBe('uk');
  });
});

describe('locale paths', () => {
  it('split and join as inverses', () => {
    expect(splitLocalePath('/uk/nights/2025-04-26')).toEqual({ locale: 'uk', path: '/nights/2025-04-26' });
    expect(splitLocalePath('/uk')).toEqual({ locale: 'uk', path: '/' });
    expect(splitLocalePath('/ukraine')).toEqual({ locale: 'en', path: '/ukraine' });
    expect(splitLocalePath('/nights/2025-04-26')).toEqual({ locale: 'en', path: '/nights/2025-04-26' });
    expect(localisedPath('/', 'uk')).toBe('/uk');
    expect(localisedPath('/about', 'uk')).toBe('/uk/about');
    expect(localisedPath('/about', 'en')).toBe('/about');
  });
});
