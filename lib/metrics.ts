// The SPEC's derived figures and rates, with unknown (null) kept apart from zero throughout.
//
// What an unknown `lost` means depends on the night's date:
// - from COMBINED_REPORTING_FROM (2025-07-24) the Air Force gives one combined "shot down or suppressed"
//   figure, stored in shotDown with lost unknown: lost is then included in shotDown, so neutralised is
//   shotDown alone (counting it unknown would drop every night after the change);
// - before that date lost was reported apart, so an unknown lost is simply unknown: neutralised and not
//   stopped are unknown, and the figure is left out of the neutralisation rate's basis.
// The interception rate needs launched and shot down only, on either side of the date.
// db/queries/range-sql.ts applies the same rule in SQL.
import { COMBINED_REPORTING_FROM, type Counts } from './domain';

export { COMBINED_REPORTING_FROM } from './domain';

/** Whether an unknown lost on this night is included in shot down (the combined figure). */
export function lostIncludedInShotDown(date: string): boolean {
  return date >= COMBINED_REPORTING_FROM;
}

/** A figure's counts with the date of its night, which decides what an unknown lost means. */
export type DatedCounts = Counts & { date: string };

/** shot down + lost, or null when not known (shot down unknown, or lost unknown before the combined figure). */
export function neutralised(counts: DatedCounts): number | null {
  if (counts.shotDown === null) return null;
  if (counts.lost !== null) return counts.shotDown + counts.lost;
  return lostIncludedInShotDown(counts.date) ? counts.shotDown : null;
}

/** launched − shot down − lost (got through or unaccounted for), or null when not computable. */
export function notStopped(counts: DatedCounts): number | null {
  const stopped = neutralised(counts);
  if (counts.launched === null || stopped === null) return null;
  return counts.launched - stopped;
}

/** A ratio, or null when there is nothing to divide by. */
export function ratio(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return part / whole;
}

/** A sum that knows how many of its terms were known. */
export type KnownSum = { sum: number | null; known: number; total: number };

/** Adds the known values; the sum is null when none is known (never 0 for "nothing known"). */
export function sumKnown(values: readonly (number | null)[]): KnownSum {
  let sum = 0;
  let known = 0;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    known += 1;
  }
  return { sum: known === 0 ? null : sum, known, total: values.length };
}

export type RateBasis = { rate: number | null; numerator: number; denominator: number; figures: number };

/**
 * A rate over many figures, from only those whose needed counts are known (launched and the numerator),
 * so an unknown count never counts as a miss.
 */
export function rateOver<T extends Counts>(figures: readonly T[], numerator: (counts: T) => number | null): RateBasis {
  let num = 0;
  let den = 0;
  let used = 0;
  for (const counts of figures) {
    const part = numerator(counts);
    if (counts.launched === null || part === null) continue;
    num += part;
    den += counts.launched;
    used += 1;
  }
  return { rate: den === 0 ? null : num / den, numerator: num, denominator: den, figures: used };
}

/** Shot down ÷ launched, over figures with both known. */
export const interceptionRate = (figures: readonly Counts[]) => rateOver(figures, (c) => c.shotDown);
/** (Shot down + lost) ÷ launched, over figures whose neutralised count is known (see the header). */
export const neutralisationRate = (figures: readonly DatedCounts[]) => rateOver(figures, neutralised);

/** Trailing average over a window of consecutive values (e.g. 7 nights); null until the window fills. */
export function rollingAverage(values: readonly (number | null)[], window: number): (number | null)[] {
  return values.map((_, index) => {
    if (index + 1 < window) return null;
    const slice = values.slice(index + 1 - window, index + 1);
    if (slice.some((value) => value === null)) return null;
    return (slice as number[]).reduce((a, b) => a + b, 0) / window;
  });
}
