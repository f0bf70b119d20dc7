// Time buckets for the dashboard's charts: a night, an ISO week (Monday to Sunday), a calendar month or
// (chosen automatically for spans of decades) a year, each named by its first day. Which bucket a date
// falls in is decided in one place, SQL (db/queries/range-sql.ts bucketSql, listed by
// db/queries/range-buckets.ts); this module only names the granularities and bounds how many buckets a
// span can touch, so the filters can choose one before any query runs.
import { daysBetween } from './dates';

export const GRANULARITIES = ['night', 'week', 'month', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** What the URL may ask for (SPEC §3.1); years are only chosen automatically, for very long spans. */
export const URL_GRANULARITIES = ['night', 'week', 'month'] as const;
export type UrlGranularity = (typeof URL_GRANULARITIES)[number];

export function isUrlGranularity(value: string): value is UrlGranularity {
  return (URL_GRANULARITIES as readonly string[]).includes(value);
}

/** One bucket of a span as SQL lists it: its first day, and how many of its days the span covers. */
export type BucketSpan = { bucket: string; days: number; of: number };

/** How much of a bucket a span covers; partial when the span starts or ends inside it. */
export type Coverage = { days: number; of: number; partial: boolean };

export const coverageOf = ({ days, of }: Pick<BucketSpan, 'days' | 'of'>): Coverage => ({ days, of, partial: days < of });

/**
 * The most buckets the dates `from`..`to` (inclusive) can touch. Exact for nights, months and years;
 * for weeks an upper bound that holds wherever a week starts (d days touch at most ⌊(d + 5) / 7⌋ + 1
 * weeks), so a chart never carries more points than the bound says.
 */
export function bucketsAtMost(from: string, to: string, granularity: Granularity): number {
  if (to < from) return 0;
  const days = daysBetween(from, to) + 1;
  if (granularity === 'night') return days;
  if (granularity === 'week') return Math.floor((days + 5) / 7) + 1;
  if (granularity === 'year') return Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1;
  const months = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  return months(to) - months(from) + 1;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "14 Jun 2025", in English whatever the reader's language: for logs and code that has no language.
 * The interface writes dates with getFigureFormat().date() or lib/period-labels.ts.
 */
export function shortDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? '?'} ${date.slice(0, 4)}`;
}
