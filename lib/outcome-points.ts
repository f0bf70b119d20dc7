// Chart points for what got through (hits, places hit, places with debris) and for the decoy share of
// drones, from SQL's sums per bucket. A series starts at the first bucket that gives it, so a chart of a
// figure reported only since mid-2025 does not open on a long run of empty periods.
import type { BucketSpan, Granularity } from './buckets';
import { ratio } from './metrics';
import type { PeriodLabeller } from './period-labels';
import { period, type Period } from './series';

/**
 * A sum over the nights that give a figure: null when none does; `approximate` of them give it as "about
 * 200" or "over 100"; `first` is the first of them.
 */
export type KnownSum = { sum: number | null; nights: number; approximate: number; first: string | null };

/** One bucket of db/queries/outcome-series.ts. */
export type OutcomeBucket = {
  bucket: string;
  hitsMissile: KnownSum;
  hitsDrone: KnownSum;
  placesHit: KnownSum;
  placesDebris: KnownSum;
  /** Drones launched − Shaheds, over nights giving both (and every drone row's launches). */
  decoys: KnownSum;
  /** Drones launched on those same nights: the decoy share's denominator. */
  decoyBasisDrones: number | null;
};

export type OutcomeField = Exclude<keyof OutcomeBucket, 'bucket' | 'decoyBasisDrones'>;

const EMPTY: KnownSum = { sum: null, nights: 0, approximate: 0, first: null };

/** The first night of the span that gives any of `fields`, or null. */
export function firstGiven(rows: readonly OutcomeBucket[], fields: readonly OutcomeField[]): string | null {
  const dates = rows.flatMap((row) => fields.map((field) => row[field].first)).filter((date): date is string => date !== null);
  return dates.length === 0 ? null : dates.reduce((a, b) => (a < b ? a : b));
}

export type OutcomePoint = Period & Omit<OutcomeBucket, 'bucket'> & { decoyShare: number | null };

/**
 * One point per bucket from the first bucket in which any of `fields` is given; nothing (an empty list)
 * when none is given in the span.
 */
export function outcomePoints(
  rows: readonly OutcomeBucket[],
  buckets: readonly BucketSpan[],
  granularity: Granularity,
  names: PeriodLabeller,
  fields: readonly OutcomeField[],
): OutcomePoint[] {
  const byBucket = new Map(rows.map((row) => [row.bucket, row]));
  const given = (bucket: string) => fields.some((field) => (byBucket.get(bucket)?.[field].nights ?? 0) > 0);
  const first = buckets.findIndex((span) => given(span.bucket));
  if (first < 0) return [];
  return buckets.slice(first).map((span) => {
    const row = byBucket.get(span.bucket);
    const decoys = row?.decoys ?? EMPTY;
    return {
      ...period(span, granularity, names),
      hitsMissile: row?.hitsMissile ?? EMPTY,
      hitsDrone: row?.hitsDrone ?? EMPTY,
      placesHit: row?.placesHit ?? EMPTY,
      placesDebris: row?.placesDebris ?? EMPTY,
      decoys,
      decoyBasisDrones: row?.decoyBasisDrones ?? null,
      decoyShare: ratio(decoys.sum, row?.decoyBasisDrones ?? null),
    };
  });
}
