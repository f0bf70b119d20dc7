// The SPEC's derived figures and rates, with unknown (null) kept apart from zero throughout.
//
// Since late July 2025 the Air Force gives one combined "shot down or suppressed" figure, stored in
// shotDown with lost unknown. So a figure's neutralised count is known when shotDown is known (lost
// adds to it when given); counting lost as unknown there would drop every night after the change.
import type { Counts } from './domain';

/** shot down + lost, or null when shot down is unknown. */
export function neutralised(counts: Counts): number | null {
  if (counts.shotDown === null) return null;
  return counts.shotDown + (counts.lost ?? 0);
}

/** launched − shot down − lost (got through or unaccounted for), or null when not computable. */
export function notStopped(counts: Counts): number | null {
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
 * A rate over many figures, from only those whose needed counts are known (launched and shot down),
 * so an unknown interception never counts as a miss.
 */
export function rateOver(
  figures: readonly Counts[],
  numerator: (counts: Counts) => number | null,
): RateBasis {
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

export const interceptionRate = (figures: readonly Counts[]) => rateOver(figures, (c) => c.shotDown);
export const neutralisationRate = (figures: readonly Counts[]) => rateOver(figures, neutralised);

/** The first night the national reports give one combined "shot down or suppressed" figure. */
export const COMBINED_REPORTING_FROM = '2025-07-24';

/** Trailing average over a window of consecutive values (e.g. 7 nights); null until the window fills. */
export function rollingAverage(values: readonly (number | null)[], window: number): (number | null)[] {
  return values.map((_, index) => {
    if (index + 1 < window) return null;
    const slice = values.slice(index + 1 - window, index + 1);
    if (slice.some((value) => value === null)) return null;
    return (slice as number[]).reduce((a, b) => a + b, 0) / window;
  });
}
