'use client';
// Launches per night, week or month, stacked by category.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { Granularity } from '@/lib/buckets';
import {
  axisLabel,
  bucketTicks,
  chartStyle,
  countTick,
  countTooltip,
  gridStroke,
  legendStyle,
  periodLabels,
  tick,
  tooltipStyle,
  X_AXIS_TITLES,
} from './chart-style';
import { PeriodBar, type PeriodPoint } from './period-bar';

export type LaunchesPoint = PeriodPoint & { drone: number | null; missile: number | null };

export function LaunchesChart({ points, granularity }: { points: LaunchesPoint[]; granularity: Granularity }) {
  return (
    <BarChart responsive style={chartStyle} data={points} margin={{ top: 8, right: 8, bottom: 24, left: 8 }}>
      <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="bucket" tick={tick} tickFormatter={bucketTicks(granularity)} minTickGap={12} label={axisLabel(X_AXIS_TITLES[granularity], 'x')} />
      <YAxis tick={tick} tickFormatter={countTick} width={64} label={axisLabel('Launched (count)', 'y')} />
      <Tooltip formatter={countTooltip} labelFormatter={periodLabels(points)} contentStyle={tooltipStyle} />
      <Legend verticalAlign="top" wrapperStyle={legendStyle} />
      <Bar dataKey="drone" name="Drones" stackId="launched" fill="var(--drone)" shape={PeriodBar} isAnimationActive={false} />
      <Bar dataKey="missile" name="Missiles" stackId="launched" fill="var(--missile)" shape={PeriodBar} isAnimationActive={false} />
    </BarChart>
  );
}
