'use client';
// Neutralisation and interception rates over time, with the Air Force's reporting change marked.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Granularity } from '@/lib/buckets';
import {
  axisLabel,
  bucketTicks,
  chartStyle,
  gridStroke,
  LARGE_SERIES,
  legendStyle,
  periodLabels,
  rateTick,
  rateTooltip,
  tick,
  tooltipStyle,
  X_AXIS_TITLES,
} from './chart-style';
import type { PeriodPoint } from './period-bar';

export type RatePoint = PeriodPoint & { neutralisationRate: number | null; interceptionRate: number | null };

export function RateChart({
  points,
  granularity,
  reportingChange,
}: {
  points: RatePoint[];
  granularity: Granularity;
  /** The bucket in which the combined "shot down or suppressed" reporting began, when it is on the chart. */
  reportingChange: string | null;
}) {
  const dots = points.length <= LARGE_SERIES;
  // Write the label on the side of the line with more room.
  const changeIndex = reportingChange ? points.findIndex((p) => p.bucket === reportingChange) : -1;
  const labelPosition = changeIndex < points.length / 2 ? 'insideTopLeft' : 'insideTopRight';
  return (
    <LineChart responsive style={chartStyle} data={points} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
      <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="bucket" tick={tick} tickFormatter={bucketTicks(granularity)} minTickGap={12} label={axisLabel(X_AXIS_TITLES[granularity], 'x')} />
      <YAxis domain={[0, 1]} tick={tick} tickFormatter={rateTick} width={64} label={axisLabel('Share of launched (%)', 'y')} />
      <Tooltip formatter={rateTooltip} labelFormatter={periodLabels(points)} contentStyle={tooltipStyle} />
      <Legend verticalAlign="top" wrapperStyle={legendStyle} />
      {reportingChange && (
        <ReferenceLine
          x={reportingChange}
          stroke="var(--muted)"
          strokeDasharray="4 4"
          label={{ value: 'Combined reporting from 24 Jul 2025', position: labelPosition, fill: 'var(--muted)', fontSize: 11 }}
        />
      )}
      <Line dataKey="neutralisationRate" name="Neutralisation rate" stroke="var(--shot-down)" strokeWidth={2} dot={dots} isAnimationActive={false} />
      <Line dataKey="interceptionRate" name="Interception rate" stroke="var(--accent)" strokeDasharray="5 3" dot={dots} isAnimationActive={false} />
    </LineChart>
  );
}
