'use client';
// What became of the launches: shot down, lost (electronic warfare, decoys), not stopped.
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

export type OutcomesPoint = PeriodPoint & { shotDown: number | null; lost: number | null; notStopped: number | null };

export function OutcomesChart({ points, granularity }: { points: OutcomesPoint[]; granularity: Granularity }) {
  return (
    <BarChart responsive style={chartStyle} data={points} margin={{ top: 8, right: 8, bottom: 24, left: 8 }}>
      <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="bucket" tick={tick} tickFormatter={bucketTicks(granularity)} minTickGap={12} label={axisLabel(X_AXIS_TITLES[granularity], 'x')} />
      <YAxis tick={tick} tickFormatter={countTick} width={64} label={axisLabel('Count', 'y')} />
      <Tooltip formatter={countTooltip} labelFormatter={periodLabels(points)} contentStyle={tooltipStyle} />
      <Legend verticalAlign="top" wrapperStyle={legendStyle} />
      <Bar dataKey="shotDown" name="Shot down" stackId="outcome" fill="var(--shot-down)" shape={PeriodBar} isAnimationActive={false} />
      <Bar dataKey="lost" name="Lost (EW, decoys)" stackId="outcome" fill="var(--lost)" shape={PeriodBar} isAnimationActive={false} />
      <Bar dataKey="notStopped" name="Not stopped" stackId="outcome" fill="var(--not-stopped)" shape={PeriodBar} isAnimationActive={false} />
    </BarChart>
  );
}
