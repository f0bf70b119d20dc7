// How a time bucket reads in each interface language: "14 Jun 2025" / "14 черв. 2025", "week of 9 Jun
// 2025" / "тиждень з 9 черв. 2025", "June 2025" / "червень 2025", with "(partial: 5 of 7 days)" when the
// range cuts it. Dates and month names come from Intl; the few words around them from the caller's
// catalogue, so this stays free of any i18n library.
import type { Coverage, Granularity } from './buckets';
import { INTL_LOCALE, type Locale } from './i18n/locales';

/** The catalogue's words a label needs, already bound to the reader's language. */
export type PeriodWords = {
  /** "week of {date}" */
  week: (date: string) => string;
  /** "{label} (partial: {days} of {of} days)" */
  partial: (label: string, days: number, of: number) => string;
};

export type PeriodLabeller = {
  /** A bucket as a table row or tooltip names it, saying so when the range cuts it. */
  label(bucket: string, granularity: Granularity, covered?: Coverage): string;
  /** A short axis tick: "14 Jun", "Jun 25", "2025". */
  tick(bucket: string, granularity: Granularity): string;
};

const utc = (isoDate: string) => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
};

/** Intl's parts joined, without the " р." (року) that Ukrainian dates end in: "червень 2025". */
function formatter(tag: string, options: Intl.DateTimeFormatOptions) {
  const format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
  return (isoDate: string) => {
    const parts = format.formatToParts(utc(isoDate));
    return parts
      .filter((part, index) => !(part.type === 'literal' && index === parts.length - 1 && /^\s*р\.?\s*$/.test(part.value)))
      .map((part) => part.value)
      .join('')
      .trim();
  };
}

export function periodLabeller(locale: Locale, words: PeriodWords): PeriodLabeller {
  const tag = INTL_LOCALE[locale];
  const day = formatter(tag, { day: 'numeric', month: 'short', year: 'numeric' });
  const dayTick = formatter(tag, { day: 'numeric', month: 'short' });
  const month = formatter(tag, { month: 'long', year: 'numeric' });
  const monthTick = formatter(tag, { month: 'short', year: '2-digit' });
  const name = (bucket: string, granularity: Granularity) => {
    if (granularity === 'year') return bucket.slice(0, 4);
    if (granularity === 'month') return month(bucket);
    if (granularity === 'week') return words.week(day(bucket));
    return day(bucket);
  };
  return {
    label: (bucket, granularity, covered) => {
      const label = name(bucket, granularity);
      return covered?.partial ? words.partial(label, covered.days, covered.of) : label;
    },
    tick: (bucket, granularity) => {
      if (granularity === 'year') return bucket.slice(0, 4);
      if (granularity === 'month') return monthTick(bucket);
      return dayTick(bucket);
    },
  };
}

/**
 * A night named by both its dates, as "Night of {eve} to {date}" / "Ніч з {eve} на {date}" need them: the
 * evening's day alone when the month is the same ("9" to "10 August 2025"), with its month or year when not
 * ("31 July" to "1 August 2025").
 */
export function nightDates(locale: Locale, date: string): { eve: string; date: string } {
  const tag = INTL_LOCALE[locale];
  const morning = utc(date);
  const evening = new Date(morning.getTime() - 86_400_000);
  const eveIso = evening.toISOString().slice(0, 10);
  const long = formatter(tag, { day: 'numeric', month: 'long', year: 'numeric' });
  const eve =
    eveIso.slice(0, 4) !== date.slice(0, 4)
      ? long(eveIso)
      : eveIso.slice(0, 7) !== date.slice(0, 7)
        ? formatter(tag, { day: 'numeric', month: 'long' })(eveIso)
        : String(evening.getUTCDate());
  return { eve, date: long(date) };
}
