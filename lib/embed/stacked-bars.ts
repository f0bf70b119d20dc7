// The geometry of the embeddable launches chart: one bar per period, drones below missiles, on a scale
// with round ticks. Drawn as plain SVG on the server, so an embedding page runs no script of ours.
// An unknown count draws nothing (a gap), never a bar of 0.

export type StackPoint = { bucket: string; drone: number | null; missile: number | null; partial: boolean };

export type Segment = { series: 'drone' | 'missile'; value: number; y: number; height: number };
export type Bar = { bucket: string; x: number; width: number; partial: boolean; segments: Segment[] };

export type StackedBars = {
  /** The plot area inside the chart's box. */
  plot: { left: number; top: number; width: number; height: number };
  bars: Bar[];
  ticks: { value: number; y: number }[];
  /** Indexes of the bars whose period is written under the axis (at most `maxLabels`). */
  labelled: number[];
};

/** Round steps (1, 2 or 5 × 10ⁿ) from 0 up to at least `max`, about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const ticks = [0];
  while ((ticks.at(-1) ?? 0) < max) ticks.push(Math.round(((ticks.at(-1) ?? 0) + step) * 1e9) / 1e9);
  return ticks;
}

export function stackedBars(
  points: readonly StackPoint[],
  box: { width: number; height: number; left: number; bottom: number; top: number; right: number },
  maxLabels = 7,
): StackedBars {
  const plot = { left: box.left, top: box.top, width: box.width - box.left - box.right, height: box.height - box.top - box.bottom };
  const totals = points.map((p) => (p.drone ?? 0) + (p.missile ?? 0));
  const ticks = niceTicks(Math.max(0, ...totals));
  const top = ticks.at(-1) ?? 1;
  const yOf = (value: number) => plot.top + plot.height - (value / top) * plot.height;
  const slot = points.length > 0 ? plot.width / points.length : plot.width;
  const gap = Math.min(slot * 0.2, 8);
  const bars = points.map((point, index) => {
    let base = 0;
    const segments: Segment[] = [];
    for (const series of ['drone', 'missile'] as const) {
      const value = point[series];
      if (value === null || value === 0) continue;
      segments.push({ series, value, y: yOf(base + value), height: yOf(base) - yOf(base + value) });
      base += value;
    }
    return { bucket: point.bucket, x: plot.left + index * slot + gap / 2, width: Math.max(slot - gap, 1), partial: point.partial, segments };
  });
  const every = Math.max(1, Math.ceil(points.length / maxLabels));
  const labelled = points.map((_, index) => index).filter((index) => index % every === 0);
  return { plot, bars, ticks: ticks.map((value) => ({ value, y: yOf(value) })), labelled };
}
