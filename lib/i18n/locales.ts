// The interface languages, and which one a visitor who has not chosen yet should see. Pure: the proxy
// and the response cache both ask it, so they always agree on what the bare home page answers.
import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';

export const LOCALES = ['en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The cookie the language switch sets, so the bare home page remembers an explicit choice. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** BCP 47 tags for Intl: numbers and dates read as a Ukrainian or British reader expects. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', uk: 'uk-UA' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language for a visitor arriving at the bare home page: an explicit earlier choice (the cookie),
 * else the best match for the browser's Accept-Language, else English.
 */
export function preferredLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  if (!input.acceptLanguage) return DEFAULT_LOCALE;
  const requested = new Negotiator({ headers: { 'accept-language': input.acceptLanguage } }).languages();
  try {
    const best = match(requested, [...LOCALES], DEFAULT_LOCALE);
    return isLocale(best) ? best : DEFAULT_LOCALE;
  } catch {
    // A malformed language tag: nothing to go on.
    return DEFAULT_LOCALE;
  }
}

/** The path with its locale prefix removed ("/uk/nights/x" → "/nights/x"), and that locale. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    if (pathname === `/${locale}`) return { locale, path: '/' };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/** The address of `path` in `locale`: English unprefixed, Ukrainian under /uk. */
export function localisedPath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}
