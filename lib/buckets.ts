// Time buckets for the dashboard's charts: a night, an ISO week (Monday to Sunday), a calendar month or
// (chosen automatically for spans of decades) a year, each named by its first day. db/queries/range-sql.ts
// computes the same keys in SQL.
import { addDays, daysBetween } from './dates';

export const GRANULARITIES = ['night', 'week', 'month', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** What the URL may ask for (SPEC §3.1); years are only chosen automatically, for very long spans. */
export const URL_GRANULARITIES = ['night', 'week', 'month'] as const;
export type UrlGranularity = (typeof URL_GRANULARITIES)[number];

export function isUrlGranularity(value: string): value is UrlGranularity {
  return (URL_GRANULARITIES as readonly string[]).includes(value);
}

/** The first day of the bucket that holds `date`. */
export function bucketOf(date: string, granularity: Granularity): string {
  if (granularity === 'night') return date;
  if (granularity === 'month') return `${date.slice(0, 7)}-01`;
  if (granularity === 'year') return `${date.slice(0, 4)}-01-01`;
  // getUTCDay: Sunday 0 … Saturday 6; ISO weeks start on Monday.
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** The first day of the bucket after the one starting on `start`. */
export function nextBucket(start: string, granularity: Granularity): string {
  if (granularity === 'night') return addDays(start, 1);
  if (granularity === 'week') return addDays(start, 7);
  if (granularity === 'year') return `${String(Number(start.slice(0, 4)) + 1).padStart(4, '0')}-01-01`;
  const [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  return `${next.padStart(7, '0')}-01`;
}

/** How many buckets a chart of the dates `from`..`to` (inclusive) carries. */
export function bucketCount(from: string, to: string, granularity: Granularity): number {
  if (to < from) return 0;
  if (granularity === 'night') return daysBetween(from, to) + 1;
  if (granularity === 'week') return daysBetween(bucketOf(from, 'week'), bucketOf(to, 'week')) / 7 + 1;
  if (granularity === 'year') return Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1;
  const months = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  return months(to) - months(from) + 1;
}

/** Every bucket from the one holding `from` to the one holding `to`, in order. */
export function enumerateBuckets(from: string, to: string, granularity: Granularity): string[] {
  const buckets: string[] = [];
  if (to < from) return buckets;
  const last = bucketOf(to, granularity);
  for (let key = bucketOf(from, granularity); key <= last; key = nextBucket(key, granularity)) buckets.push(key);
  return buckets;
}

/** The days of a bucket that fall inside `from`..`to`: a range may cut its first and last bucket. */
export function daysCovered(bucket: string, granularity: Granularity, from: string, to: string): number {
  const first = bucket > from ? bucket : from;
  const end = addDays(nextBucket(bucket, granularity), -1);
  const last = end < to ? end : to;
  return last < first ? 0 : daysBetween(first, last) + 1;
}

/** How many days the whole bucket has: 1 for a night, 7 for a week, 28 to 31 for a month. */
export function bucketLength(bucket: string, granularity: Granularity): number {
  return daysBetween(bucket, nextBucket(bucket, granularity));
}

/** How much of a bucket a range covers; partial when the range starts or ends inside it. */
export type Coverage = { days: number; of: number; partial: boolean };

export function coverage(bucket: string, granularity: Granularity, from: string, to: string): Coverage {
  const days = daysCovered(bucket, granularity, from, to);
  const of = bucketLength(bucket, granularity);
  return { days, of, partial: days < of };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "14 Jun 2025" for a YYYY-MM-DD date. */
export function shortDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? '?'} ${date.slice(0, 4)}`;
}

/** How a bucket reads on an axis or in a table: "14 Jun 2025", "week of 9 Jun 2025", "Jun 2025", "2025". */
export function bucketLabel(bucket: string, granularity: Granularity): string {
  if (granularity === 'year') return bucket.slice(0, 4);
  if (granularity === 'night') return shortDate(bucket);
  if (granularity === 'week') return `week of ${shortDate(bucket)}`;
  return `${MONTHS[Number(bucket.slice(5, 7)) - 1] ?? '?'} ${bucket.slice(0, 4)}`;
}

/** A bucket's label, saying so when the range cuts it: "week of 30 Dec 2024 (partial: 5 of 7 days)". */
export function periodLabel(bucket: string, granularity: Granularity, covered: Coverage): string {
  const label = bucketLabel(bucket, granularity);
  return covered.partial ? `${label} (partial: ${covered.days} of ${covered.of} days)` : label;
}

/** A short tick for the x axis: "14 Jun", "9 Jun", "Jun 25". */
export function bucketTick(bucket: string, granularity: Granularity): string {
  if (granularity === 'year') return bucket.slice(0, 4);
  if (granularity === 'month') return `${MONTHS[Number(bucket.slice(5, 7)) - 1] ?? '?'} ${bucket.slice(2, 4)}`;
  return `${Number(bucket.slice(8, 10))} ${MONTHS[Number(bucket.slice(5, 7)) - 1] ?? '?'}`;
}
