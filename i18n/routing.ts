// next-intl's routing: English at unprefixed addresses, Ukrainian under /uk. The language lives in the
// URL, so a shared link opens in the language it was shared in: no detection rewrites a prefixed or
// deep link, and no locale cookie is set on responses (they stay publicly cacheable). Only the bare home
// page picks a language for a first visit (proxy.ts, lib/i18n/locales.ts preferredLocale).
import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});
