// Summaries of timing samples (milliseconds), for the in-process measurements autocannon does not make.

/** The p-th percentile (0..100) by nearest rank; null for no samples. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is outside 0..100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export type Summary = { count: number; min: number; p50: number; p99: number; max: number; mean: number };

export function summarise(samples: readonly number[]): Summary | null {
  if (samples.length === 0) return null;
  const total = samples.reduce((sum, value) => sum + value, 0);
  return {
    count: samples.length,
    min: Math.min(...samples),
    p50: percentile(samples, 50) as number,
    p99: percentile(samples, 99) as number,
    max: Math.max(...samples),
    mean: total / samples.length,
  };
}

/** Megabytes (10^6 bytes) per second. */
export function megabytesPerSecond(bytes: number, ms: number): number | null {
  return ms > 0 ? bytes / 1e6 / (ms / 1000) : null;
}
