// The embeddable chart's address: the dashboard's range parameters plus the language (?lang=en|uk),
// since an embed lives outside the /uk prefix. Checked like the API's: a typo is said, not guessed.
import { z } from 'zod';
import { FROM_AFTER_TO, fromNotAfterTo, granularityShape, rangeShape } from '@/lib/api/query';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@/lib/i18n/locales';

export const embedQuerySchema = z
  .strictObject({ ...rangeShape, ...granularityShape, lang: z.enum(LOCALES).optional() })
  .refine(fromNotAfterTo, FROM_AFTER_TO);

/** The language asked for, even when the rest of the address is wrong (to say so in that language). */
export function embedLocale(lang: unknown): Locale {
  const value = Array.isArray(lang) ? lang[0] : lang;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** A page's search parameters as a query string, repeated values kept (so they can be refused). */
export function toSearchParams(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(name, item);
  }
  return search;
}
