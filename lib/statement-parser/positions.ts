// Position look-ups over sorted spans, so that work on a long clause stays linear.

type Span = { start: number; end: number };

/** Index of the first span starting at or after `at` (spans sorted by start); spans.length if none. */
export function firstStartingAt<T extends Span>(spans: readonly T[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span ending at or before `at` (spans sorted and not overlapping); -1 if none. */
export function lastEndingBy<T extends Span>(spans: readonly T[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.end ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether `at` lies inside one of the (sorted, non-overlapping) spans. */
export function insideSpan<T extends Span>(spans: readonly T[], at: number): boolean {
  const i = firstStartingAt(spans, at + 1) - 1;
  const span = spans[i];
  return span !== undefined && at >= span.start && at < span.end;
}
