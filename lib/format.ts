// How figures read on screen, in each interface language: unknown is "n/a" (the caller passes the
// catalogue's word for it), never 0; an approximate figure keeps its qualifier ("≈ 200"); dates and
// numbers follow the locale (uk-UA: "1 234", "5 квітня 2026").
import { QUALIFIER_SYMBOLS, type Qualifier } from './domain';
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from './i18n/locales';

export const NOT_AVAILABLE = 'n/a';

export type DateStyle = 'long' | 'short' | 'dayMonth' | 'weekday';

export type FigureFormat = {
  locale: Locale;
  notAvailable: string;
  count(value: number | null | undefined): string;
  rate(value: number | null | undefined): string;
  /** A count with its qualifier, e.g. "≈ 200" or "> 100"; exact counts read as plain counts. */
  qualified(value: number | null | undefined, qualifier: Qualifier | null | undefined): string;
  /** A YYYY-MM-DD date: long "5 April 2026" / "5 квітня 2026", short "5 Apr 2026", dayMonth "5 Apr". */
  date(isoDate: string, style?: DateStyle): string;
};

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
  weekday: { weekday: 'long' },
};

const cache = new Map<string, FigureFormat>();

/** The formatter for one language; the same object is returned for the same arguments. */
export function figureFormat(locale: Locale = DEFAULT_LOCALE, notAvailable: string = NOT_AVAILABLE): FigureFormat {
  const key = `${locale}\u0000${notAvailable}`;
  const kept = cache.get(key);
  if (kept) return kept;
  const tag = INTL_LOCALE[locale];
  const counts = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const dates = Object.fromEntries(
    (Object.keys(DATE_OPTIONS) as DateStyle[]).map((style) => [
      style,
      new Intl.DateTimeFormat(tag, { ...DATE_OPTIONS[style], timeZone: 'UTC' }),
    ]),
  ) as Record<DateStyle, Intl.DateTimeFormat>;
  const count = (value: number | null | undefined) => (value === null || value === undefined ? notAvailable : counts.format(value));
  const format: FigureFormat = {
    locale,
    notAvailable,
    count,
    rate: (value) => (value === null || value === undefined ? notAvailable : percent.format(value)),
    qualified: (value, qualifier) =>
      value === null || value === undefined || !qualifier ? count(value) : `${QUALIFIER_SYMBOLS[qualifier]}\u00a0${count(value)}`,
    date: (isoDate, style = 'long') => {
      const [year, month, day] = isoDate.split('-').map(Number);
      const parts = dates[style].formatToParts(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
      // Ukrainian long dates end in " р." (року); the date reads whole without it: "5 квітня 2026".
      return parts
        .filter((part, index) => !(part.type === 'literal' && index === parts.length - 1 && /^\s*р\.?\s*$/.test(part.value)))
        .map((part) => part.value)
        .join('')
        .trim();
    },
  };
  cache.set(key, format);
  return format;
}

/** English counts with "n/a" for unknown: kept for code that has no language (logs, reports in English). */
export function formatCount(value: number | null | undefined): string {
  return figureFormat().count(value);
}

export function formatRate(value: number | null | undefined): string {
  return figureFormat().rate(value);
}
