// One time chart's data, sent once for both the chart and its table: the periods as columns of plain
// arrays (no key repeated per point), each series' values, and which periods the table lists. Long ranges
// have hundreds of periods per chart; sending them as objects, twice, made most of the dashboard's HTML.
import type { Granularity } from '@/lib/buckets';

export type PeriodSeries = {
  key: string;
  name: string;
  /** How the table writes a value (the chart draws the number). */
  format: 'count' | 'rate' | 'average';
  values: (number | null)[];
  /** Periods whose value includes approximate figures: the table writes them "≈ 1 234". */
  approximate?: number[];
  /** Drawn on the chart, in this colour; series without it are table columns only. */
  chart?: { colour: string; dashed?: boolean };
};

export type PeriodData = {
  granularity: Granularity;
  buckets: string[];
  /** The period's name for tables and tooltips ("week of 9 Jun 2025 (partial: 5 of 7 days)"). */
  labels: string[];
  /** Its short name on the axis. */
  ticks: string[];
  /** Periods the range cuts (drawn lighter). */
  partial: number[];
  series: PeriodSeries[];
  /** Periods the table lists (those with a recorded night). */
  rows: number[];
};

/** The columns every time chart shares, from points shaped by lib/series.ts. */
export function periodColumns(
  points: readonly { bucket: string; label: string; tick: string; partial: boolean }[],
  granularity: Granularity,
  listed: (index: number) => boolean,
): Omit<PeriodData, 'series'> {
  const indices = points.map((_, index) => index);
  return {
    granularity,
    buckets: points.map((p) => p.bucket),
    labels: points.map((p) => p.label),
    ticks: points.map((p) => p.tick),
    partial: indices.filter((index) => points[index]?.partial),
    rows: indices.filter(listed),
  };
}
