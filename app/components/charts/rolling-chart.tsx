'use client';
// Launches per day smoothed: the 7-day rolling average (or, on long spans, the average per week or month),
// over each night's own launches as faint bars.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useFigureFormat } from '@/app/_i18n/use-figure-format';
import {
  axisLabel,
  CHART_MARGIN,
  chartStyle,
  countOf,
  gridStroke,
  legendStyle,
  periodNames,
  tick,
  tooltipStyle,
  type ChartWords,
  type PeriodPoint,
} from './chart-style';

export type RollingPoint = PeriodPoint & { launched: number | null; average: number | null };

export function RollingChart({
  points,
  daily,
  words,
  series,
}: {
  points: RollingPoint[];
  /** Day by day (with each night's launches as bars), or per week or month. */
  daily: boolean;
  words: ChartWords;
  series: { launched: string; average: string };
}) {
  const format = useFigureFormat();
  const count = countOf(format);
  const average = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
  const names = periodNames(points);
  return (
    <ComposedChart responsive style={chartStyle} data={points} margin={CHART_MARGIN} title={words.title} desc={words.description}>
      <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="bucket" tick={tick} tickFormatter={names.tick} minTickGap={12} label={axisLabel(words.xAxis, 'x')} />
      <YAxis tick={tick} tickFormatter={count} width={60} label={axisLabel(words.yAxis, 'y')} />
      <Tooltip
        formatter={(value, name) => {
          const n = typeof value === 'number' ? value : null;
          return name === series.average ? (n === null ? format.notAvailable : average.format(n)) : count(n);
        }}
        labelFormatter={names.label}
        contentStyle={tooltipStyle}
      />
      <Legend verticalAlign="top" wrapperStyle={legendStyle} />
      {daily && <Bar dataKey="launched" name={series.launched} fill="var(--drone)" fillOpacity={0.3} isAnimationActive={false} />}
      <Line dataKey="average" name={series.average} stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
    </ComposedChart>
  );
}
