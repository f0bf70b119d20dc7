// How the embeddable chart names its periods in the reader's language: the table's and tooltips' full
// names ("тиждень від 9 червня 2025", saying when the range cuts a period) and the axis's short ticks.
import type { Granularity } from '@/lib/buckets';
import type { FigureFormat } from '@/lib/format';
import { INTL_LOCALE, type Locale } from '@/lib/i18n/locales';
import type { SeriesPoint } from '@/lib/series';

export type PeriodWords = {
  weekOf: (date: string) => string;
  partial: (values: { label: string; days: number; of: number }) => string;
};

/** "червень 2025" / "June 2025" (short: "черв. 25" / "Jun 25"): Ukrainian drops the trailing "р.". */
function month(bucket: string, locale: Locale, short: boolean): string {
  const options: Intl.DateTimeFormatOptions = short
    ? { month: 'short', year: '2-digit', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], options).format(new Date(`${bucket}T00:00:00Z`)).replace(/\s*р\.?$/, '');
}

export function periodName(point: SeriesPoint, granularity: Granularity, format: FigureFormat, words: PeriodWords): string {
  const name =
    granularity === 'night'
      ? format.date(point.bucket, 'long')
      : granularity === 'week'
        ? words.weekOf(format.date(point.bucket, 'long'))
        : granularity === 'month'
          ? month(point.bucket, format.locale, false)
          : point.bucket.slice(0, 4);
  return point.partial ? words.partial({ label: name, days: point.days, of: point.periodDays }) : name;
}

export function periodTick(bucket: string, granularity: Granularity, format: FigureFormat): string {
  if (granularity === 'year') return bucket.slice(0, 4);
  if (granularity === 'month') return month(bucket, format.locale, true);
  return format.date(bucket, 'dayMonth');
}
