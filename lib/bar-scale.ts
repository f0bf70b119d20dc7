// The scale of a bar chart drawn in HTML (the night page's weapons): counts from 0 to a round maximum at
// or above the largest, with a few round ticks between (d3-scale's "nice" domain), and each count as a
// share of that maximum, for a bar's width.
import { scaleLinear } from 'd3-scale';

export type BarScale = {
  /** The round value at the end of the axis (at least 1, so an all-zero night still has an axis). */
  max: number;
  /** Round whole values from 0 to max, for the axis. */
  ticks: number[];
  /** A count as a share of the axis, 0–1. */
  share: (value: number) => number;
};

export function barScale(values: readonly number[], tickCount = 4): BarScale {
  const largest = Math.max(1, ...values.filter((value) => Number.isFinite(value) && value > 0));
  const scale = scaleLinear().domain([0, largest]).range([0, 1]).nice(tickCount);
  const max = scale.domain()[1] ?? largest;
  // Counts are whole: a tick at 0.5 would read as half a drone.
  return { max, ticks: scale.ticks(tickCount).filter(Number.isInteger), share: (value) => Math.min(1, Math.max(0, scale(value))) };
}
