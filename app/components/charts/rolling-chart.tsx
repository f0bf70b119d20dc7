'use client';
// Launches per day smoothed: the 7-day rolling average (or, on long spans, the average per week or month),
// over each night's own launches as faint bars.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { Granularity } from '@/lib/buckets';
import {
  axisLabel,
  bucketTicks,
  chartStyle,
  countTick,
  gridStroke,
  legendStyle,
  periodLabels,
  tick,
  tooltipStyle,
  X_AXIS_TITLES,
} from './chart-style';
import type { PeriodPoint } from './period-bar';
import { formatCount } from '@/lib/format';

export type RollingPoint = PeriodPoint & { launched: number | null; average: number | null };

const averageFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function RollingChart({ points, granularity, averageName }: { points: RollingPoint[]; granularity: Granularity; averageName: string }) {
  return (
    <ComposedChart responsive style={chartStyle} data={points} margin={{ top: 8, right: 8, bottom: 24, left: 8 }}>
      <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="bucket" tick={tick} tickFormatter={bucketTicks(granularity)} minTickGap={12} label={axisLabel(X_AXIS_TITLES[granularity], 'x')} />
      <YAxis tick={tick} tickFormatter={countTick} width={64} label={axisLabel('Launches per day', 'y')} />
      <Tooltip
        formatter={(value, name) => {
          const n = typeof value === 'number' ? value : null;
          return name === averageName ? (n === null ? 'n/a' : averageFormat.format(n)) : formatCount(n);
        }}
        labelFormatter={periodLabels(points)}
        contentStyle={tooltipStyle}
      />
      <Legend verticalAlign="top" wrapperStyle={legendStyle} />
      {granularity === 'night' && <Bar dataKey="launched" name="Launched that night" fill="var(--drone)" fillOpacity={0.3} isAnimationActive={false} />}
      <Line dataKey="average" name={averageName} stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
    </ComposedChart>
  );
}
